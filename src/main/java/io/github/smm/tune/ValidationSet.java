package io.github.smm.tune;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * The images a tuning run evaluates merge settings on. Several annotated images are folded by
 * image; one large image is cut into {@link #blocks spatial blocks} first, each block then
 * being an image of its own.
 */
public final class ValidationSet
{
	private final List<ValidationImage> images;

	private ValidationSet(final List<ValidationImage> images)
	{
		this.images = Collections.unmodifiableList(new ArrayList<>(images));
	}

	/**
	 * @throws IllegalArgumentException when there is no image or a name is used twice
	 */
	public static ValidationSet of(final List<ValidationImage> images)
	{
		if (images.isEmpty())
			throw new IllegalArgumentException("the validation set has no image");
		final Set<String> names = new HashSet<>();
		for (final ValidationImage im : images)
			if (!names.add(im.name()))
				throw new IllegalArgumentException("image name '" + im.name() + "' is used twice in the validation set");
		return new ValidationSet(images);
	}

	/**
	 * One image cut into blocks: each prediction and ground-truth object goes to the block that
	 * holds the centre pixel of its box, with its source window kept, so each block is merged
	 * and scored on its own. An object whose centre is in no block is left out; put block edges
	 * where few objects are cut (e.g. the seams of a mosaic), since objects cut by a block edge
	 * lose their partners in the next block.
	 *
	 * @throws IllegalArgumentException when two blocks overlap
	 */
	public static ValidationSet blocks(final ValidationImage image, final List<Box> blocks)
	{
		for (int a = 0; a < blocks.size(); a++)
			for (int b = a + 1; b < blocks.size(); b++)
				if (!blocks.get(a).intersect(blocks.get(b)).isEmpty())
					throw new IllegalArgumentException("blocks " + blocks.get(a) + " and " + blocks.get(b) + " overlap");
		final List<ValidationImage> out = new ArrayList<>();
		for (int k = 0; k < blocks.size(); k++)
		{
			final Box b = blocks.get(k);
			out.add(new ValidationImage(image.name() + "@x" + b.minX + "_y" + b.minY, inside(image.predictions(), b), inside(image.groundTruth(), b)));
		}
		return of(out);
	}

	/** {@link #blocks} on a grid of {@code columns × rows} equal blocks over the objects' extent from (0, 0). */
	public static ValidationSet grid(final ValidationImage image, final int columns, final int rows)
	{
		final List<Instance> all = new ArrayList<>(image.predictions());
		all.addAll(image.groundTruth());
		final Box bounds = Instances.bounds(all);
		return blocks(image, grid(new Box(0, 0, bounds.maxX, bounds.maxY), columns, rows));
	}

	/** A grid of {@code columns × rows} blocks covering {@code area}, row by row. */
	public static List<Box> grid(final Box area, final int columns, final int rows)
	{
		if (columns < 1 || rows < 1)
			throw new IllegalArgumentException("a block grid needs at least one column and row, got " + columns + "x" + rows);
		final List<Box> out = new ArrayList<>();
		for (int r = 0; r < rows; r++)
			for (int c = 0; c < columns; c++)
				out.add(new Box(area.minX + area.width() * c / columns, area.minY + area.height() * r / rows,
						area.minX + area.width() * (c + 1) / columns, area.minY + area.height() * (r + 1) / rows));
		return out;
	}

	private static List<Instance> inside(final List<Instance> instances, final Box block)
	{
		final List<Instance> out = new ArrayList<>();
		for (final Instance i : instances)
		{
			final long cx = Math.floorDiv(i.box().minX + i.box().maxX - 1, 2), cy = Math.floorDiv(i.box().minY + i.box().maxY - 1, 2);
			if (cx >= block.minX && cx < block.maxX && cy >= block.minY && cy < block.maxY)
				out.add(i);
		}
		return out;
	}

	public List<ValidationImage> images()
	{
		return images;
	}

	public int size()
	{
		return images.size();
	}

	/** True when some prediction of some image knows its source window. */
	public boolean hasWindows()
	{
		return images.stream().anyMatch(ValidationImage::hasWindows);
	}
}
