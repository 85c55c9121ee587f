package io.github.smm.volume.tiled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ShortProcessor;
import io.github.smm.MergeOptions;
import io.github.smm.Preset;
import io.github.smm.io.FormatException;
import io.github.smm.volume.BlockPlan;
import io.github.smm.volume.Box3;
import io.github.smm.volume.LabelBlocks;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VoxelSize;

/** TIFF stacks: written slice by slice, read region by region, opened by ImageJ alike. */
class TiffStackTest
{
	@TempDir
	Path dir;

	private static float[] ramp(final int n, final int mod)
	{
		final float[] v = new float[n];
		for (int i = 0; i < n; i++)
			v[i] = (i * 7) % mod;
		return v;
	}

	private static float[] region(final float[] all, final int w, final int h, final Box3 r)
	{
		return new ArrayVolume(all, w, h, all.length / (w * h)).read(r);
	}

	@Test
	void writtenStacksReadBackRegionByRegionAndOpenInImageJ() throws IOException
	{
		final int w = 13, h = 7, d = 5;
		for (final int bits : new int[] { 8, 32 })
		{
			final float[] all = ramp(w * h * d, bits == 8 ? 256 : 100_003);
			final Path file = dir.resolve("stack" + bits + ".tif");
			try (TiffStackWriter out = new TiffStackWriter(file, w, h, d, bits, new VoxelSize(2, 0.5, 0.25), "micron"))
			{
				for (int z = 0; z < d; z++)
					out.writeSlice(java.util.Arrays.copyOfRange(all, z * w * h, (z + 1) * w * h));
			}
			try (TiffStack in = new TiffStack(file))
			{
				assertEquals(w, in.width());
				assertEquals(d, in.depth());
				assertTrue(in.isZStack());
				assertEquals(new VoxelSize(2, 0.5, 0.25).toString(), in.voxelSize().toString());
				final Box3 r = new Box3(3, 2, 1, 11, 6, 4);
				assertArrayEquals(region(all, w, h, r), in.read(r), 0f);
			}
			final ImagePlus imp = IJ.openImage(file.toString());
			assertEquals(d, imp.getNSlices());
			assertEquals(bits, imp.getBitDepth());
			assertEquals(2, imp.getCalibration().pixelDepth, 1e-9);
			assertEquals(0.25, imp.getCalibration().pixelWidth, 1e-6);
			assertEquals("micron", imp.getCalibration().getUnit());
			imp.setSlice(3);
			assertEquals(all[2 * w * h + 4 * w + 5], imp.getProcessor().getf(5, 4), 0f);
		}
	}

	@Test
	void imageJStacksAreRead() throws IOException
	{
		final int w = 9, h = 4, d = 3;
		final ImageStack stack = new ImageStack(w, h);
		for (int z = 0; z < d; z++)
		{
			final short[] px = new short[w * h];
			for (int i = 0; i < px.length; i++)
				px[i] = (short) (1000 * z + i * 31);
			stack.addSlice(new ShortProcessor(w, h, px, null));
		}
		final Path file = dir.resolve("ij16.tif");
		assertTrue(new FileSaver(new ImagePlus("s", stack)).saveAsTiffStack(file.toString()));
		try (TiffStack in = new TiffStack(file))
		{
			assertEquals(d, in.depth());
			final float[] v = in.read(new Box3(1, 2, 2, 3, 3, 3));
			assertArrayEquals(new float[] { 2000 + (2 * w + 1) * 31, 2000 + (2 * w + 2) * 31 }, v, 0f);
		}
	}

	@Test
	void unreadableFilesAreNamed() throws IOException
	{
		final Path text = Files.writeString(dir.resolve("not.tif"), "hello");
		final FormatException e = assertThrows(FormatException.class, () -> new TiffStack(text));
		assertTrue(e.getMessage().contains("not.tif"), e.getMessage());
		final ImagePlus rgb = IJ.createImage("rgb", "RGB black", 4, 4, 2);
		final Path file = dir.resolve("rgb.tif");
		new FileSaver(rgb).saveAsTiffStack(file.toString());
		final FormatException f = assertThrows(FormatException.class, () -> new TiffStack(file));
		assertTrue(f.getMessage().contains("samples per pixel"), f.getMessage());
	}

	@Test
	void theLabelSinkWritesEveryObjectAtItsVoxels() throws IOException
	{
		final int w = 20, h = 12, d = 30;
		final float[] image = new float[w * h * d];
		for (int z = 0; z < d; z++)
			for (int y = 2; y < 9; y++)
				for (int x = 0; x < w; x++)
					if ((z / 5) % 2 == 0 && (x / 4) % 2 == 0)
						image[(z * h + y) * w + x] = 10;
		final ArrayVolume source = new ArrayVolume(image, w, h, d);
		final BlockPlan plan = BlockPlan.of(w, h, d, new int[] { 12, 12, 12 }, new int[] { 3, 3, 3 });
		final Path file = dir.resolve("labels.tif");
		final VolumeList list = new VolumeList();
		final LabelStackTiffSink sink = new LabelStackTiffSink(file, plan.extent(), VoxelSize.ISOTROPIC, "");
		new TiledVolumeMerge(plan, MergeOptions.preset(Preset.MICROSCOPY), VoxelSize.ISOTROPIC).run(source, new ThresholdBlockSegmenter(5, false, 0), list, sink);
		assertEquals(9, list.objects().size(), "3 x 3 bars");
		final List<VolumeMask> masks = new java.util.ArrayList<>();
		for (final VolumeInstance o : list.objects())
			masks.add(o.mask());
		final int[] expected = LabelBlocks.paint(masks, plan.extent());
		try (TiffStack in = new TiffStack(file))
		{
			final float[] got = in.read(plan.extent());
			for (int i = 0; i < got.length; i++)
				assertEquals(expected[i], got[i], 0f, "voxel " + i);
		}
		assertFalse(Files.size(file) < 4L * w * h * d);
	}
}
