package io.github.smm.bench;

import java.util.List;

import io.github.smm.model.Box;

/**
 * Gives each prediction of a file its source tile, from the known tile grid and the file order,
 * for files that list predictions tile by tile (in grid order) without saying which tile.
 * <p>
 * A prediction can lie in several windows (in the overlaps), so the tile of each is bounded: the
 * <em>earliest</em> sequence (each prediction takes the first window, at or after the previous
 * prediction's, that contains it) and the <em>latest</em> one (the same from the end) are both
 * consistent with the file order, and every consistent assignment lies between them. Where the two
 * agree the tile is certain. Each run of predictions where they disagree (at a change of tile) is
 * split where the top row {@code minY} drops the most — a tile's predictions start near its top —
 * the part before taking the earliest tiles, the rest the latest; with no drop the run takes the
 * latest. The result is consistent with the order (non-decreasing tiles, each window containing
 * its prediction).
 */
final class TileGridOrder
{
	private TileGridOrder()
	{}

	/**
	 * The tile index (into {@code windows}) of every box, in order.
	 *
	 * @throws IllegalArgumentException naming the first box that no window in order can hold
	 */
	static int[] assign(final List<Box> boxes, final List<Box> windows)
	{
		final int n = boxes.size();
		final int[] earliest = new int[n], latest = new int[n];
		for (int i = 0, t = 0; i < n; i++)
		{
			while (t < windows.size() && !windows.get(t).contains(boxes.get(i)))
				t++;
			if (t == windows.size())
				throw new IllegalArgumentException("prediction " + (i + 1) + " " + boxes.get(i) + " fits no tile window at or after the previous prediction's: the file is not in tile order of this grid");
			earliest[i] = t;
		}
		for (int i = n - 1, t = windows.size() - 1; i >= 0; i--)
		{
			while (!windows.get(t).contains(boxes.get(i)))
				t--;
			latest[i] = t;
		}
		final int[] tile = new int[n];
		for (int i = 0; i < n;)
		{
			if (earliest[i] == latest[i])
			{
				tile[i] = earliest[i];
				i++;
				continue;
			}
			int end = i;
			while (end < n && earliest[end] != latest[end])
				end++;
			final int split = largestDrop(boxes, i, end);
			for (int k = i; k < end; k++)
				tile[k] = k < split ? earliest[k] : latest[k];
			i = end;
		}
		return tile;
	}

	/** The index in {@code [from, to)} where {@code minY} drops most from its predecessor, or {@code from} when it never drops. */
	private static int largestDrop(final List<Box> boxes, final int from, final int to)
	{
		int split = from;
		long drop = 0;
		for (int k = Math.max(1, from); k <= Math.min(to, boxes.size() - 1); k++)
		{
			final long d = boxes.get(k - 1).minY - boxes.get(k).minY;
			if (d > drop)
			{
				drop = d;
				split = k;
			}
		}
		return split;
	}
}
