package io.github.smm.bioimageio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.testutil.SharedModels;

/** Both shared packages reproduce their own test outputs through ONNX Runtime. */
class RealPackagesTest
{
	@Test
	void fixedPackageReproducesItsTestOutput()
	{
		testTensorsAreReproducedWithin1e4(SharedModels.FIXED);
	}

	@Test
	void dynamicPackageReproducesItsTestOutput()
	{
		testTensorsAreReproducedWithin1e4(SharedModels.DYNAMIC);
	}

	@Test
	void axesOfBothPackages()
	{
		axesHaloAndSizesAreRead(SharedModels.FIXED);
		axesHaloAndSizesAreRead(SharedModels.DYNAMIC);
	}

	private static void testTensorsAreReproducedWithin1e4(final String name)
	{
		final ModelPackage p = ModelPackage.open(SharedModels.require(name));
		assertEquals("0.5.4", p.description().formatVersion());
		try (ModelRunner runner = new ModelRunner(p, 2))
		{
			final List<ModelTest.OutputCheck> checks = ModelTest.run(runner);
			assertEquals(1, checks.size());
			assertEquals(List.of(1, 1, 512, 512), java.util.Arrays.stream(checks.get(0).shape).boxed().collect(java.util.stream.Collectors.toList()));
			assertTrue(checks.get(0).maxDeviation < 1e-4, checks.get(0).toString());
		}
	}

	private static void axesHaloAndSizesAreRead(final String name)
	{
		final ModelDescription d = ModelPackage.open(SharedModels.require(name)).description();
		final TensorDescription in = d.inputs().get(0), out = d.outputs().get(0);
		assertEquals(List.of("batch", "channel", "y", "x"), in.axisIds());
		assertEquals(List.of("batch", "channel", "y", "x"), out.axisIds());
		assertEquals(32, out.axis("x").halo());
		assertTrue(out.axis("y").size().isReference());
		final AxisSize x = in.axis("x").size();
		if (name.equals(SharedModels.FIXED))
			assertEquals(512, x.nearest(300));
		else
		{
			assertEquals(304, x.nearest(300));
			assertEquals(64, x.nearest(10));
			assertEquals(304, x.atLeast(290));
		}
		assertEquals(List.of("ensure_dtype", "zero_mean_unit_variance", "ensure_dtype"), in.preprocessing().stream().map(Operation::id).collect(java.util.stream.Collectors.toList()));
		assertEquals(List.of("sigmoid", "ensure_dtype"), out.postprocessing().stream().map(Operation::id).collect(java.util.stream.Collectors.toList()));
	}
}
