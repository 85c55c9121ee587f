package io.github.smm.testutil;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.github.smm.bioimageio.Npy;

/**
 * Small model packages written by tests: a 3 × 3 box-blur convolution ({@link TinyOnnx}) with
 * a 0.5 or 0.4 description, test tensors computed by hand, and ways to break them.
 */
public final class TestPackages
{
	/** The blur kernel: every weight 1/9, so the output is the 3 × 3 mean (zero padded). */
	public static final float[] BOX = { 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f, 1 / 9f };

	private TestPackages()
	{}

	/**
	 * A 0.5 package in {@code dir}: input {@code raw} (batch, channel, y, x ≥ 16 step 1),
	 * scale_linear gain 2, the blur, sigmoid; halo {@code halo}.
	 */
	public static Path format05(final Path dir, final int halo) throws IOException
	{
		Files.createDirectories(dir);
		final byte[] onnx = TinyOnnx.convolution(BOX, 0);
		Files.write(dir.resolve("blur.onnx"), onnx);
		final float[] in = ramp(16, 16);
		final String inSha = writeNpy(dir.resolve("in.npy"), new int[] { 1, 1, 16, 16 }, in);
		final String outSha = writeNpy(dir.resolve("out.npy"), new int[] { 1, 1, 16, 16 }, expected(in, 16, 16, 2));
		final String yaml = String.join("\n", "format_version: 0.5.3", "type: model", "name: tiny blur", "inputs:", "  - id: raw", "    axes:", "      - type: batch",
				"      - type: channel", "        channel_names: [gray]", "      - type: space", "        id: y", "        size: {min: 16, step: 1}", "      - type: space",
				"        id: x", "        size: {min: 16, step: 1}", "    test_tensor: {source: in.npy, sha256: " + inSha + "}", "    preprocessing:",
				"      - id: scale_linear", "        kwargs: {gain: 2.0, offset: 0.0}", "outputs:", "  - id: blurred", "    axes:", "      - type: batch", "      - type: channel",
				"        channel_names: [probability]", "      - type: space", "        id: y", "        halo: " + halo, "        size: {tensor_id: raw, axis_id: y}",
				"      - type: space", "        id: x", "        halo: " + halo, "        size: {tensor_id: raw, axis_id: x}",
				"    test_tensor: {source: out.npy, sha256: " + outSha + "}", "    postprocessing:", "      - id: sigmoid", "weights:", "  onnx:", "    source: blur.onnx",
				"    sha256: " + sha256(onnx), "    opset_version: 13", "");
		Files.writeString(dir.resolve("bioimageio.yaml"), yaml);
		return dir;
	}

	/**
	 * A 0.5 package of a two-channel model (channels {@code first, second}): scale_linear gain
	 * 2, then {@code first − second} (a 1 × 1 convolution), sigmoid; halo 1.
	 */
	public static Path twoChannels(final Path dir) throws IOException
	{
		format05(dir, 1);
		final byte[] onnx = TinyOnnx.convolution(new float[] { 1, -1 }, 0, 2);
		final String old = sha256(Files.readAllBytes(dir.resolve("blur.onnx")));
		Files.write(dir.resolve("blur.onnx"), onnx);
		edit(dir, "sha256: " + old, "sha256: " + sha256(onnx));
		edit(dir, "channel_names: [gray]", "channel_names: [first, second]");
		edit(dir, "name: tiny blur", "name: tiny difference");
		return dir;
	}

	/** The same model as a 0.4 description ({@code rdf.yaml}: axes {@code bcyx}, shape {min, step}). */
	public static Path format04(final Path dir) throws IOException
	{
		format05(dir, 1);
		Files.delete(dir.resolve("bioimageio.yaml"));
		final String yaml = String.join("\n", "format_version: 0.4.10", "type: model", "name: tiny blur 0.4", "inputs:", "  - name: raw", "    axes: bcyx",
				"    data_type: float32", "    shape: {min: [1, 1, 16, 16], step: [0, 0, 1, 1]}", "    preprocessing:", "      - name: scale_linear",
				"        kwargs: {axes: xy, gain: 2.0, offset: 0.0}", "outputs:", "  - name: blurred", "    axes: bcyx", "    data_type: float32",
				"    halo: [0, 0, 1, 1]", "    shape: {reference_tensor: raw, scale: [1, 1, 1, 1], offset: [0, 0, 0, 0]}", "    postprocessing:", "      - name: sigmoid",
				"test_inputs: [in.npy]", "test_outputs: [out.npy]", "weights:", "  onnx:", "    source: blur.onnx", "    opset_version: 13", "");
		Files.writeString(dir.resolve("rdf.yaml"), yaml);
		return dir;
	}

	/** The package folder zipped into {@code zip} (entries below a top folder, as some tools write them). */
	public static Path zip(final Path folder, final Path zip) throws IOException
	{
		try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip)); var files = Files.list(folder))
		{
			for (final Path f : (Iterable<Path>) files.sorted()::iterator)
			{
				z.putNextEntry(new ZipEntry("model/" + f.getFileName()));
				z.write(Files.readAllBytes(f));
				z.closeEntry();
			}
		}
		return zip;
	}

	/** Replaces {@code from} by {@code to} in the package's description. */
	public static void edit(final Path dir, final String from, final String to) throws IOException
	{
		final Path y = Files.exists(dir.resolve("bioimageio.yaml")) ? dir.resolve("bioimageio.yaml") : dir.resolve("rdf.yaml");
		final String s = Files.readString(y);
		if (!s.contains(from))
			throw new IllegalArgumentException(y + " does not contain " + from);
		Files.writeString(y, s.replace(from, to));
	}

	/** {@code x + y} at pixel (x, y), a ramp. */
	public static float[] ramp(final int w, final int h)
	{
		final float[] v = new float[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				v[y * w + x] = (x + y) / 30f;
		return v;
	}

	/** sigmoid(3 × 3 zero-padded mean of gain · v), computed directly. */
	public static float[] expected(final float[] v, final int w, final int h, final double gain)
	{
		final float[] out = new float[v.length];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
			{
				double s = 0;
				for (int dy = -1; dy <= 1; dy++)
					for (int dx = -1; dx <= 1; dx++)
						if (x + dx >= 0 && x + dx < w && y + dy >= 0 && y + dy < h)
							s += gain * v[(y + dy) * w + x + dx];
				out[y * w + x] = (float) (1 / (1 + Math.exp(-s / 9)));
			}
		return out;
	}

	private static String writeNpy(final Path file, final int[] shape, final float[] data) throws IOException
	{
		final ByteArrayOutputStream b = new ByteArrayOutputStream();
		Npy.write(b, shape, data);
		Files.write(file, b.toByteArray());
		return sha256(b.toByteArray());
	}

	public static String sha256(final byte[] bytes)
	{
		try
		{
			final StringBuilder sb = new StringBuilder();
			for (final byte x : MessageDigest.getInstance("SHA-256").digest(bytes))
				sb.append(String.format(Locale.ROOT, "%02x", x));
			return sb.toString();
		}
		catch (final java.security.NoSuchAlgorithmException e)
		{
			throw new AssertionError(e);
		}
	}

}
