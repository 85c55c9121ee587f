package io.github.smm.tune;

import java.util.List;
import java.util.Objects;

import io.github.smm.model.Instance;

/**
 * One image of a validation set: its tile predictions (with their source windows where known)
 * and its ground-truth objects, in the same pixel coordinates.
 */
public final class ValidationImage
{
	private final String name;
	private final List<Instance> predictions, groundTruth;

	public ValidationImage(final String name, final List<Instance> predictions, final List<Instance> groundTruth)
	{
		this.name = Objects.requireNonNull(name, "name");
		this.predictions = List.copyOf(predictions);
		this.groundTruth = List.copyOf(groundTruth);
	}

	public String name()
	{
		return name;
	}

	public List<Instance> predictions()
	{
		return predictions;
	}

	public List<Instance> groundTruth()
	{
		return groundTruth;
	}

	/** True when some prediction knows its source window (so window IoU differs from IoU). */
	public boolean hasWindows()
	{
		return predictions.stream().anyMatch(p -> p.window() != null);
	}

	@Override
	public String toString()
	{
		return name + " (" + predictions.size() + " predictions, " + groundTruth.size() + " ground-truth objects)";
	}
}
