package io.github.smm.bioimageio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.testutil.TestPackages;

/** Every broken package gets an error naming the package, the entry and what would work. */
class BadPackagesTest
{
	@TempDir
	Path dir;

	private Path good() throws Exception
	{
		return TestPackages.format05(dir.resolve("m"), 1);
	}

	@Test
	void onlyTorchscriptWeights() throws Exception
	{
		final Path p = good();
		TestPackages.edit(p, "  onnx:\n    source: blur.onnx", "  torchscript:\n    source: weights.pt");
		final ModelPackageException e = assertThrows(ModelPackageException.class, () -> ModelPackage.open(p));
		assertEquals("weights.onnx", e.entry());
		assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("no ONNX weights (only torchscript)"), e.getMessage());
		assertTrue(e.getMessage().contains("convert the weights to ONNX"), e.getMessage());
	}

	@Test
	void unknownOperation() throws Exception
	{
		final Path p = good();
		TestPackages.edit(p, "- id: sigmoid", "- id: softmax");
		final ModelPackageException e = assertThrows(ModelPackageException.class, () -> ModelPackage.open(p));
		assertEquals("outputs[0].postprocessing[0]", e.entry());
		assertTrue(e.getMessage().contains("unknown operation 'softmax'") && e.getMessage().contains("operations that work: ensure_dtype"), e.getMessage());
	}

	@Test
	void missingWeightsFile() throws Exception
	{
		final Path p = good();
		Files.delete(p.resolve("blur.onnx"));
		final ModelPackageException e = assertThrows(ModelPackageException.class, () -> ModelPackage.open(p));
		assertEquals("weights.onnx.source", e.entry());
		assertTrue(e.getMessage().contains("file blur.onnx is missing") && e.getMessage().contains("complete package"), e.getMessage());
	}

	@Test
	void missingTestTensor() throws Exception
	{
		final Path p = good();
		Files.delete(p.resolve("out.npy"));
		final ModelPackage m = ModelPackage.open(p);
		final ModelPackageException e = assertThrows(ModelPackageException.class, m::testOutputs);
		assertEquals("outputs[0].test_tensor", e.entry());
	}

	@Test
	void sha256Mismatch() throws Exception
	{
		final Path p = good();
		final byte[] w = Files.readAllBytes(p.resolve("blur.onnx"));
		w[w.length - 1] ^= 1;
		Files.write(p.resolve("blur.onnx"), w);
		final ModelPackage m = ModelPackage.open(p);
		final ModelPackageException e = assertThrows(ModelPackageException.class, m::onnxWeights);
		assertEquals("weights.onnx.source", e.entry());
		assertTrue(e.getMessage().contains("sha256 of blur.onnx is") && e.getMessage().contains("download the package again"), e.getMessage());
	}

	@Test
	void unsupportedFormatVersionAndBadAxis() throws Exception
	{
		final Path p = good();
		TestPackages.edit(p, "format_version: 0.5.3", "format_version: 0.3.2");
		assertEquals("format_version", assertThrows(ModelPackageException.class, () -> ModelPackage.open(p)).entry());
		TestPackages.edit(p, "format_version: 0.3.2", "format_version: 0.5.3");
		TestPackages.edit(p, "size: {min: 16, step: 1}", "size: {min: 0, step: 1}");
		assertEquals("inputs[0].axes[2].size", assertThrows(ModelPackageException.class, () -> ModelPackage.open(p)).entry());
	}

	@Test
	void notAPackage() throws Exception
	{
		final Path empty = Files.createDirectories(dir.resolve("empty"));
		assertTrue(assertThrows(ModelPackageException.class, () -> ModelPackage.open(empty)).getMessage().contains("no bioimageio.yaml or rdf.yaml"));
		assertTrue(assertThrows(ModelPackageException.class, () -> ModelPackage.open(dir.resolve("nothing"))).getMessage().contains("no such file or folder"));
		final Path bad = Files.writeString(dir.resolve("bad.yaml"), "format_version: [unclosed");
		assertTrue(assertThrows(ModelPackageException.class, () -> ModelPackage.open(bad)).getMessage().contains("is not valid yaml"));
	}
}
