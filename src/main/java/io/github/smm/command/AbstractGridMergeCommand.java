package io.github.smm.command;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.scijava.plugin.Parameter;

import io.github.smm.io.TileGridSpec;
import io.github.smm.model.Instance;
import io.github.smm.tile.TileGrid;
import io.github.smm.tile.TileWindows;
import io.github.smm.tile.WindowAssignment;

/**
 * A merge command whose inputs may lack source windows (COCO files, ROI sets, one label image):
 * the keys {@code tile_size} + {@code overlap}, or {@code tiles}, give the slice grid that
 * produced the predictions, and {@link TileWindows} gives each prediction its window, so
 * {@code window_iou} can compare predictions where both tiles saw them.
 */
public abstract class AbstractGridMergeCommand extends AbstractMergeCommand
{
	@Parameter(label = "tile_size", min = "0", persist = false, required = false,
			description = "Tile grid the predictions came from: tile side in pixels (0 = no grid); tiles are tile_size - overlap apart, the last one flush with the image border (as SAHI)")
	protected int tile_size;

	@Parameter(label = "overlap", min = "0", persist = false, required = false,
			description = "Overlap of that grid: below 1 a ratio of tile_size, from 1 on pixels")
	protected double overlap = 0.2;

	@Parameter(label = "tiles", required = false, persist = false, style = "open",
			description = "Instead of tile_size: a CSV of tile windows x,y,width,height[,image]")
	protected File tiles;

	private TileGridSpec grid;

	private WindowAssignment assigned;

	/** The grid of the keys (parsed once). */
	protected TileGridSpec grid() throws IOException
	{
		if (grid == null)
			grid = TileGridSpec.of(tile_size, overlap, given(tiles) ? tiles.toPath() : null);
		return grid;
	}

	/**
	 * The predictions of one {@code width x height} image with their source windows from the
	 * grid (unchanged without one); {@code names} name the image in a tiles table.
	 */
	protected List<Instance> withWindows(final List<Instance> predictions, final long width, final long height, final String... names) throws IOException
	{
		final TileGrid g = grid().gridFor(width, height, names);
		return record(TileWindows.assign(predictions, g)).instances();
	}

	/** Logs an assignment made with the grid and adds it to the summary's counts. */
	protected WindowAssignment record(final WindowAssignment a) throws IOException
	{
		if (grid().isGiven())
			log.info(a.describe());
		assigned = assigned == null ? a : assigned.plus(a);
		return a;
	}

	/** The inputs' names by id, or an empty map when none has a name. */
	protected static java.util.Map<Long, String> names(final List<Instance> inputs, final List<String> names)
	{
		final java.util.Map<Long, String> out = new java.util.HashMap<>();
		boolean any = false;
		for (int i = 0; i < inputs.size(); i++)
		{
			out.put(inputs.get(i).id(), names.get(i));
			any |= !names.get(i).isEmpty();
		}
		return any ? out : java.util.Map.of();
	}

	/** Warns when names hold tile origins but no grid is given, so they are not used. */
	protected void warnUnusedOrigins(final List<String> names, final String kind) throws IOException
	{
		final int named = NamedWindows.namedOrigins(names);
		if (!grid().isGiven() && named > 0)
			log.warn(named + " of " + names.size() + " " + kind + " names hold a tile origin like x512_y1024: give tile_size and overlap (or tiles) to use them as source windows");
	}

	/** How the windows were assigned over all images so far, or {@code null} before any. */
	protected WindowAssignment assigned()
	{
		return assigned;
	}

	/** A note for the summary: predictions that fit no window of the grid, or "". */
	protected String gridNote()
	{
		if (assigned == null || assigned.outside().isEmpty())
			return "";
		return "; " + assigned.outside().size() + " predictions fit no tile window (compared by plain IoU)";
	}
}
