package io.github.smm.bioimageio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.InvalidOptionException;
import io.github.smm.MergeOptions;
import io.github.smm.model.Box;
import io.github.smm.testutil.TestPackages;
import io.github.smm.tile.BlendSinks;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.TileSource;
import io.github.smm.tile.TileSources;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;

/**
 * {@code normalization_window}: per-tile statistics taken from a window larger than the tile,
 * on the blur model normalised by {@code zero_mean_unit_variance} over x and y.
 */
class NormalizationWindowTest
{
	static final int W = 230, H = 170;

	@TempDir
	static Path dir;

	static ModelPackage model;

	@BeforeAll
	static void write() throws Exception
	{
		final Path p = TestPackages.format05(dir.resolve("zmuv"), 2);
		TestPackages.edit(p, "      - id: scale_linear\n        kwargs: {gain: 2.0, offset: 0.0}", "      - id: zero_mean_unit_variance\n        kwargs: {axes: [x, y]}");
		model = ModelPackage.open(p);
		assertEquals("zero_mean_unit_variance", model.description().inputs().get(0).preprocessing().get(0).id());
	}

	@Test
	void theWindowIsCentredOnTheTileAndMovedInsideTheImage()
	{
		assertEquals(new Box(68, 68, 196, 196), ImageSample.around(new Box(100, 100, 164, 164), 128, 300, 220));
		assertEquals(new Box(0, 0, 128, 128), ImageSample.around(new Box(0, 0, 64, 64), 128, 300, 220));
		assertEquals(new Box(172, 92, 300, 220), ImageSample.around(new Box(236, 156, 300, 220), 128, 300, 220));
		assertEquals(new Box(0, 0, 300, 220), ImageSample.around(new Box(100, 100, 164, 164), 512, 300, 220), "cut to a smaller image");
	}

	/** A window covering the whole image is whole-image normalisation; the tile's own statistics differ. */
	@Test
	void aWindowOverTheWholeImageNormalisesLikeTheWholeImage()
	{
		try (ModelRunner runner = new ModelRunner(model, 1))
		{
			final float[] whole = blend(runner, ModelSegmentationOptions.Normalization.WHOLE_IMAGE, 0);
			final float[] window = blend(runner, ModelSegmentationOptions.Normalization.PER_TILE, 256);
			final float[] own = blend(runner, ModelSegmentationOptions.Normalization.PER_TILE, 0);
			final float[] small = blend(runner, ModelSegmentationOptions.Normalization.PER_TILE, 64);
			assertArrayEquals(whole, window);
			assertArrayEquals(own, small, "a window no larger than the tile is the tile itself");
			double max = 0;
			for (int i = 0; i < whole.length; i++)
				max = Math.max(max, Math.abs(whole[i] - own[i]));
			assertTrue(max > 0.01, "per-tile statistics of 64 px tiles change the output, by " + max);
		}
	}

	@Test
	void aNegativeWindowIsAnErrorNamingTheKey()
	{
		final InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> ModelSegmentationOptions.defaults().withNormalizationWindow(-1));
		assertTrue(e.getMessage().contains("normalization_window"), e.getMessage());
	}

	private static float[] blend(final ModelRunner runner, final ModelSegmentationOptions.Normalization n, final int window)
	{
		final TileSource<FloatType> source = TileSources.generated(W, H, TiledModelRoutesTest::spots);
		final ModelSegmentationOptions o = ModelSegmentationOptions.defaults().withTileSize(64).withOverlap(Overlap.pixels(8)).withNormalization(n).withNormalizationWindow(window)
				.withStatisticsPixels((long) W * H);
		final ArrayImg<FloatType, FloatArray> out = ArrayImgs.floats(W, H);
		new ModelSegmentation(runner, o, MergeOptions.defaults()).blend(source, BlendSinks.into(out));
		return out.update(null).getCurrentStorageArray();
	}

	/** The window is read through the source and released again. */
	@Test
	void theWindowIsReadThroughTheSource()
	{
		final TileSource<FloatType> source = TileSources.generated(W, H, TiledModelRoutesTest::spots);
		final Tensor t = ImageSample.window(source, model.description().inputs().get(0), null, new Box(10, 20, 40, 30));
		assertEquals(List.of(1, 1, 10, 30), java.util.Arrays.stream(t.shape()).boxed().collect(java.util.stream.Collectors.toList()));
		assertEquals((float) TiledModelRoutesTest.spots(10, 20), t.data()[0]);
		assertEquals((float) TiledModelRoutesTest.spots(39, 29), t.data()[t.data().length - 1]);
	}
}
