package io.github.smm.tile;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.InvalidOptionException;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;

/**
 * Gives predictions that lack one the source window of the tile they came from, from the tile
 * grid that produced them — what {@code window_iou} needs for COCO files, ROI sets and other
 * inputs that do not carry windows. Rules, per prediction, in this order:
 * <ol>
 * <li><b>given</b>: a prediction that already has a window (e.g. from a {@code slice_bbox}
 * field) keeps it;</li>
 * <li><b>named</b>: a prediction whose tile index is set (a {@code tile} field, a ROI name
 * holding the tile origin) gets that tile's window, which must contain it;</li>
 * <li><b>one window</b>: the only window that contains its bounding box;</li>
 * <li><b>several windows, cut by one</b>: of the windows that contain it, the one whose inner
 * border (a window edge inside the image) its box touches — a tile cuts what it sees at its
 * edges, so a prediction ending exactly on a tile's edge came from that tile. When the box
 * touches the inner borders of several, their intersection;</li>
 * <li><b>several windows, cut by none</b>: the intersection of all windows that contain it —
 * the region every tile that could have produced it saw whole, so window IoU compares it only
 * where each of those tiles agrees;</li>
 * <li><b>no window</b>: a prediction that fits no window (the grid is not the one that
 * produced it, or the mask was grown after tiling) keeps no window, so its pairs use plain
 * IoU; the assignment counts and names them, and the commands report them.</li>
 * </ol>
 * The result does not depend on the order of the predictions. The tile index becomes the
 * chosen tile (for an intersection, the lowest of its tiles).
 */
public final class TileWindows
{
	private TileWindows()
	{}

	/**
	 * Assigns windows on one image; with no grid ({@code null}), only checks that no prediction
	 * names a tile index, which would be meaningless.
	 *
	 * @throws InvalidOptionException naming the prediction whose tile index is out of the grid,
	 *             whose named tile's window does not contain it, or that names a tile when
	 *             there is no grid
	 */
	public static WindowAssignment assign(final List<Instance> predictions, final TileGrid grid)
	{
		final WindowAssignment.Counter counter = new WindowAssignment.Counter();
		final List<Instance> out = new ArrayList<>(predictions.size());
		for (final Instance p : predictions)
			out.add(assign(p, grid, counter));
		return counter.result(out, grid);
	}

	private static Instance assign(final Instance p, final TileGrid grid, final WindowAssignment.Counter counter)
	{
		if (p.window() != null)
		{
			counter.given++;
			return p;
		}
		if (p.tile() != Instance.NO_TILE)
			return named(p, grid, counter);
		if (grid == null)
		{
			counter.unknown++;
			return p;
		}
		final List<Integer> fits = grid.containing(p.box());
		if (fits.isEmpty())
		{
			counter.outside(p.id());
			return p;
		}
		if (fits.size() == 1)
		{
			counter.single++;
			return with(p, grid.windows().get(fits.get(0)), fits.get(0));
		}
		final List<Integer> cutBy = new ArrayList<>();
		for (final int k : fits)
			if (grid.touchesInnerBorder(k, p.box()))
				cutBy.add(k);
		if (cutBy.size() == 1)
		{
			counter.cut++;
			return with(p, grid.windows().get(cutBy.get(0)), cutBy.get(0));
		}
		counter.shared++;
		final List<Integer> chosen = cutBy.isEmpty() ? fits : cutBy;
		Box w = grid.windows().get(chosen.get(0));
		for (final int k : chosen)
			w = w.intersect(grid.windows().get(k));
		return with(p, w, chosen.get(0));
	}

	private static Instance named(final Instance p, final TileGrid grid, final WindowAssignment.Counter counter)
	{
		if (grid == null)
			throw new InvalidOptionException("tile_size", "prediction " + p.id() + " names tile " + p.tile()
					+ " but no tile grid is given: give tile_size and overlap (or tiles) to say which windows the tile numbers refer to");
		if (p.tile() >= grid.size())
			throw new InvalidOptionException("tiles", "prediction " + p.id() + " names tile " + p.tile() + ", but the grid has " + grid.size() + " tiles (0.." + (grid.size() - 1) + ")");
		final Box w = grid.windows().get(p.tile());
		if (!w.contains(p.box()))
			throw new InvalidOptionException("tiles", "prediction " + p.id() + " " + p.box() + " is not inside the window " + w + " of the tile " + p.tile() + " it names");
		counter.named++;
		return with(p, w, p.tile());
	}

	/**
	 * A prediction whose tile origin is known (e.g. from a ROI name holding {@code x512_y1024}):
	 * it names the grid tile that starts there, resolved by {@link #assign}.
	 *
	 * @throws InvalidOptionException naming the prediction when no tile of the grid starts there
	 */
	public static Instance atOrigin(final Instance p, final long x, final long y, final TileGrid grid, final String what)
	{
		final int k = grid.tileAt(x, y);
		if (k < 0)
			throw new InvalidOptionException("tiles", what + " holds the tile origin x" + x + " y" + y + ", but no tile of the grid (" + grid + ") starts there");
		return new Instance(p.id(), p.mask(), p.score(), p.classId(), null, k);
	}

	private static Instance with(final Instance p, final Box window, final int tile)
	{
		return new Instance(p.id(), p.mask(), p.score(), p.classId(), window, tile);
	}
}
