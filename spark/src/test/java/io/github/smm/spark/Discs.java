package io.github.smm.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;

/** Generated test images: bright separated discs on a dark, slightly noisy background. */
final class Discs
{
	private Discs()
	{}

	/** Discs of radius 9..14 placed at random (seeded), at least 4 px apart. */
	static ByteProcessor random(final int width, final int height, final long seed)
	{
		final Random rnd = new Random(seed);
		final ByteProcessor bp = new ByteProcessor(width, height);
		final List<int[]> placed = new ArrayList<>();
		for (int attempt = 0; attempt < 4000 && placed.size() < width * height / 1400; attempt++)
		{
			final int r = 9 + rnd.nextInt(6), cx = r + 1 + rnd.nextInt(width - 2 * r - 2), cy = r + 1 + rnd.nextInt(height - 2 * r - 2);
			boolean free = true;
			for (final int[] p : placed)
				free &= Math.hypot(p[0] - cx, p[1] - cy) > p[2] + r + 4;
			if (free)
			{
				placed.add(new int[] { cx, cy, r });
				disc(bp, cx, cy, r);
			}
		}
		noise(bp, rnd);
		return bp;
	}

	static void disc(final ByteProcessor bp, final int cx, final int cy, final int r)
	{
		for (int y = Math.max(0, cy - r); y <= Math.min(bp.getHeight() - 1, cy + r); y++)
			for (int x = Math.max(0, cx - r); x <= Math.min(bp.getWidth() - 1, cx + r); x++)
				if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r)
					bp.set(x, y, 200);
	}

	static void noise(final ByteProcessor bp, final Random rnd)
	{
		for (int k = 0; k < bp.getPixelCount(); k++)
			bp.set(k, bp.get(k) + rnd.nextInt(20));
	}

	static Path save(final ByteProcessor bp, final Path file)
	{
		if (!IJ.saveAsTiff(new ImagePlus(file.getFileName().toString(), bp), file.toString()))
			throw new IllegalStateException("could not write " + file);
		return file;
	}
}
