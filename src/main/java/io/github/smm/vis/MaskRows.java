package io.github.smm.vis;

import io.github.smm.model.RleMask;

/**
 * The runs of one mask row by row, in coordinates local to the mask's bounding box: row
 * {@code r} holds runs {@code rowStart[r] .. rowStart[r+1]-1}, run {@code k} covering columns
 * {@code start[k] .. end[k]-1}. A flat copy that the outline tracer and the raster painter can
 * index directly.
 */
final class MaskRows
{
	final long x0, y0;
	final int width, height;
	final int[] rowStart;
	final int[] start, end;

	private MaskRows(final RleMask mask)
	{
		x0 = mask.minX();
		y0 = mask.minY();
		width = mask.width();
		height = mask.height();
		rowStart = new int[height + 1];
		start = new int[mask.runCount()];
		end = new int[mask.runCount()];
		final int[] n = { 0 };
		mask.forEachRun((y, s, e) -> {
			final int k = n[0]++;
			start[k] = (int) (s - x0);
			end[k] = (int) (e - x0);
			rowStart[(int) (y - y0) + 1] = k + 1;
		});
		for (int r = 1; r <= height; r++)
			rowStart[r] = Math.max(rowStart[r], rowStart[r - 1]);
	}

	static MaskRows of(final RleMask mask)
	{
		return new MaskRows(mask);
	}

	/** First run index of row {@code r}; rows outside the box have no runs. */
	int first(final int r)
	{
		return r < 0 || r >= height ? 0 : rowStart[r];
	}

	/** One past the last run index of row {@code r}. */
	int last(final int r)
	{
		return r < 0 || r >= height ? 0 : rowStart[r + 1];
	}
}
