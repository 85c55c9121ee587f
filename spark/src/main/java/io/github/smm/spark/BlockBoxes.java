package io.github.smm.spark;

import java.io.Serializable;
import java.util.List;

import io.github.smm.model.Box;

/**
 * The boxes and classes of one block's open predictions, in the order of the block's open list:
 * all the seam stage needs to find the components of the candidate graph (a few dozen bytes per
 * prediction instead of its mask).
 */
final class BlockBoxes implements Serializable
{
	private static final long serialVersionUID = 1L;

	final int image, block;
	private final int[] classes;
	/** {@code minX, minY, maxX, maxY} of each prediction. */
	private final long[] boxes;

	private BlockBoxes(final int image, final int block, final int[] classes, final long[] boxes)
	{
		this.image = image;
		this.block = block;
		this.classes = classes;
		this.boxes = boxes;
	}

	static BlockBoxes of(final int image, final int block, final List<ObjectRecord> open)
	{
		final int[] classes = new int[open.size()];
		final long[] boxes = new long[4 * open.size()];
		for (int i = 0; i < classes.length; i++)
		{
			final Box b = open.get(i).box();
			classes[i] = open.get(i).classId();
			boxes[4 * i] = b.minX;
			boxes[4 * i + 1] = b.minY;
			boxes[4 * i + 2] = b.maxX;
			boxes[4 * i + 3] = b.maxY;
		}
		return new BlockBoxes(image, block, classes, boxes);
	}

	int size()
	{
		return classes.length;
	}

	Box box(final int i)
	{
		return new Box(boxes[4 * i], boxes[4 * i + 1], boxes[4 * i + 2], boxes[4 * i + 3]);
	}

	int classId(final int i)
	{
		return classes[i];
	}
}
