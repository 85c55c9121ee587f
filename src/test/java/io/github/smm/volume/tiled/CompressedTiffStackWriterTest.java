package io.github.smm.volume.tiled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VoxelSize;
import io.github.smm.volume.tiled.CompressedTiffStackWriter.Compression;

/** The compressed stack writer: read back by {@link TiffStack} and, for strips, by ImageJ's own TIFF decoder. */
class CompressedTiffStackWriterTest
{
	@TempDir
	Path dir;

	@Test
	void everyCompressionAndLayoutReadsBackAndStripsOpenInImageJ() throws IOException
	{
		final int w = 45, h = 19, d = 4;
		final Random random = new Random(8);
		int n = 0;
		for (final int bits : new int[] { 8, 32 })
		{
			final float[] all = new float[w * h * d];
			for (int i = 0; i < all.length; i++)
				all[i] = random.nextInt(4) == 0 && i > 0 ? all[i - 1] : bits == 8 ? random.nextInt(256) : (float) (random.nextGaussian() * 1000);
			for (final Compression c : Compression.values())
				for (final boolean predictor : new boolean[] { false, true })
					for (final int[] layout : new int[][] { { 1, 0 }, { 5, 0 }, { h, 0 }, { 0, 16 }, { 0, 32 } })
					{
						if (predictor && (c == Compression.NONE || c == Compression.PACKBITS))
							continue;
						final String what = bits + "-bit " + c + (predictor ? " predictor 2" : "") + (layout[1] > 0 ? " tiles " + layout[1] : " strips of " + layout[0]);
						final Path file = dir.resolve("w" + n++ + ".tif");
						try (CompressedTiffStackWriter out = new CompressedTiffStackWriter(file, w, h, d, bits, new VoxelSize(3, 0.5, 0.5), "micron", c, predictor, layout[0], layout[1]))
						{
							for (int z = 0; z < d; z++)
								out.writeSlice(java.util.Arrays.copyOfRange(all, z * w * h, (z + 1) * w * h));
						}
						try (TiffStack in = new TiffStack(file))
						{
							assertEquals(new VoxelSize(3, 0.5, 0.5).toString(), in.voxelSize().toString(), what);
							assertArrayEquals(all, in.read(new Box3(0, 0, 0, w, h, d)), 0f, what);
						}
						if (layout[1] > 0 || predictor && bits == 32)
							continue; // ImageJ 1 reads no tiled TIFF, and undoes predictor 2 on float samples otherwise than libtiff (which differences 32-bit words; the golden tiffcp files check that)
						final ImagePlus imp = IJ.openImage(file.toString());
						assertEquals(d, imp.getStackSize(), what);
						assertEquals(3, imp.getCalibration().pixelDepth, 1e-9, what);
						for (int z = 0; z < d; z++)
							for (int i = 0; i < w * h; i += 7)
								assertEquals(all[z * w * h + i], imp.getStack().getProcessor(z + 1).getf(i), 0f, what + ", ImageJ, slice " + (z + 1) + ", pixel " + i);
					}
		}
	}

	@Test
	void badLayoutsAreRefused()
	{
		assertThrows(IllegalArgumentException.class, () -> new CompressedTiffStackWriter(dir.resolve("a.tif"), 4, 4, 1, 8, VoxelSize.ISOTROPIC, "", Compression.LZW, false, 1, 24));
		assertThrows(IllegalArgumentException.class, () -> new CompressedTiffStackWriter(dir.resolve("b.tif"), 4, 4, 1, 16, VoxelSize.ISOTROPIC, "", Compression.LZW, false, 1, 0));
		assertThrows(IllegalArgumentException.class, () -> Compression.parse("jpeg"));
		assertThrows(IllegalArgumentException.class, () -> new CompressedTiffStackWriter(dir.resolve("c.tif"), 4, 4, 1, 8, VoxelSize.ISOTROPIC, "", Compression.PACKBITS, true, 1, 0));
		assertEquals(Compression.DEFLATE, Compression.parse(" Deflate"));
	}
}
