package io.github.smm.bioimageio;

import java.util.List;

/** What a model package's description says that running the model needs. */
public final class ModelDescription
{
	private final String packageName, name, formatVersion;
	private final List<TensorDescription> inputs, outputs;
	private final String onnxSource, onnxSha256;

	ModelDescription(final String packageName, final String name, final String formatVersion, final List<TensorDescription> inputs,
			final List<TensorDescription> outputs, final String onnxSource, final String onnxSha256)
	{
		this.packageName = packageName;
		this.name = name;
		this.formatVersion = formatVersion;
		this.inputs = List.copyOf(inputs);
		this.outputs = List.copyOf(outputs);
		this.onnxSource = onnxSource;
		this.onnxSha256 = onnxSha256;
	}

	/** The package as the user named it (folder, yaml or zip). */
	public String packageName()
	{
		return packageName;
	}

	/** The model's name. */
	public String name()
	{
		return name;
	}

	/** {@code format_version}, e.g. {@code 0.5.4}. */
	public String formatVersion()
	{
		return formatVersion;
	}

	public List<TensorDescription> inputs()
	{
		return inputs;
	}

	public List<TensorDescription> outputs()
	{
		return outputs;
	}

	/** The input with this id, or null. */
	public TensorDescription input(final String id)
	{
		for (final TensorDescription t : inputs)
			if (t.id().equals(id))
				return t;
		return null;
	}

	/** The ONNX weights file, relative to the package. */
	public String onnxSource()
	{
		return onnxSource;
	}

	/** The ONNX weights' sha256 as given, or null. */
	public String onnxSha256()
	{
		return onnxSha256;
	}

	@Override
	public String toString()
	{
		return name + " (format " + formatVersion + ", " + packageName + ")";
	}
}
