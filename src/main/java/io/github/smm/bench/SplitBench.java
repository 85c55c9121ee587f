package io.github.smm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.tile.DistanceSplit;

/**
 * A focused benchmark of the 2D {@code split_depth} split alone: clumps of 2–4 touching discs
 * (radius 6–24 px, like touching nuclei), each split once per pass; prints the thread CPU and
 * wall milliseconds of every pass, their medians, the parts found (a checksum that must not change
 * between versions) and the load.
 *
 * <pre>
 * java -cp target/smm.jar io.github.smm.bench.SplitBench [clumps=400] [passes=15] [depth=2]
 * </pre>
 */
public final class SplitBench
{
	private SplitBench()
	{}

	public static void main(final String[] args)
	{
		final int clumps = args.length > 0 ? Integer.parseInt(args[0]) : 400;
		final int passes = args.length > 1 ? Integer.parseInt(args[1]) : 15;
		final double depth = args.length > 2 ? Double.parseDouble(args[2]) : 2;
		final List<Instance> objects = clumps(clumps, new Random(42));
		final DistanceSplit split = new DistanceSplit(depth);
		final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		final double[] cpu = new double[passes], wall = new double[passes];
		long parts = 0;
		for (int warm = 0; warm < 10; warm++)
			parts = pass(objects, split);
		for (int k = 0; k < passes; k++)
		{
			final long c0 = threads.getCurrentThreadCpuTime(), w0 = System.nanoTime();
			pass(objects, split);
			cpu[k] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
			wall[k] = (System.nanoTime() - w0) / 1e6;
		}
		System.out.printf("split-bench: %d clumps, %d pixels, depth %s -> %d parts%n", objects.size(), pixels(objects), depth, parts);
		System.out.println("cpu ms per pass:  " + Arrays.toString(round(cpu)) + "  median " + median(cpu));
		System.out.println("wall ms per pass: " + Arrays.toString(round(wall)) + "  median " + median(wall));
		System.out.printf("load %.2f%n", CpuClock.loadAverage());
	}

	private static long pass(final List<Instance> objects, final DistanceSplit split)
	{
		long parts = 0;
		for (final Instance o : objects)
			parts += split.split(o).size();
		return parts;
	}

	/** Clumps of 2–4 overlapping discs, each one object. */
	static List<Instance> clumps(final int n, final Random r)
	{
		final List<Instance> out = new ArrayList<>(n);
		for (int k = 0; k < n; k++)
		{
			final int discs = 2 + r.nextInt(3), size = 110;
			final boolean[] bits = new boolean[size * size];
			double cx = size / 2.0, cy = size / 2.0;
			for (int d = 0; d < discs; d++)
			{
				final double rad = 6 + r.nextDouble() * 18;
				for (int y = 0; y < size; y++)
					for (int x = 0; x < size; x++)
						bits[y * size + x] |= (x - cx) * (x - cx) + (y - cy) * (y - cy) <= rad * rad;
				final double a = r.nextDouble() * 2 * Math.PI;
				cx = Math.max(25, Math.min(size - 25, cx + Math.cos(a) * rad * 1.6));
				cy = Math.max(25, Math.min(size - 25, cy + Math.sin(a) * rad * 1.6));
			}
			out.add(new Instance(k + 1, RleMask.fromBitmap(bits, size, size, k * 200L, 0), 1, 0, new Box(0, 0, 200L * n, 200), 0));
		}
		return out;
	}

	private static long pixels(final List<Instance> objects)
	{
		long n = 0;
		for (final Instance o : objects)
			n += o.area();
		return n;
	}

	private static double median(final double[] v)
	{
		final double[] s = v.clone();
		Arrays.sort(s);
		return Math.round((s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) * 10) / 10.0;
	}

	private static double[] round(final double[] v)
	{
		final double[] out = new double[v.length];
		for (int i = 0; i < v.length; i++)
			out[i] = Math.round(v[i] * 10) / 10.0;
		return out;
	}
}
