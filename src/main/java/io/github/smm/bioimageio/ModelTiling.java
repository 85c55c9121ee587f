package io.github.smm.bioimageio;

import io.github.smm.InvalidOptionException;
import io.github.smm.model.Box;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TilePlan;

/**
 * How a 2D model fixes the tiles: a fixed input size is the tile; {@code {min, step}} gives the
 * valid size nearest to the requested one; the output's halo is cut off every tile edge shared
 * with a neighbour, so the plan's overlap is at least twice the halo. A tile smaller than a
 * valid input (a small image) is padded by reflection up to the next valid size.
 */
public final class ModelTiling
{
	private final ModelDescription model;
	private final TensorDescription input, output;
	private final Axis x, y;
	private final int halo;

	/** @throws ModelPackageException when the model is not a 2D image model this runner can tile */
	public ModelTiling(final ModelDescription model)
	{
		this.model = model;
		if (model.inputs().size() != 1)
			throw new ModelPackageException(model.packageName(), "inputs", "the model has " + model.inputs().size() + " inputs", "the tiled runner takes models with one image input");
		input = model.inputs().get(0);
		output = model.outputs().get(0);
		x = input.axis("x");
		y = input.axis("y");
		if (x == null || y == null)
			throw new ModelPackageException(model.packageName(), input.entry() + ".axes", "has no y and x space axes (" + input.axisIds() + ")", "the tiled runner takes 2D image models");
		for (final Axis a : input.axes())
			if (a.kind() != AxisKind.BATCH && a.kind() != AxisKind.CHANNEL && a != x && a != y && a.size().min() != 1)
				throw new ModelPackageException(model.packageName(), input.entry() + ".axes", "axis '" + a.id() + "' of size " + a.size() + " is neither batch, channel, y nor x",
						"the tiled runner takes 2D image models");
		for (final String id : new String[] { "x", "y" })
		{
			final Axis o = output.axis(id);
			if (o == null || !(o.size().isReference() && o.size().scale() == 1 && o.size().offset() == 0 || o.size().isFixed() && o.size().min() == input.axis(id).size().min()))
				throw new ModelPackageException(model.packageName(), output.entry() + ".axes", "the output's " + id + " axis is " + o + ", not the input's size",
						"the tiled runner takes models whose output has the input's height and width");
		}
		halo = Math.max(output.axis("x").halo(), output.axis("y").halo());
	}

	public TensorDescription input()
	{
		return input;
	}

	public TensorDescription output()
	{
		return output;
	}

	/** The output's halo in pixels (the larger of x and y). */
	public int halo()
	{
		return halo;
	}

	/** The number of channels the model takes (1 without a channel axis). */
	public int inputChannels()
	{
		final Axis c = input.axisOf(AxisKind.CHANNEL);
		return c == null ? 1 : c.size().min();
	}

	/** The number of output channels (1 without a channel axis). */
	public int outputChannels()
	{
		final Axis c = output.axisOf(AxisKind.CHANNEL);
		return c == null ? 1 : c.size().min();
	}

	/** True when several tiles can go in one call: input and output have a batch axis of free size. */
	public boolean batchable()
	{
		final Axis b = input.axisOf(AxisKind.BATCH), o = output.axisOf(AxisKind.BATCH);
		return b != null && o != null && b.size().accepts(2) && (o.size().isReference() || o.size().accepts(2));
	}

	/**
	 * Tiles per call: {@code requested} when the description leaves the batch axis free and
	 * the ONNX graph does too ({@code graphBatch}, the graph's batch dimension, is symbolic:
	 * {@code -1}), else 1.
	 */
	public int batchSize(final int requested, final long graphBatch)
	{
		if (requested < 1)
			throw new InvalidOptionException("batch_size", "must be >= 1, got " + requested);
		if (!batchable() || graphBatch > 0)
			return 1;
		return requested;
	}

	/** The tile width and height for a requested tile size: the valid sizes nearest to it. */
	public int[] tileSize(final int requested)
	{
		if (requested < 1)
			throw new InvalidOptionException("tile_size", "must be >= 1, got " + requested);
		return new int[] { x.size().nearest(requested), y.size().nearest(requested) };
	}

	/**
	 * The plan for an image: tiles of {@link #tileSize(int)}, overlap at least twice the halo
	 * (and below the tile size).
	 */
	public TilePlan plan(final long width, final long height, final int requestedTileSize, final Overlap overlap)
	{
		final int[] t = tileSize(requestedTileSize);
		final int wanted = Math.max(overlap.pixelsFor(Math.min(t[0], t[1])), 2 * halo);
		if (wanted >= Math.min(t[0], t[1]))
			throw new InvalidOptionException("overlap", "the model's " + t[0] + " x " + t[1] + " px tiles cannot overlap by " + wanted + " px (twice its halo of " + halo
					+ " px at least): give a larger tile_size or a smaller overlap");
		return TilePlan.of(width, height, t[0], Overlap.pixels(wanted)).withTileSize(t[0], t[1]);
	}

	/**
	 * What {@link #plan} changed about the overlap asked for, for the log: a line when it raised
	 * the overlap to twice the model's halo, else {@code null}.
	 */
	public String overlapNote(final int requestedTileSize, final Overlap overlap)
	{
		final int[] t = tileSize(requestedTileSize);
		final int asked = overlap.pixelsFor(Math.min(t[0], t[1]));
		if (asked >= 2 * halo)
			return null;
		return "overlap raised from " + asked + " to " + 2 * halo + " px: at least twice the halo of " + model.name() + " (" + halo + " px), cut off every tile edge";
	}

	/** The model input size (x, y) for a tile region of this size: itself when valid, else the next valid size (padded). */
	public int[] inputSize(final long regionWidth, final long regionHeight)
	{
		return new int[] { x.size().atLeast((int) regionWidth), y.size().atLeast((int) regionHeight) };
	}

	/**
	 * The part of a tile's output that is valid: its window less the halo at every edge not on
	 * the image border.
	 */
	public Box validPart(final Tile tile, final TilePlan plan)
	{
		final Box w = tile.window();
		final long minX = w.minX > 0 ? w.minX + halo : w.minX, minY = w.minY > 0 ? w.minY + halo : w.minY;
		final long maxX = w.maxX < plan.imageWidth() ? w.maxX - halo : w.maxX, maxY = w.maxY < plan.imageHeight() ? w.maxY - halo : w.maxY;
		return new Box(minX, minY, maxX, maxY);
	}

	@Override
	public String toString()
	{
		return model.name() + ": input " + input + ", halo " + halo;
	}
}
