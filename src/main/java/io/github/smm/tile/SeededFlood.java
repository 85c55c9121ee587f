package io.github.smm.tile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The n-dimensional seeded watershed behind {@link DistanceSplit} (2D) and the 3D block
 * watershed: an exact squared Euclidean distance transform with a spacing per axis, and a flooding
 * of the foreground from the highest distance down in which every maximum that rises at least
 * {@code depth} above the saddle joining it to a higher one keeps its own part (an h-maxima rule).
 * Arrays are dense, axis 0 fastest; the caller pads them with a layer of background wherever a
 * neighbour offset could leave the array. Ties in height are broken by voxel index, so the parts
 * do not depend on anything but the arrays.
 * <p>
 * Speed: along the last axis the lower envelope of a binary mask is the distance to the nearest
 * outside element of the line (two linear scans); the other axes take lower envelopes with
 * buffers allocated once. When the squared distances are whole numbers (unit spacing, or any
 * whole-number spacing) the elements are ordered by a counting sort on them.
 * </p>
 */
public final class SeededFlood
{
	/** Above this many distinct squared distances a counting sort would waste memory; ranks are used instead. */
	private static final int COUNTING_LIMIT = 1 << 22;

	private SeededFlood()
	{}

	/** Euclidean distance of every element to the nearest element that is not {@code in}, in units of {@code spacing}; see {@link #squaredDistance}. */
	public static double[] distance(final boolean[] in, final int[] dims, final double[] spacing)
	{
		final double[] g = squaredDistance(in, dims, spacing);
		for (int i = 0; i < g.length; i++)
			g[i] = Math.sqrt(g[i]);
		return g;
	}

	/**
	 * Squared Euclidean distance of every element to the nearest element that is not {@code in}, in
	 * units of {@code spacing} (the length of one step along each axis); exact: two scans along
	 * the last axis, then one pass of lower envelopes (Felzenszwalb and Huttenlocher) per other
	 * axis. An element with no outside element at all gets the squared extent of the array.
	 */
	public static double[] squaredDistance(final boolean[] in, final int[] dims, final double[] spacing)
	{
		final int last = dims.length - 1;
		double extent = 0;
		int longest = 1;
		for (int a = 0; a <= last; a++)
		{
			extent += dims[a] * spacing[a];
			longest = Math.max(longest, dims[a]);
		}
		final double[] g = lastAxisDistances(in, dims[last], in.length / dims[last], spacing[last], extent * extent);
		boolean whole = true;
		for (final double sp : spacing)
			whole &= sp == Math.rint(sp);
		final double[] line = new double[longest], out = new double[longest], z = new double[longest + 1];
		final int[] v = new int[longest];
		for (int a = last - 1, stride = in.length / dims[last]; a >= 0; a--)
		{
			stride /= dims[a];
			final int n = dims[a], block = stride * n;
			for (int base = 0; base < g.length; base += block)
				for (int start = base; start < base + stride; start++)
				{
					if (stride == 1)
						System.arraycopy(g, start, line, 0, n);
					else
						for (int q = 0, i = start; q < n; q++, i += stride)
							line[q] = g[i];
					if (whole)
						envelopeByRuns(line, n, spacing[a], out, v, z);
					else
						envelope(line, 0, n, spacing[a], out, v, z);
					if (stride == 1)
						System.arraycopy(out, 0, g, start, n);
					else
						for (int q = 0, i = start; q < n; q++, i += stride)
							g[i] = out[q];
				}
		}
		return g;
	}

	/** The squared distance of every element to the nearest outside element of its line along the last axis ({@code n} long, {@code stride} apart): an upward and a downward scan. */
	private static double[] lastAxisDistances(final boolean[] in, final int n, final int stride, final double s, final double none)
	{
		final int far = Integer.MAX_VALUE / 2;
		final int[] up = new int[in.length];
		for (int i = 0; i < stride; i++)
			up[i] = in[i] ? far : 0;
		for (int i = stride; i < up.length; i++)
			up[i] = in[i] ? Math.min(far, up[i - stride] + 1) : 0;
		final double[] g = new double[in.length];
		final int[] down = new int[stride];
		Arrays.fill(down, far);
		for (int q = n - 1; q >= 0; q--)
			for (int j = 0, i = q * stride; j < stride; j++, i++)
			{
				down[j] = in[i] ? Math.min(far, down[j] + 1) : 0;
				final int t = Math.min(up[i], down[j]);
				final double step = t * s;
				g[i] = t >= far ? none : step * step;
			}
		return g;
	}

	/**
	 * {@link #envelope} of a line whose values are whole numbers (whole-number spacing), one run
	 * of non-zero values at a time, each with the zero (outside) element on either side of it.
	 * The same values as one envelope over the whole line: for an element of a run, an element
	 * {@code v} beyond the zero {@code o} bounding the run on that side gives
	 * {@code (q - v)² s² + f[v] > (q - o)² s² + 0}, so it is never the minimum and leaving it
	 * out changes nothing; a zero element's own minimum is 0. Both computations are exact here:
	 * the values and squared steps are whole numbers below 2^53, and where rounding of a cut
	 * point could pick another parabola, the two parabolas meet within rounding of a whole-number
	 * position, i.e. at it, where they have the same value (two parabolas of whole coefficients
	 * meet at a rational point whose distance from a whole position, if not zero, is at least
	 * 1 / (2 n s), far above the rounding error).
	 */
	private static void envelopeByRuns(final double[] f, final int n, final double s, final double[] d, final int[] v, final double[] z)
	{
		for (int q = 0; q < n;)
		{
			if (f[q] == 0)
			{
				d[q++] = 0;
				continue;
			}
			int end = q;
			while (end < n && f[end] != 0)
				end++;
			// the run is [q, end); its bounding zeros (when inside the line) take part
			final int lo = q > 0 ? q - 1 : q, hi = end < n ? end + 1 : end;
			envelope(f, lo, hi - lo, s, d, v, z);
			q = end;
		}
	}

	/** Squared distance transform of a sampled function along {@code f[from, from + n)} of step {@code s}, into {@code d} at the same indices ({@code v}, {@code z}: buffers). */
	private static void envelope(final double[] f, final int from, final int n, final double s, final double[] d, final int[] v, final double[] z)
	{
		int k = 0;
		v[0] = 0;
		z[0] = Double.NEGATIVE_INFINITY;
		z[1] = Double.POSITIVE_INFINITY;
		for (int q = 1; q < n; q++)
		{
			final double qs = q * s;
			double vs = v[k] * s;
			double cut = ((f[from + q] + qs * qs) - (f[from + v[k]] + vs * vs)) / (2.0 * qs - 2.0 * vs);
			while (cut <= z[k])
			{
				k--;
				vs = v[k] * s;
				cut = ((f[from + q] + qs * qs) - (f[from + v[k]] + vs * vs)) / (2.0 * qs - 2.0 * vs);
			}
			k++;
			v[k] = q;
			z[k] = cut;
			z[k + 1] = Double.POSITIVE_INFINITY;
		}
		k = 0;
		for (int q = 0; q < n; q++)
		{
			final double qs = q * s;
			while (z[k + 1] < qs)
				k++;
			final double step = qs - v[k] * s;
			d[from + q] = step * step + f[from + v[k]];
		}
	}

	/**
	 * Part numbers (0, 1, … by decreasing seed height, ties by index) of the {@code in} elements;
	 * -1 elsewhere. The height is the square root of {@code squaredHeight} (a
	 * {@link #squaredDistance}); {@code neighbours} are the index offsets of an element's
	 * neighbours (e.g. {-1, 1, -w, w} in 2D); every neighbour of an {@code in} element must lie in
	 * the array.
	 */
	public static int[] parts(final boolean[] in, final double[] squaredHeight, final int[] neighbours, final double depth)
	{
		final int[] order = order(in, squaredHeight);
		// A basin is known by its root, the element that seeded it (its highest, ties by index):
		// roots are only ever made from a new seed, so the root's index is the basin's first element.
		final int[] basin = new int[in.length], parent = new int[in.length];
		final double[] peak = new double[in.length];
		Arrays.fill(basin, -1);
		final int n0 = neighbours.length > 0 ? neighbours[0] : 0, n1 = neighbours.length > 1 ? neighbours[1] : 0;
		final int n2 = neighbours.length > 2 ? neighbours[2] : 0, n3 = neighbours.length > 3 ? neighbours[3] : 0;
		final boolean four = neighbours.length == 4;
		for (final int p : order)
		{
			final double level = Math.sqrt(squaredHeight[p]);
			int best;
			if (four)
			{
				// 2D: the four joins written out (a loop over the offsets costs ~10 % of a split)
				best = join(basin, parent, peak, -1, p + n0, level, depth);
				best = join(basin, parent, peak, best, p + n1, level, depth);
				best = join(basin, parent, peak, best, p + n2, level, depth);
				best = join(basin, parent, peak, best, p + n3, level, depth);
			}
			else
			{
				best = -1;
				for (final int o : neighbours)
					best = join(basin, parent, peak, best, p + o, level, depth);
			}
			if (best < 0)
			{
				parent[p] = p;
				peak[p] = level;
				best = p;
			}
			basin[p] = best;
		}
		return number(in, basin, parent, peak);
	}

	/**
	 * The {@code in} indices by decreasing height, ties by increasing index: a counting sort when
	 * the squared heights are whole numbers (they then order like the heights), else ranks of the
	 * distinct heights and a stable counting sort on them.
	 */
	static int[] order(final boolean[] in, final double[] squaredHeight)
	{
		double max = 0;
		boolean whole = true;
		int n = 0;
		for (int i = 0; i < in.length; i++)
			if (in[i])
			{
				final double h = squaredHeight[i];
				max = Math.max(max, h);
				whole &= h == (int) h;
				n++;
			}
		return whole && max < COUNTING_LIMIT ? countingOrder(in, squaredHeight, n, (int) max) : rankOrder(in, squaredHeight, n);
	}

	private static int[] countingOrder(final boolean[] in, final double[] squaredHeight, final int n, final int max)
	{
		final int[] start = new int[max + 2];
		for (int i = 0; i < in.length; i++)
			if (in[i])
				start[max - (int) squaredHeight[i] + 1]++;
		for (int k = 1; k < start.length; k++)
			start[k] += start[k - 1];
		final int[] order = new int[n];
		for (int i = 0; i < in.length; i++)
			if (in[i])
				order[start[max - (int) squaredHeight[i]]++] = i;
		return order;
	}

	private static int[] rankOrder(final boolean[] in, final double[] squaredHeight, final int count)
	{
		final double[] levels = new double[count];
		int n = 0;
		for (int i = 0; i < in.length; i++)
			if (in[i])
				levels[n++] = squaredHeight[i];
		Arrays.sort(levels);
		int distinct = 0;
		for (int i = 0; i < n; i++)
			if (i == 0 || levels[i] != levels[distinct - 1])
				levels[distinct++] = levels[i];
		final int[] start = new int[distinct + 1];
		final int[] rank = new int[n];
		n = 0;
		for (int i = 0; i < in.length; i++)
			if (in[i])
			{
				rank[n] = distinct - 1 - Arrays.binarySearch(levels, 0, distinct, squaredHeight[i]);
				start[rank[n++] + 1]++;
			}
		for (int r = 0; r < distinct; r++)
			start[r + 1] += start[r];
		final int[] order = new int[n];
		n = 0;
		for (int i = 0; i < in.length; i++)
			if (in[i])
				order[start[rank[n++]]++] = i;
		return order;
	}

	/** The basin that leads on after meeting neighbour {@code q} (if flooded) at {@code level}; {@code best} so far, -1 for none. */
	private static int join(final int[] basin, final int[] parent, final double[] peak, final int best, final int q, final double level, final double depth)
	{
		if (basin[q] < 0)
			return best;
		final int r = root(parent, basin[q]);
		return best < 0 ? r : r == best ? best : joinAtSaddle(parent, peak, best, r, level, depth);
	}

	/** At a saddle of height {@code level}: a basin whose peak rises less than the depth above it joins the other; the root that leads on. */
	private static int joinAtSaddle(final int[] parent, final double[] peak, final int a, final int b, final double level, final double depth)
	{
		final int high = higher(peak, a, b) ? a : b, low = high == a ? b : a;
		if (peak[low] - level < depth)
			parent[low] = high;
		return high;
	}

	/** Whether root {@code a}'s basin is higher than root {@code b}'s: its peak, ties by the seed's (the root's) index. */
	private static boolean higher(final double[] peak, final int a, final int b)
	{
		return peak[a] != peak[b] ? peak[a] > peak[b] : a < b;
	}

	private static int root(final int[] parent, final int x)
	{
		int r = x;
		while (parent[r] != r)
			r = parent[r];
		for (int c = x; parent[c] != r;)
		{
			final int next = parent[c];
			parent[c] = r;
			c = next;
		}
		return r;
	}

	private static int[] number(final boolean[] in, final int[] basin, final int[] parent, final double[] peak)
	{
		final List<Integer> roots = new ArrayList<>();
		for (int i = 0; i < in.length; i++)
			if (in[i] && basin[i] == i && root(parent, i) == i)
				roots.add(i);
		roots.sort((a, b) -> higher(peak, a, b) ? -1 : higher(peak, b, a) ? 1 : 0);
		final int[] index = new int[in.length];
		for (int k = 0; k < roots.size(); k++)
			index[roots.get(k)] = k;
		final int[] part = new int[in.length];
		Arrays.fill(part, -1);
		for (int i = 0; i < in.length; i++)
			if (in[i])
				part[i] = index[root(parent, basin[i])];
		return part;
	}
}
