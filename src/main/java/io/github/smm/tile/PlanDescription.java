package io.github.smm.tile;

import java.util.Locale;

/** The multi-line text of {@link TilePlan#describe()}. */
final class PlanDescription
{
	private static final int SHOWN_BANDS = 3;

	private PlanDescription()
	{}

	static String of(final TilePlan p)
	{
		final StringBuilder s = new StringBuilder();
		final boolean rows = p.sweepOrder() == SweepOrder.ROWS;
		line(s, "TilePlan for a %d x %d px image", p.imageWidth(), p.imageHeight());
		line(s, "  tiles      %d x %d px, overlap %d x %d px (%s), edge policy %s", p.tileWidth(), p.tileHeight(), p.overlapX(), p.overlapY(), p.overlap(), p.edgePolicy());
		line(s, "  tile x at  %s", p.xAxis());
		line(s, "  tile y at  %s", p.yAxis());
		line(s, "  sweep      %s: %d bands (%s) of %d tiles = %d tiles, each read once", p.sweepOrder(), p.bandCount(), rows ? "rows" : "columns", p.tilesPerBand(), p.tileCount());
		for (int b = 0; b < p.bandCount(); b++)
		{
			if (b == SHOWN_BANDS && p.bandCount() > SHOWN_BANDS + 2)
			{
				line(s, "  …");
				b = p.bandCount() - 2;
			}
			band(s, p, b, rows);
		}
		line(s, "  objects    up to %d px across are never cut between two tiles without a common window", p.safeObjectSize());
		line(s, "  memory     one tile (%d px) + blending strip (%d px) = %d px held at most; budget two bands + one tile = %d px",
				p.tilePixels(), p.stripPixels(), p.peakResidentPixels(), p.residentBudget());
		return s.toString();
	}

	private static void band(final StringBuilder s, final TilePlan p, final int b, final boolean rows)
	{
		final TileAxis a = p.sweepAxis();
		final int first = b * p.tilesPerBand();
		final String axis = rows ? "y" : "x";
		final boolean last = b == p.bandCount() - 1;
		line(s, "  band %-4d %s [%d, %d): tiles %d..%d; then final: %s < %d%s", b, axis, a.origin(b), a.end(b), first, first + p.tilesPerBand() - 1, axis, p.finalLimit(b),
				last ? " (everything)" : ", instances whose box + rho ends before it");
	}

	private static void line(final StringBuilder s, final String format, final Object... args)
	{
		s.append(String.format(Locale.ROOT, format, args)).append('\n');
	}
}
