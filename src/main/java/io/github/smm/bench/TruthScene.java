package io.github.smm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import io.github.smm.model.Box;
import io.github.smm.model.RleMask;

/**
 * The true objects of a scene: disjoint (assumed, not checked), non-empty sparse masks inside
 * the scene bounds, indexed by their position in the list, with a spatial index for "which
 * objects meet this box".
 */
public final class TruthScene
{
	/** Bucket side of the spatial index in pixels. */
	private static final long INDEX_CELL = 64;

	private final Box bounds;
	private final RleMask[] objects;
	private final BoxIndex index;

	/**
	 * @throws IllegalArgumentException naming the first object that is empty or leaves the bounds
	 */
	public TruthScene(final Box bounds, final List<RleMask> objects)
	{
		this.bounds = bounds;
		this.objects = objects.toArray(new RleMask[0]);
		final List<Box> boxes = new ArrayList<>(objects.size());
		for (int k = 0; k < this.objects.length; k++)
		{
			final RleMask m = this.objects[k];
			if (m.isEmpty())
				throw new IllegalArgumentException("truth object " + k + " is empty");
			if (!bounds.contains(m.box()))
				throw new IllegalArgumentException("truth object " + k + " " + m.box() + " leaves the scene " + bounds);
			boxes.add(m.box());
		}
		index = new BoxIndex(bounds, boxes, INDEX_CELL);
	}

	/** The scene extent. */
	public Box bounds()
	{
		return bounds;
	}

	/** Number of true objects. */
	public int objectCount()
	{
		return objects.length;
	}

	/** True object {@code k}. */
	public RleMask object(final int k)
	{
		return objects[k];
	}

	/** Calls {@code action} once with each object whose bounding box meets {@code region}. */
	public void forEachOverlapping(final Box region, final IntConsumer action)
	{
		index.forEachIntersecting(region, action);
	}
}
