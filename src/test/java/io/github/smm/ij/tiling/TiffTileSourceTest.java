package io.github.smm.ij.tiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import io.github.smm.model.Box;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/** Regions of a TIFF on disk equal the same pixels read by ImageJ, for 8-bit, 16-bit and RGB. */
class TiffTileSourceTest
{
	@Test
	void regionsEqualImageJsPixels(@TempDir final Path dir) throws IOException
	{
		final Random rnd = new Random(5);
		final ImageProcessor[] planes = { new ByteProcessor(97, 61), new ShortProcessor(97, 61), new ColorProcessor(97, 61) };
		for (final ImageProcessor ip : planes)
		{
			for (int i = 0; i < 97 * 61; i++)
				ip.set(i, ip instanceof ColorProcessor ? rnd.nextInt(1 << 24) : rnd.nextInt(ip instanceof ByteProcessor ? 256 : 4000));
			final Path file = dir.resolve("img" + ip.getBitDepth() + ".tif");
			IJ.saveAsTiff(new ImagePlus("t", ip), file.toString());
			final ImagePlusTileSource inMemory = new ImagePlusTileSource(new ImagePlus("t", ip));
			try (TiffTileSource disk = new TiffTileSource(file))
			{
				assertEquals(97, disk.width());
				assertEquals(61, disk.height());
				for (final Box w : new Box[] { Box.ofSize(0, 0, 97, 61), Box.ofSize(13, 7, 40, 30), Box.ofSize(90, 55, 7, 6) })
					assertSame(inMemory.read(w), disk.read(w), w, ip.getBitDepth());
				assertEquals(inMemory.otsuLevel(), disk.otsuLevel(), ip instanceof ShortProcessor ? 20 : 1.0, "bit depth " + ip.getBitDepth());
			}
		}
	}

	private static void assertSame(final RandomAccessibleInterval<FloatType> expected, final RandomAccessibleInterval<FloatType> actual, final Box w, final int depth)
	{
		assertEquals(w.minX, actual.min(0));
		assertEquals(w.minY, actual.min(1));
		final RandomAccess<FloatType> e = expected.randomAccess(), a = actual.randomAccess();
		for (long y = w.minY; y < w.maxY; y++)
			for (long x = w.minX; x < w.maxX; x++)
			{
				e.setPosition(new long[] { x, y });
				a.setPosition(new long[] { x, y });
				assertEquals(e.get().get(), a.get().get(), depth == 24 ? 0.67 : 0, "pixel " + x + "," + y + " of " + depth + "-bit");
			}
	}

	@Test
	void notAnImageIsNamed(@TempDir final Path dir) throws IOException
	{
		final Path bad = Files.writeString(dir.resolve("bad.tif"), "not a tiff");
		assertTrue(assertThrows(IOException.class, () -> new TiffTileSource(bad)).getMessage().contains("bad.tif"));
	}
}
