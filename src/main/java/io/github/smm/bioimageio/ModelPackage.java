package io.github.smm.bioimageio;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A bioimage.io model package opened for running: its description and files. Files are checked
 * against the sha256 the description gives when they are read.
 *
 * <pre>
 * ModelPackage p = ModelPackage.open(Paths.get("unet2d_nuclei_broad"));   // folder, yaml or zip
 * p.description().inputs().get(0).axes();
 * </pre>
 */
public final class ModelPackage
{
	private final PackageFiles files;
	private final ModelDescription description;

	private ModelPackage(final PackageFiles files, final ModelDescription description)
	{
		this.files = files;
		this.description = description;
	}

	/**
	 * @param path a package folder, its {@code bioimageio.yaml} / {@code rdf.yaml}, or the
	 *            zipped package
	 * @throws ModelPackageException naming the package, the entry and what would work
	 */
	public static ModelPackage open(final Path path)
	{
		final PackageFiles files = PackageFiles.of(path);
		final ModelDescription d = DescriptionReader.read(files);
		if (!files.exists(d.onnxSource()))
			files.read(d.onnxSource(), "weights.onnx.source"); // throws, naming the missing file
		return new ModelPackage(files, d);
	}

	public ModelDescription description()
	{
		return description;
	}

	/** The package as the user named it. */
	public String name()
	{
		return files.name();
	}

	/** The ONNX weights, checked against their sha256. */
	public byte[] onnxWeights()
	{
		return checked(description.onnxSource(), description.onnxSha256(), "weights.onnx.source");
	}

	/** The test input tensors, in the order of the inputs. */
	public List<Tensor> testInputs()
	{
		return testTensors(description.inputs());
	}

	/** The test output tensors, in the order of the outputs. */
	public List<Tensor> testOutputs()
	{
		return testTensors(description.outputs());
	}

	private List<Tensor> testTensors(final List<TensorDescription> tensors)
	{
		final List<Tensor> out = new ArrayList<>();
		for (final TensorDescription t : tensors)
		{
			final String entry = t.entry() + ".test_tensor";
			if (t.testTensor() == null)
				throw new ModelPackageException(name(), entry, "is missing", "the package must give a test tensor (.npy) for every input and output");
			final Npy.Array a;
			try
			{
				a = Npy.read(checked(t.testTensor(), t.testSha256(), entry), t.testTensor());
			}
			catch (final IllegalArgumentException e)
			{
				throw new ModelPackageException(name(), entry, e.getMessage(), "give a NumPy .npy array", e);
			}
			if (a.shape.length != t.axes().size())
				throw new ModelPackageException(name(), entry, t.testTensor() + " has shape " + Arrays.toString(a.shape) + " but the tensor has axes " + t.axisIds(),
						"give an array with one dimension per axis");
			out.add(new Tensor(t.axisIds(), a.shape, a.data));
		}
		return out;
	}

	/** The bytes of a package file, checked against {@code sha256} when given. */
	private byte[] checked(final String file, final String sha256, final String entry)
	{
		final byte[] bytes = files.read(file, entry);
		if (sha256 != null && !sha256.isEmpty())
		{
			final String actual = sha256(bytes);
			if (!actual.equalsIgnoreCase(sha256.trim()))
				throw new ModelPackageException(name(), entry, "sha256 of " + file + " is " + actual + ", the description says " + sha256,
						"the file is damaged or was replaced: download the package again");
		}
		return bytes;
	}

	static String sha256(final byte[] bytes)
	{
		try
		{
			final byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
			final StringBuilder sb = new StringBuilder();
			for (final byte b : d)
				sb.append(String.format(Locale.ROOT, "%02x", b));
			return sb.toString();
		}
		catch (final NoSuchAlgorithmException e)
		{
			throw new AssertionError(e);
		}
	}

	@Override
	public String toString()
	{
		return description.toString();
	}
}
