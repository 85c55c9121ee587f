package io.github.smm.io.coco;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;

/**
 * A COCO dataset: images, categories and annotations, in file order, with ids as given. Every
 * annotation refers to a known image and category, ids are unique and masks lie inside their
 * image.
 */
public final class CocoDataset
{
	private final List<CocoImage> images;
	private final List<CocoCategory> categories;
	private final List<CocoAnnotation> annotations;
	private final Map<Long, CocoImage> imageById = new LinkedHashMap<>();
	private final Map<Integer, CocoCategory> categoryById = new LinkedHashMap<>();
	private final Map<Long, List<CocoAnnotation>> byImage = new LinkedHashMap<>();

	/**
	 * @throws IllegalArgumentException naming the first repeated id, unknown reference or mask
	 *             outside its image
	 */
	public CocoDataset(final List<CocoImage> images, final List<CocoCategory> categories, final List<CocoAnnotation> annotations)
	{
		this.images = Collections.unmodifiableList(new ArrayList<>(images));
		this.categories = Collections.unmodifiableList(new ArrayList<>(categories));
		this.annotations = Collections.unmodifiableList(new ArrayList<>(annotations));
		for (final CocoImage im : this.images)
			if (imageById.put(im.id(), im) != null)
				throw new IllegalArgumentException("image id " + im.id() + " is used more than once");
		for (final CocoCategory c : this.categories)
			if (categoryById.put(c.id(), c) != null)
				throw new IllegalArgumentException("category id " + c.id() + " is used more than once");
		final Map<Long, CocoAnnotation> seen = new LinkedHashMap<>();
		for (final CocoAnnotation a : this.annotations)
		{
			if (seen.put(a.id(), a) != null)
				throw new IllegalArgumentException("annotation id " + a.id() + " is used more than once");
			requireValidReferences(a);
			byImage.computeIfAbsent(a.imageId(), k -> new ArrayList<>()).add(a);
		}
	}

	private void requireValidReferences(final CocoAnnotation a)
	{
		final CocoImage im = imageById.get(a.imageId());
		if (im == null)
			throw new IllegalArgumentException(a + ": unknown image id " + a.imageId());
		if (!categoryById.containsKey(a.categoryId()))
			throw new IllegalArgumentException(a + ": unknown category id " + a.categoryId());
		if (!a.mask().isEmpty() && !new Box(0, 0, im.width(), im.height()).contains(a.box()))
			throw new IllegalArgumentException(a + ": mask " + a.box() + " is not inside " + im);
	}

	/** A builder collecting images, categories and annotations. */
	public static Builder builder()
	{
		return new Builder();
	}

	public List<CocoImage> images()
	{
		return images;
	}

	public List<CocoCategory> categories()
	{
		return categories;
	}

	/** All annotations in file order. */
	public List<CocoAnnotation> annotations()
	{
		return annotations;
	}

	public boolean hasImage(final long id)
	{
		return imageById.containsKey(id);
	}

	/** @throws IllegalArgumentException when there is no image with this id */
	public CocoImage image(final long id)
	{
		final CocoImage im = imageById.get(id);
		if (im == null)
			throw new IllegalArgumentException("no image with id " + id);
		return im;
	}

	public boolean hasCategory(final int id)
	{
		return categoryById.containsKey(id);
	}

	/** The annotations of one image (crowd regions included), in file order. */
	public List<CocoAnnotation> annotationsOf(final long imageId)
	{
		return Collections.unmodifiableList(byImage.getOrDefault(imageId, Collections.emptyList()));
	}

	/**
	 * The non-crowd annotations of one image as instances (id, mask, score, category as class).
	 *
	 * @throws io.github.smm.model.InvalidInstanceException for an empty mask or a score
	 *             outside {@code [0, 1]}
	 */
	public List<Instance> instancesOf(final long imageId)
	{
		final List<Instance> out = new ArrayList<>();
		for (final CocoAnnotation a : annotationsOf(imageId))
			if (!a.isCrowd())
				out.add(a.toInstance());
		return out;
	}

	/** Collects the parts of a {@link CocoDataset}. */
	public static final class Builder
	{
		private final List<CocoImage> images = new ArrayList<>();
		private final List<CocoCategory> categories = new ArrayList<>();
		private final List<CocoAnnotation> annotations = new ArrayList<>();

		public Builder image(final CocoImage image)
		{
			images.add(image);
			return this;
		}

		public Builder image(final long id, final String fileName, final int width, final int height)
		{
			return image(new CocoImage(id, fileName, width, height));
		}

		public Builder category(final CocoCategory category)
		{
			categories.add(category);
			return this;
		}

		public Builder category(final int id, final String name)
		{
			return category(new CocoCategory(id, name));
		}

		public Builder annotation(final CocoAnnotation annotation)
		{
			annotations.add(annotation);
			return this;
		}

		/** Adds every instance as a non-crowd annotation of {@code imageId}. */
		public Builder instances(final long imageId, final List<Instance> instances)
		{
			for (final Instance i : instances)
				annotations.add(CocoAnnotation.of(imageId, i));
			return this;
		}

		public CocoDataset build()
		{
			return new CocoDataset(images, categories, annotations);
		}
	}
}
