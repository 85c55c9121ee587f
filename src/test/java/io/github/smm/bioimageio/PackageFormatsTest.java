package io.github.smm.bioimageio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.testutil.TestPackages;

/** 0.5 and 0.4 descriptions of the same tiny model, as folder, yaml file and zip. */
class PackageFormatsTest
{
	@TempDir
	Path dir;

	@Test
	void format05IsReadAndItsTestTensorReproduced() throws Exception
	{
		final ModelPackage p = ModelPackage.open(TestPackages.format05(dir.resolve("m"), 2));
		final ModelDescription d = p.description();
		assertEquals("tiny blur", d.name());
		final TensorDescription in = d.inputs().get(0), out = d.outputs().get(0);
		assertEquals(List.of("batch", "channel", "y", "x"), in.axisIds());
		assertEquals(AxisKind.BATCH, in.axis("batch").kind());
		assertTrue(in.axis("batch").size().accepts(7), "a batch without size is free");
		assertEquals(List.of("gray"), in.axis("channel").channelNames());
		assertEquals(16, in.axis("y").size().min());
		assertEquals(1, in.axis("y").size().step());
		assertEquals(2, out.axis("x").halo());
		assertEquals("raw", out.axis("x").size().referenceTensor());
		assertEquals("x", out.axis("x").size().referenceAxis());
		assertEquals("scale_linear", in.preprocessing().get(0).id());
		assertEquals("inputs[0].preprocessing[0]", in.preprocessing().get(0).entry());
		assertEquals("sigmoid", out.postprocessing().get(0).id());
		assertEquals("blur.onnx", d.onnxSource());
		assertReproduced(p);
	}

	@Test
	void format04IsReadAndItsTestTensorReproduced() throws Exception
	{
		final ModelPackage p = ModelPackage.open(TestPackages.format04(dir.resolve("m")));
		final TensorDescription in = p.description().inputs().get(0), out = p.description().outputs().get(0);
		assertEquals("0.4.10", p.description().formatVersion());
		assertEquals(List.of("batch", "channel", "y", "x"), in.axisIds());
		assertEquals(AxisKind.SPACE, in.axis("x").kind());
		assertTrue(in.axis("batch").size().isFixed(), "0.4 min 1 step 0: a batch of exactly 1");
		assertEquals(1, in.axis("channel").size().min());
		assertEquals(17, in.axis("x").size().nearest(17));
		assertEquals(1, out.axis("y").halo());
		assertEquals("raw", out.axis("y").size().referenceTensor());
		assertEquals("y", out.axis("y").size().referenceAxis());
		assertReproduced(p);
	}

	@Test
	void descriptionFileAndZipOpenTheSamePackage() throws Exception
	{
		final Path folder = TestPackages.format05(dir.resolve("m"), 1);
		assertReproduced(ModelPackage.open(folder.resolve("bioimageio.yaml")));
		assertReproduced(ModelPackage.open(TestPackages.zip(folder, dir.resolve("m.zip"))));
	}

	private static void assertReproduced(final ModelPackage p)
	{
		try (ModelRunner r = new ModelRunner(p, 1))
		{
			final ModelTest.OutputCheck c = ModelTest.run(r).get(0);
			assertTrue(c.maxDeviation < 1e-6, c.toString());
		}
	}
}
