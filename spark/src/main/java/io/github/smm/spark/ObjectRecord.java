package io.github.smm.spark;

import java.io.Serializable;
import java.util.Arrays;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/**
 * One object as plain values, for Spark to move between executors and the driver: id, score,
 * class, the tile it came from, its source window and its mask as row runs {@code (y, xStart,
 * xEnd)}. The core's {@link Instance} is immutable but not serializable, on purpose (the core
 * knows nothing of Spark).
 */
public final class ObjectRecord implements Serializable
{
	private static final long serialVersionUID = 1L;

	private final long id;
	private final double score;
	private final int classId, tile;
	private final long[] window;
	private final long[] runs;
	/** The ids of the tile predictions merged into this object, ascending; {@code null} for a tile prediction or an object of a whole-image run. */
	private final long[] members;

	private ObjectRecord(final long id, final double score, final int classId, final int tile, final long[] window, final long[] runs, final long[] members)
	{
		this.members = members;
		this.id = id;
		this.score = score;
		this.classId = classId;
		this.tile = tile;
		this.window = window;
		this.runs = runs;
	}

	/** The record of an instance (all its fields). */
	public static ObjectRecord of(final Instance i)
	{
		return of(i, null);
	}

	/** The record of a merged object and the ids of the tile predictions merged into it ({@code null}: not known). */
	static ObjectRecord of(final Instance i, final long[] members)
	{
		final long[] runs = new long[3 * i.mask().runCount()];
		final int[] k = { 0 };
		i.mask().forEachRun((y, x0, x1) -> {
			runs[k[0]++] = y;
			runs[k[0]++] = x0;
			runs[k[0]++] = x1;
		});
		final Box w = i.window();
		return new ObjectRecord(i.id(), i.score(), i.classId(), i.tile(), w == null ? null : new long[] { w.minX, w.minY, w.maxX, w.maxY }, runs,
				members == null ? null : members.clone());
	}

	/** The instance again, equal field by field to the one recorded. */
	public Instance toInstance()
	{
		final RleMaskBuilder b = RleMask.builder();
		for (int k = 0; k < runs.length; k += 3)
			b.addRun(runs[k], runs[k + 1], runs[k + 2]);
		final Box w = window == null ? null : new Box(window[0], window[1], window[2], window[3]);
		return new Instance(id, b.build(), score, classId, w, tile);
	}

	public long id()
	{
		return id;
	}

	public double score()
	{
		return score;
	}

	public int classId()
	{
		return classId;
	}

	/** The ids of the tile predictions merged into the object (tile index · 2³² + index in the tile + 1), ascending; empty when not known (a whole-image run). */
	public long[] members()
	{
		return members == null ? new long[0] : members.clone();
	}

	/** Number of mask pixels. */
	public long area()
	{
		long a = 0;
		for (int k = 0; k < runs.length; k += 3)
			a += runs[k + 2] - runs[k + 1];
		return a;
	}

	/** The mean {@code {x, y}} of the mask's pixel centres (pixel (x, y) has its centre at (x, y)). */
	public double[] centroid()
	{
		double sx = 0, sy = 0;
		long n = 0;
		for (int k = 0; k < runs.length; k += 3)
		{
			final long len = runs[k + 2] - runs[k + 1];
			sx += (runs[k + 1] + runs[k + 2] - 1) * (double) len / 2;
			sy += runs[k] * (double) len;
			n += len;
		}
		return new double[] { sx / n, sy / n };
	}

	/** The box of the mask (as {@link Instance#box()}), from its runs. */
	public Box box()
	{
		long minX = Long.MAX_VALUE, minY = Long.MAX_VALUE, maxX = Long.MIN_VALUE, maxY = Long.MIN_VALUE;
		for (int k = 0; k < runs.length; k += 3)
		{
			minY = Math.min(minY, runs[k]);
			maxY = Math.max(maxY, runs[k] + 1);
			minX = Math.min(minX, runs[k + 1]);
			maxX = Math.max(maxX, runs[k + 2]);
		}
		return new Box(minX, minY, maxX, maxY);
	}

	/** Bytes of the record's payload (what a shuffle moves, roughly). */
	public long payloadBytes()
	{
		return 8L * runs.length + (window == null ? 0 : 32) + (members == null ? 0 : 8L * members.length) + 24;
	}

	@Override
	public String toString()
	{
		return "object " + id + " (score " + score + ", class " + classId + ", " + runs.length / 3 + " runs, window " + Arrays.toString(window) + ")";
	}
}
