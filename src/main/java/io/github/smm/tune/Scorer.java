package io.github.smm.tune;

import io.github.smm.MergeOptions;

/**
 * Scores merge options on some images of a validation set (by index). Cross-validation reaches
 * the data only through this, which is what lets a test watch which images each phase sees.
 */
public interface Scorer
{
	/** Number of images. */
	int imageCount();

	/** The name of an image. */
	String imageName(int image);

	/** The scores of {@code options} on the images, summed in the given order. */
	Scores score(int[] images, MergeOptions options);
}
