package io.github.smm.io.coco;

import java.util.Objects;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/**
 * One COCO annotation (ground truth) or detection result: a mask in the pixel coordinates of
 * its image, a category, the {@code iscrowd} flag, the {@code area} used for COCO's area ranges
 * and a score (1 for ground truth that gives none). The mask may be empty, as in COCO files.
 */
public final class CocoAnnotation
{
	private final long id;
	private final long imageId;
	private final int categoryId;
	private final RleMask mask;
	private final boolean crowd;
	private final double area;
	private final double score;
	private final Box window;
	private final int tile;

	/**
	 * @param area the {@code area} field; pycocotools uses it, not the mask, for the area ranges
	 *            of ground truth
	 * @throws IllegalArgumentException when the area is negative or either number is not finite
	 */
	public CocoAnnotation(final long id, final long imageId, final int categoryId, final RleMask mask, final boolean crowd, final double area, final double score)
	{
		this(id, imageId, categoryId, mask, crowd, area, score, null, Instance.NO_TILE);
	}

	/**
	 * An annotation that says where it came from: the source window of the tile that predicted
	 * it (from {@code slice_bbox}) and the index of that tile in the tile grid (from
	 * {@code tile}).
	 *
	 * @param window the source window, or {@code null}
	 * @param tile the tile index, or {@link Instance#NO_TILE}
	 * @throws IllegalArgumentException also when the window does not contain the mask
	 */
	public CocoAnnotation(final long id, final long imageId, final int categoryId, final RleMask mask, final boolean crowd, final double area, final double score,
			final Box window, final int tile)
	{
		this.mask = Objects.requireNonNull(mask, "mask");
		if (window != null && !mask.isEmpty() && !window.contains(mask.box()))
			throw new IllegalArgumentException("annotation " + id + ": mask " + mask.box() + " is not inside its slice_bbox " + window);
		this.window = window;
		this.tile = tile < 0 ? Instance.NO_TILE : tile;
		if (!(area >= 0 && area < Double.POSITIVE_INFINITY))
			throw new IllegalArgumentException("annotation " + id + ": area " + area + " is not a finite non-negative number");
		if (!Double.isFinite(score))
			throw new IllegalArgumentException("annotation " + id + ": score " + score + " is not finite");
		this.id = id;
		this.imageId = imageId;
		this.categoryId = categoryId;
		this.crowd = crowd;
		this.area = area;
		this.score = score;
	}

	/** A ground-truth annotation whose area is its mask's pixel count and whose score is 1. */
	public static CocoAnnotation groundTruth(final long id, final long imageId, final int categoryId, final RleMask mask, final boolean crowd)
	{
		return new CocoAnnotation(id, imageId, categoryId, mask, crowd, mask.area(), 1);
	}

	/** The annotation of an instance on an image: same id, mask and score, class as category. */
	public static CocoAnnotation of(final long imageId, final Instance instance)
	{
		return new CocoAnnotation(instance.id(), imageId, instance.classId(), instance.mask(), false, instance.area(), instance.score());
	}

	/**
	 * This annotation as an {@link Instance} of class {@link #categoryId()}, with its source
	 * window and tile index when the file gave them.
	 *
	 * @throws io.github.smm.model.InvalidInstanceException when the mask is empty or the score
	 *             is outside {@code [0, 1]}
	 */
	public Instance toInstance()
	{
		return new Instance(id, mask, score, categoryId, window, tile);
	}

	public long id()
	{
		return id;
	}

	public long imageId()
	{
		return imageId;
	}

	public int categoryId()
	{
		return categoryId;
	}

	public RleMask mask()
	{
		return mask;
	}

	/** The {@code iscrowd} flag: a region covering several objects, ignored by evaluation. */
	public boolean isCrowd()
	{
		return crowd;
	}

	/** The {@code area} (for read files: as written there, else the mask's pixel count). */
	public double area()
	{
		return area;
	}

	public double score()
	{
		return score;
	}

	/** The source window (from {@code slice_bbox}), or {@code null}. */
	public Box window()
	{
		return window;
	}

	/** The index of the source tile in the tile grid (from {@code tile}), or {@link Instance#NO_TILE}. */
	public int tile()
	{
		return tile;
	}

	/** The mask's bounding box. */
	public Box box()
	{
		return mask.box();
	}

	/** The COCO {@code bbox} {@code [x, y, width, height]} of the mask. */
	public double[] bbox()
	{
		return CocoRle.bbox(mask);
	}

	@Override
	public String toString()
	{
		return "annotation " + id + " (image " + imageId + ", category " + categoryId + (crowd ? ", crowd" : "") + ", area " + area + ", score " + score + ")";
	}
}
