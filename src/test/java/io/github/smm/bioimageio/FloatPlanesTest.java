package io.github.smm.bioimageio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.model.Box;
import io.github.smm.testutil.TestPackages;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TileSource;
import io.github.smm.tile.TileSources;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * The row copies that replace per-pixel cursors on the model's hot path give exactly what a
 * flat-iteration cursor gives, from a float array image, a view of one, a generated image and
 * an image of another type.
 */
class FloatPlanesTest
{
	@TempDir
	Path dir;

	/** What the copies replace: a flat-iteration cursor over the plane. */
	private static <T extends RealType<T>> float[] byCursor(final RandomAccessibleInterval<T> plane)
	{
		final float[] out = new float[(int) (plane.dimension(0) * plane.dimension(1))];
		final Cursor<T> c = Views.flatIterable(plane).cursor();
		for (int i = 0; i < out.length; i++)
			out[i] = c.next().getRealFloat();
		return out;
	}

	private static float[] copy(final RandomAccessibleInterval<? extends RealType<?>> plane, final int offset)
	{
		final float[] out = new float[offset + (int) (plane.dimension(0) * plane.dimension(1))];
		copyInto(plane, out, offset);
		final float[] tail = new float[out.length - offset];
		System.arraycopy(out, offset, tail, 0, tail.length);
		return tail;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void copyInto(final RandomAccessibleInterval plane, final float[] out, final int offset)
	{
		FloatPlanes.copy(plane, out, offset);
	}

	@Test
	void windowsOfEveryKindOfPlaneAreCopiedAsACursorReadsThem()
	{
		final Random rnd = new Random(11);
		final int w = 37, h = 23;
		final float[] px = new float[w * h];
		final byte[] bytes = new byte[w * h];
		for (int i = 0; i < px.length; i++)
		{
			px[i] = (float) rnd.nextGaussian();
			bytes[i] = (byte) rnd.nextInt(256);
		}
		final ArrayImg<FloatType, FloatArray> floats = ArrayImgs.floats(px, w, h);
		final ArrayImg<UnsignedByteType, ?> ubytes = ArrayImgs.unsignedBytes(bytes, w, h);
		final TileSource<FloatType> generated = TileSources.generated(w, h, (x, y) -> px[(int) (y * w + x)]);
		for (int k = 0; k < 200; k++)
		{
			final int x0 = rnd.nextInt(w), y0 = rnd.nextInt(h), x1 = x0 + 1 + rnd.nextInt(w - x0), y1 = y0 + 1 + rnd.nextInt(h - y0);
			final Box b = new Box(x0, y0, x1, y1);
			final RandomAccessibleInterval<FloatType> view = Views.interval(floats, new long[] { x0, y0 }, new long[] { x1 - 1, y1 - 1 });
			final float[] expected = byCursor(view);
			final int offset = rnd.nextInt(5);
			assertArrayEquals(expected, copy(view, offset), "view of the float array image, " + b);
			assertArrayEquals(expected, copy(generated.read(b), offset), "generated, " + b);
			assertArrayEquals(expected, copy(Views.zeroMin(view), offset), "zero-min view (no storage array reached), " + b);
			final RandomAccessibleInterval<UnsignedByteType> bv = Views.interval(ubytes, new long[] { x0, y0 }, new long[] { x1 - 1, y1 - 1 });
			assertArrayEquals(byCursor(bv), copy(bv, offset), "unsigned bytes, " + b);
		}
		assertArrayEquals(px, copy(floats, 0), "the whole array image");
	}

	@Test
	void valuesAreTheStorageOfAZeroBasedFloatArrayImageElseACopy()
	{
		final float[] px = { 1, 2, 3, 4, 5, 6 };
		assertSame(px, FloatPlanes.values(ArrayImgs.floats(px, 3, 2)));
		final RandomAccessibleInterval<FloatType> shifted = Views.translate(ArrayImgs.floats(px, 3, 2), 5, 7);
		final float[] v = FloatPlanes.values(shifted);
		assertNotSame(px, v);
		assertArrayEquals(px, v);
		assertArrayEquals(new float[] { 5, 6 }, FloatPlanes.values(Views.interval(ArrayImgs.floats(px, 3, 2), new long[] { 1, 1 }, new long[] { 2, 1 })));
	}

	/** The model's input tensors are the same whether the tiles come from an array image (rows copied) or a generated one (read pixel by pixel), padded or not. */
	@Test
	void inputTensorsDoNotDependOnHowThePixelsAreStored() throws Exception
	{
		try (ModelRunner runner = new ModelRunner(ModelPackage.open(TestPackages.format05(dir.resolve("blur"), 2)), 1))
		{
			final ModelTilePredictor<FloatType> p = new ModelTilePredictor<>(runner, null, 0);
			int padded = 0, straight = 0;
			// 90 rows: tiles of 64, taken as they are; 10 rows: below the model's minimum of 16, reflected up to it
			for (final int h : new int[] { 90, 10 })
			{
				final int w = 150;
				final float[] px = new float[w * h];
				for (int i = 0; i < px.length; i++)
					px[i] = (float) Math.sin(i * 0.37) * 100;
				final TileSource<FloatType> array = TileSources.of(ArrayImgs.floats(px, w, h));
				final TileSource<FloatType> generated = TileSources.generated(w, h, (x, y) -> px[(int) (y * w + x)]);
				final TilePlan plan = TilePlan.of(w, h, 64, Overlap.pixels(16));
				for (int k = 0; k < plan.tileCount(); k++)
				{
					final Tile t = plan.tile(k);
					final int tw = (int) t.region().width(), th = (int) t.region().height();
					final Tensor a = p.inputTensor(t, array.read(t.region()), tw, th), g = p.inputTensor(t, generated.read(t.region()), tw, th);
					assertArrayEquals(g.shape(), a.shape());
					assertArrayEquals(g.data(), a.data(), h + " rows, tile " + t.index());
					if (a.data().length > tw * th)
						padded++;
					else
						straight++;
				}
			}
			assertTrue(padded > 0 && straight > 0, "tiles copied straight and padded tiles both seen: " + straight + ", " + padded);
		}
	}
}
