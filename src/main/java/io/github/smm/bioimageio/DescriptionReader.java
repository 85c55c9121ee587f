package io.github.smm.bioimageio;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a model description ({@code bioimageio.yaml} / {@code rdf.yaml}) of format 0.5 or 0.4
 * with SnakeYAML's safe loader (plain maps, lists, texts and numbers).
 */
final class DescriptionReader
{
	private DescriptionReader()
	{}

	static ModelDescription read(final PackageFiles files)
	{
		final String name = files.name();
		final Object doc;
		try
		{
			doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(files.description(), StandardCharsets.UTF_8));
		}
		catch (final YAMLException e)
		{
			throw new ModelPackageException(name, files.descriptionName(), "is not valid yaml (" + e.getMessage().replace('\n', ' ') + ")", "fix the description file", e);
		}
		final YamlNode root = new YamlNode(name, "", doc);
		if (!root.isMap())
			throw new ModelPackageException(name, files.descriptionName(), "is not a yaml mapping", "give a bioimage.io model description");
		final String type = root.get("type").string("model");
		if (!type.equals("model"))
			throw root.get("type").error("is '" + type + "', not a model", "give the package of a model");
		final String version = root.get("format_version").string();
		final boolean v04 = version.startsWith("0.4");
		if (!v04 && !version.startsWith("0.5"))
			throw root.get("format_version").error("format " + version + " is not supported", "formats 0.4 and 0.5 work; update the package with bioimageio.spec");
		final List<TensorDescription> inputs = tensors(root, "inputs", v04, true), outputs = tensors(root, "outputs", v04, false);
		if (inputs.isEmpty() || outputs.isEmpty())
			throw root.get(inputs.isEmpty() ? "inputs" : "outputs").error("lists no tensor", "a model needs inputs and outputs");
		final YamlNode onnx = onnxWeights(root);
		return new ModelDescription(name, root.get("name").string("unnamed model"), version, inputs, outputs, onnx.get("source").string(),
				onnx.get("sha256").string(null));
	}

	private static YamlNode onnxWeights(final YamlNode root)
	{
		final YamlNode weights = root.get("weights");
		if (!weights.isMap())
			throw weights.error("is missing", "the description must list the model's weights");
		final YamlNode onnx = weights.get("onnx");
		if (onnx.isMissing())
			throw onnx.error("the package has no ONNX weights (only " + String.join(", ", weights.keys()) + ")",
					"this runner uses ONNX Runtime: convert the weights to ONNX (e.g. with bioimageio.core's weight converters) or run this package with deepImageJ");
		return onnx;
	}

	private static List<TensorDescription> tensors(final YamlNode root, final String key, final boolean v04, final boolean input)
	{
		final List<TensorDescription> out = new ArrayList<>();
		final List<YamlNode> tests = v04 ? root.get(input ? "test_inputs" : "test_outputs").elements() : List.of();
		int i = 0;
		for (final YamlNode t : root.get(key).elements())
		{
			final String test = v04 ? (i < tests.size() ? tests.get(i).string() : null) : t.get("test_tensor").get("source").string(null);
			final String sha = v04 ? null : t.get("test_tensor").get("sha256").string(null);
			final List<Operation> steps = Operations.parse(t.get(input ? "preprocessing" : "postprocessing"), v04, root.packageName());
			final List<Axis> axes = v04 ? Axes04.parse(t, input) : Axes05.parse(t, input);
			out.add(new TensorDescription(t.get(v04 ? "name" : "id").string(), t.path(), axes, input ? steps : List.of(), input ? List.of() : steps, test, sha));
			i++;
		}
		return out;
	}
}
