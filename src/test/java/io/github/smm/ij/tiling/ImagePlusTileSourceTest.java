package io.github.smm.ij.tiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import io.github.smm.model.Box;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/** The ImagePlus tile source, the tile-to-processor copy and the label file names. */
class ImagePlusTileSourceTest
{
	@Test
	void readsWindowsInGlobalCoordinates()
	{
		final ByteProcessor bp = new ByteProcessor(7, 5);
		for (int k = 0; k < 35; k++)
			bp.set(k, k);
		final ImagePlusTileSource s = new ImagePlusTileSource(new ImagePlus("b", bp));
		assertEquals(7, s.width());
		assertEquals(5, s.height());
		final RandomAccessibleInterval<FloatType> w = s.read(new Box(2, 1, 5, 4));
		assertEquals(2, w.min(0));
		assertEquals(1, w.min(1));
		assertEquals(3, w.dimension(0));
		final RandomAccess<FloatType> ra = w.randomAccess();
		ra.setPosition(new long[] { 4, 3 });
		assertEquals(3 * 7 + 4, ra.get().get());
		final ij.process.FloatProcessor fp = TileImages.toProcessor(w);
		assertEquals(3, fp.getWidth());
		assertEquals(1 * 7 + 2, fp.getf(0, 0));
		assertEquals(3 * 7 + 4, fp.getf(2, 2));
	}

	@Test
	void rgbBecomesGray()
	{
		final ColorProcessor cp = new ColorProcessor(2, 1);
		cp.set(0, 0, 0x909090);
		final ImagePlusTileSource s = new ImagePlusTileSource(new ImagePlus("c", cp));
		final RandomAccess<FloatType> ra = s.read(new Box(0, 0, 2, 1)).randomAccess();
		ra.setPosition(new long[] { 0, 0 });
		assertEquals(0x90, ra.get().get());
	}

	@Test
	void otsuLevelSeparatesTwoPopulations()
	{
		final ByteProcessor bp = new ByteProcessor(10, 10);
		for (int k = 0; k < 100; k++)
			bp.set(k, k < 50 ? 20 : 200);
		final double level = new ImagePlusTileSource(new ImagePlus("b", bp)).otsuLevel();
		assertTrue(level > 20 && level < 200, "level " + level);
	}

	@Test
	void labelFileNamesMatchTheTileOffset()
	{
		assertTrue(LabelFolderSegmenter.matches("tile_x512_y0.tif", 512, 0));
		assertTrue(LabelFolderSegmenter.matches("img-x0-y1024_labels.png", 0, 1024));
		assertFalse(LabelFolderSegmenter.matches("tile_x512_y0.tif", 0, 512));
		assertFalse(LabelFolderSegmenter.matches("tile_x5120_y0.tif", 512, 0));
	}
}
