package io.github.smm.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Matching over a data set of images: counts are summed over the images and every metric is
 * recomputed from the sums (as StarDist's {@code matching_dataset} with
 * {@code by_image=False}), so an image with many objects weighs more than one with few.
 */
public final class DatasetMatching
{
	private final Map<String, MatchingResult> images = new LinkedHashMap<>();
	private double[] thresholds;

	/**
	 * Adds the result of one image.
	 *
	 * @throws IllegalArgumentException when the image name is already used, or the thresholds
	 *             differ from those of the images added before
	 */
	public DatasetMatching add(final String image, final MatchingResult result)
	{
		Objects.requireNonNull(image, "image name");
		Objects.requireNonNull(result, "matching result of image " + image);
		if (images.containsKey(image))
			throw new IllegalArgumentException("image '" + image + "' is added twice");
		if (thresholds == null)
			thresholds = result.thresholds();
		else if (!Arrays.equals(thresholds, result.thresholds()))
			throw new IllegalArgumentException("image '" + image + "' was matched at IoU thresholds " + Arrays.toString(result.thresholds()) + ", the others at " + Arrays.toString(thresholds));
		images.put(image, result);
		return this;
	}

	/** The image names, in the order they were added. */
	public List<String> images()
	{
		return Collections.unmodifiableList(new ArrayList<>(images.keySet()));
	}

	/**
	 * The result of one image.
	 *
	 * @throws IllegalArgumentException when no image has that name
	 */
	public MatchingResult result(final String image)
	{
		final MatchingResult r = images.get(image);
		if (r == null)
			throw new IllegalArgumentException("no image '" + image + "' in the data set");
		return r;
	}

	/**
	 * The statistics summed over all images, per threshold in threshold order; empty when no
	 * image was added.
	 */
	public List<MatchingStats> totals()
	{
		final List<MatchingStats> sums = new ArrayList<>();
		for (final MatchingResult r : images.values())
		{
			final List<MatchingStats> s = r.stats();
			for (int i = 0; i < s.size(); i++)
				if (sums.size() <= i)
					sums.add(s.get(i));
				else
					sums.set(i, sums.get(i).plus(s.get(i)));
		}
		return Collections.unmodifiableList(sums);
	}

	/**
	 * The summed statistics at one threshold.
	 *
	 * @throws IllegalArgumentException when no image was added or the threshold was not
	 *             evaluated
	 */
	public MatchingStats totals(final double threshold)
	{
		for (final MatchingStats s : totals())
			if (s.threshold() == threshold)
				return s;
		throw new IllegalArgumentException("IoU threshold " + threshold + " was not evaluated" + (thresholds == null ? " (no image added)" : "; thresholds are " + Arrays.toString(thresholds)));
	}
}
