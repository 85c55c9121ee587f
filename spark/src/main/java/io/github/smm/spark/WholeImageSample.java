package io.github.smm.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import io.github.smm.bioimageio.ModelPackage;
import io.github.smm.bioimageio.ModelSegmentation;
import io.github.smm.bioimageio.Tensor;

/**
 * The subsample of an image that {@code segmenter=bioimageio,normalization=whole_image} takes its
 * statistics from, read once per image by the driver's probe with the command's own code
 * ({@link ModelSegmentation#wholeImageSample}) and broadcast to the image's block tasks, instead
 * of every block task reading it again: at most the command's statistics pixels (4 million
 * floats, 16 MB) per image.
 */
final class WholeImageSample implements Serializable
{
	private static final long serialVersionUID = 1L;

	private final String[] axes;
	private final int[] shape;
	private final float[] data;

	private WholeImageSample(final Tensor t)
	{
		this.axes = t.axes().toArray(new String[0]);
		this.shape = t.shape().clone();
		this.data = t.data(); // a fresh tensor, not shared
	}

	/** Whether {@code o}'s block tasks need the sample: {@code segmenter=bioimageio,normalization=whole_image}, per tile (a blended image is one task, which reads it itself). */
	static boolean needed(final JobOptions o)
	{
		return ModelWorker.uses(o) && !ModelWorker.blended(o)
				&& ModelWorker.options(o).normalization() == io.github.smm.bioimageio.ModelSegmentationOptions.Normalization.WHOLE_IMAGE;
	}

	/** The sample of {@code source} for {@code o}'s model and options, as the command reads it. */
	static WholeImageSample of(final JobOptions o, final ImageSource source)
	{
		return new WholeImageSample(ModelSegmentation.wholeImageSample(ModelPackage.open(o.path("model")).description(), ModelWorker.options(o), source));
	}

	/** A tensor of its own (a copy: tasks of one executor share the broadcast value). */
	Tensor tensor()
	{
		return new Tensor(List.of(axes), shape.clone(), Arrays.copyOf(data, data.length));
	}

	/** Values in the sample (pixels times channels). */
	int values()
	{
		return data.length;
	}
}
