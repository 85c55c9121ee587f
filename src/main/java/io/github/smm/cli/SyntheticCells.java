package io.github.smm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ij.ImagePlus;
import ij.process.FloatProcessor;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/**
 * A generated fluorescence-like nucleus image with its ground truth: elliptical nuclei of
 * varying size, brightness and orientation, often in touching clumps, blurred, on an uneven
 * background with noise. Nuclei never overlap; touching ones share a border.
 */
final class SyntheticCells
{
	final ImagePlus image;
	final List<Instance> truth;

	private SyntheticCells(final ImagePlus image, final List<Instance> truth)
	{
		this.image = image;
		this.truth = truth;
	}

	static SyntheticCells generate(final int width, final int height, final long seed)
	{
		final Random rnd = new Random(seed);
		final List<Instance> truth = new ArrayList<>();
		final float[] px = new float[width * height];
		final int target = width * height / 900;
		for (int attempt = 0; truth.size() < target && attempt < target * 30; attempt++)
		{
			final boolean clump = !truth.isEmpty() && rnd.nextDouble() < 0.5;
			final double a = 6 + rnd.nextDouble() * 7, b = a * (0.6 + 0.4 * rnd.nextDouble()), angle = rnd.nextDouble() * Math.PI;
			double cx = 15 + rnd.nextDouble() * (width - 30), cy = 15 + rnd.nextDouble() * (height - 30);
			if (clump)
			{
				// next to an existing nucleus, so that they touch
				final Box near = truth.get(rnd.nextInt(truth.size())).box();
				final double dir = rnd.nextDouble() * 2 * Math.PI;
				cx = (near.minX + near.maxX) / 2.0 + Math.cos(dir) * (near.width() / 2.0 + b);
				cy = (near.minY + near.maxY) / 2.0 + Math.sin(dir) * (near.height() / 2.0 + b);
			}
			RleMask m = ellipse(cx, cy, a, b, angle);
			m = Masks.clip(m, new Box(0, 0, width, height));
			for (final Instance t : truth)
				if (t.box().intersects(m.box()))
					m = Masks.subtract(m, t.mask());
			if (m.area() < 0.7 * Math.PI * a * b)
				continue;
			final double brightness = 120 + rnd.nextDouble() * 110;
			final RleMask cell = m;
			cell.forEachRun((y, x0, x1) -> {
				for (long x = x0; x < x1; x++)
					px[(int) (y * width + x)] = (float) brightness;
			});
			truth.add(new Instance(truth.size() + 1, cell, 1));
		}
		final FloatProcessor fp = new FloatProcessor(width, height, px);
		fp.blurGaussian(1.2);
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++)
			{
				final double background = 15 + 25.0 * x / width + 10.0 * y / height;
				fp.setf(x, y, (float) Math.max(0, Math.min(255, fp.getf(x, y) + background + rnd.nextGaussian() * 8)));
			}
		final ImagePlus imp = new ImagePlus("synthetic nuclei", fp.convertToByteProcessor(false));
		return new SyntheticCells(imp, truth);
	}

	private static RleMask ellipse(final double cx, final double cy, final double a, final double b, final double angle)
	{
		final double c = Math.cos(angle), s = Math.sin(angle);
		final RleMaskBuilder builder = RleMask.builder();
		final int r = (int) Math.ceil(a);
		for (long y = (long) Math.floor(cy - r); y <= cy + r; y++)
			for (long x = (long) Math.floor(cx - r); x <= cx + r; x++)
			{
				final double dx = x + 0.5 - cx, dy = y + 0.5 - cy;
				final double u = (dx * c + dy * s) / a, v = (-dx * s + dy * c) / b;
				if (u * u + v * v <= 1)
					builder.addRun(y, x, x + 1);
			}
		return builder.build();
	}
}
