package io.github.smm.tile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * A {@link BlendSink} that thresholds the blended map and finds its 4-connected components as
 * the parts arrive, line by line along the sweep (rows, or columns for a column sweep). A
 * component is emitted as soon as a line no longer touches it: an instance with a fresh id
 * (1, 2, … in emission order), score = its mean value clamped to [0, 1], class 0. Memory
 * follows the components open on the current line.
 */
public final class ThresholdComponents implements BlendSink
{
	private final TilePlan plan;
	private final double threshold;
	private final Consumer<Instance> out;
	private final List<Instance> collected = new ArrayList<>();
	private final boolean rows;
	private List<LineRun> previous = new ArrayList<>();
	private long nextLine, nextId = 1;

	/** Collects the components; see {@link #instances()}. */
	public ThresholdComponents(final TilePlan plan, final double threshold)
	{
		this(plan, threshold, null);
	}

	/** Hands each component to {@code out} as soon as it is complete (nothing is kept). */
	public ThresholdComponents(final TilePlan plan, final double threshold, final Consumer<Instance> out)
	{
		if (!Double.isFinite(threshold))
			throw new IllegalArgumentException("threshold must be a finite number, got " + threshold);
		this.plan = plan;
		this.threshold = threshold;
		this.out = out != null ? out : collected::add;
		this.rows = plan.sweepOrder() == SweepOrder.ROWS;
	}

	/**
	 * The components of one zero-based map (its pixel (0, 0) at the origin), the same as a
	 * blended map of that size would give: for the instances inside one tile.
	 */
	public static List<Instance> of(final RandomAccessibleInterval<FloatType> map, final double threshold)
	{
		final long w = map.dimension(0), h = map.dimension(1);
		final ThresholdComponents c = new ThresholdComponents(TilePlan.of(w, h, (int) Math.max(w, h), Overlap.pixels(0)).withSweepOrder(SweepOrder.ROWS), threshold);
		c.accept(new Box(0, 0, w, h), map);
		c.finish(true);
		return c.instances();
	}

	/** The components found so far, when no consumer was given. */
	public List<Instance> instances()
	{
		return Collections.unmodifiableList(collected);
	}

	@Override
	public void accept(final Box region, final RandomAccessibleInterval<FloatType> values)
	{
		final long from = rows ? region.minY : region.minX, to = rows ? region.maxY : region.maxX;
		if (from != nextLine)
			throw new IllegalStateException("parts must arrive in sweep order: expected line " + nextLine + ", got " + from);
		final long cross = rows ? plan.imageWidth() : plan.imageHeight();
		final RandomAccess<FloatType> a = values.randomAccess();
		for (long line = from; line < to; line++)
		{
			a.setPosition(line, rows ? 1 : 0);
			previous = connect(line, runsOf(a, cross), previous);
		}
		nextLine = to;
	}

	@Override
	public void finish(final boolean complete)
	{
		for (final LineRun r : previous)
			emit(r.blob.root());
		previous = new ArrayList<>();
	}

	/** The runs above the threshold along one line. */
	private List<LineRun> runsOf(final RandomAccess<FloatType> a, final long cross)
	{
		final List<LineRun> runs = new ArrayList<>();
		LineRun open = null;
		final int along = rows ? 0 : 1;
		a.setPosition(0, along);
		for (long c = 0; c < cross; c++, a.fwd(along))
		{
			final double v = a.get().get();
			if (v > threshold)
			{
				if (open == null)
					runs.add(open = new LineRun(c));
				open.end = c + 1;
				open.sum += v;
			}
			else
				open = null;
		}
		return runs;
	}

	/** Joins the line's runs to the components of the previous line; emits those left behind. */
	private List<LineRun> connect(final long line, final List<LineRun> current, final List<LineRun> prev)
	{
		int p = 0;
		for (final LineRun r : current)
		{
			while (p < prev.size() && prev.get(p).end <= r.start)
				p++;
			Blob b = null;
			for (int j = p; j < prev.size() && prev.get(j).start < r.end; j++)
				b = b == null ? prev.get(j).blob.root() : b.union(prev.get(j).blob.root());
			r.blob = b == null ? new Blob() : b;
			r.blob.add(line, r);
		}
		for (final LineRun r : prev)
			if (r.blob.root().lastLine < line)
				emit(r.blob.root());
		return current;
	}

	private void emit(final Blob b)
	{
		if (b.emitted)
			return;
		b.emitted = true;
		out.accept(new Instance(nextId++, b.mask(rows), Math.max(0, Math.min(1, b.sum / b.area)), 0, null, Instance.NO_TILE));
	}

	/** A run of one line: cross coordinates {@code [start, end)}. */
	private static final class LineRun
	{
		final long start;
		long end;
		double sum;
		Blob blob;

		LineRun(final long start)
		{
			this.start = start;
		}
	}

	/** A component under construction (union-find node; the root holds the runs). */
	private static final class Blob
	{
		private Blob parent = this;
		private final List<long[]> runs = new ArrayList<>();
		double sum;
		long area, lastLine = -1;
		boolean emitted;

		Blob root()
		{
			Blob r = this;
			while (r.parent != r)
				r = r.parent;
			for (Blob b = this; b.parent != r;)
			{
				final Blob next = b.parent;
				b.parent = r;
				b = next;
			}
			return r;
		}

		void add(final long line, final LineRun r)
		{
			runs.add(new long[] { line, r.start, r.end });
			sum += r.sum;
			area += r.end - r.start;
			lastLine = Math.max(lastLine, line);
		}

		/** Joins two roots; the one with more runs absorbs the other. */
		Blob union(final Blob other)
		{
			if (other == this)
				return this;
			final Blob big = runs.size() >= other.runs.size() ? this : other, small = big == this ? other : this;
			big.runs.addAll(small.runs);
			big.sum += small.sum;
			big.area += small.area;
			big.lastLine = Math.max(big.lastLine, small.lastLine);
			small.runs.clear();
			small.parent = big;
			return big;
		}

		RleMask mask(final boolean rows)
		{
			final io.github.smm.model.RleMaskBuilder b = RleMask.builder();
			if (!rows && columnsToRows(b))
				return b.build();
			for (final long[] r : runs)
				if (rows)
					b.addRun(r[0], r[1], r[2]);
				else
					for (long y = r[1]; y < r[2]; y++)
						b.addRun(y, r[0], r[0] + 1);
			return b.build();
		}

		/**
		 * Column runs turned into row runs through a bitmap of the bounding box, in row order
		 * (no sorting of one run per pixel); false when the box is too large for a bitmap.
		 */
		private boolean columnsToRows(final io.github.smm.model.RleMaskBuilder b)
		{
			long minX = Long.MAX_VALUE, maxX = Long.MIN_VALUE, minY = Long.MAX_VALUE, maxY = Long.MIN_VALUE;
			for (final long[] r : runs)
			{
				minX = Math.min(minX, r[0]);
				maxX = Math.max(maxX, r[0] + 1);
				minY = Math.min(minY, r[1]);
				maxY = Math.max(maxY, r[2]);
			}
			final long w = maxX - minX, h = maxY - minY;
			if (w * h > 1 << 24)
				return false;
			final boolean[] on = new boolean[(int) (w * h)];
			for (final long[] r : runs)
				for (long y = r[1]; y < r[2]; y++)
					on[(int) ((y - minY) * w + r[0] - minX)] = true;
			for (int y = 0; y < h; y++)
				for (int x = 0, i = (int) (y * w); x < w;)
				{
					if (!on[i + x])
					{
						x++;
						continue;
					}
					final int start = x;
					while (x < w && on[i + x])
						x++;
					b.addRun(minY + y, minX + start, minX + x);
				}
			return true;
		}
	}
}
