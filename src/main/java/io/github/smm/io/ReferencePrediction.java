package io.github.smm.io;

import java.util.List;
import java.util.Map;

import io.github.smm.model.Instance;

/**
 * One image's record of the Python reference's JSON: the image name, its instances, and the
 * class names ({@code type}) by class id.
 */
public final class ReferencePrediction
{
	private final String imageName;
	private final List<Instance> instances;
	private final Map<Integer, String> classNames;

	public ReferencePrediction(final String imageName, final List<Instance> instances, final Map<Integer, String> classNames)
	{
		this.imageName = imageName;
		this.instances = List.copyOf(instances);
		this.classNames = Map.copyOf(classNames);
	}

	/** The {@code image_name} field; empty when the file gives none. */
	public String imageName()
	{
		return imageName;
	}

	/** One instance per annotation, in file order; id = annotation index. */
	public List<Instance> instances()
	{
		return instances;
	}

	/** The {@code type} of each {@code class_id} used. */
	public Map<Integer, String> classNames()
	{
		return classNames;
	}
}
