package io.github.smm.bioimageio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each processing step against values computed by hand. */
class OperationsTest
{
	private static final double EPS = 1e-6;
	private static final List<String> CYX = List.of("channel", "y", "x");

	private static Tensor t(final int channels, final float... v)
	{
		return new Tensor(CYX, new int[] { channels, 1, v.length / channels }, v);
	}

	private static float[] run(final Operation op, final Tensor t)
	{
		return Operation.applyAll(List.of(op), t, Sample.perSample(Map.of("raw", t.copy()))).data();
	}

	private static void near(final float[] actual, final double... expected)
	{
		assertEquals(expected.length, actual.length);
		for (int i = 0; i < expected.length; i++)
			assertEquals(expected[i], actual[i], 1e-5, "value " + i);
	}

	@Test
	void zeroMeanUnitVarianceOverAllAxes()
	{
		// mean 2.5, population std sqrt(1.25) = 1.1180340
		near(run(StatisticsOperation.zeroMeanUnitVariance("e", null, EPS), t(1, 1, 2, 3, 4)), -1.341640, -0.447214, 0.447214, 1.341640);
	}

	@Test
	void zeroMeanUnitVariancePerChannel()
	{
		// channel 0: mean 1, std 1; channel 1: mean 20, std 10
		near(run(StatisticsOperation.zeroMeanUnitVariance("e", List.of("y", "x"), 0), t(2, 0, 2, 10, 30)), -1, 1, -1, 1);
	}

	@Test
	void fixedZeroMeanUnitVariancePerChannel()
	{
		final Operation op = StatisticsOperation.fixedZeroMeanUnitVariance("e", new AxisValues(new double[] { 1, 10 }, "channel", null, "p", "e"),
				new AxisValues(new double[] { 2, 5 }, "channel", null, "p", "e"), 0);
		near(run(op, t(2, 3, 5, 20, 0)), 1, 2, 2, -2);
	}

	@Test
	void scaleRangeByPercentiles()
	{
		near(run(StatisticsOperation.scaleRange("e", null, 0, 100, 0, null), t(1, 0, 5, 10)), 0, 0.5, 1);
		// 25th and 75th percentiles of 0..4 are 1 and 3
		near(run(StatisticsOperation.scaleRange("e", null, 25, 75, 0, null), t(1, 0, 1, 2, 3, 4)), -0.5, 0, 0.5, 1, 1.5);
		// NumPy's linear interpolation: the 50th percentile of 1, 2, 3, 4 is 2.5
		assertEquals(2.5, Statistics.percentileOf(new float[] { 4, 1, 3, 2 }, 50), 1e-12);
		assertEquals(1.3, Statistics.percentileOf(new float[] { 1, 2, 3, 4 }, 10), 1e-6);
	}

	@Test
	void scaleRangeOfAReferenceTensor()
	{
		final Tensor reference = t(1, 0, 10), x = t(1, 5, 20);
		final Operation op = StatisticsOperation.scaleRange("e", null, 0, 100, 0, "raw");
		near(Operation.applyAll(List.of(op), x, Sample.perSample(Map.of("raw", reference))).data(), 0.5, 2);
	}

	@Test
	void scaleMeanVarianceToAReference()
	{
		// x: mean 1, std 1; reference: mean 12, std 2
		final Operation op = StatisticsOperation.scaleMeanVariance("e", null, 0, "raw");
		near(Operation.applyAll(List.of(op), t(1, 0, 2), Sample.perSample(Map.of("raw", t(1, 10, 14)))).data(), 10, 14);
	}

	@Test
	void scaleLinearPerChannel()
	{
		final Operation op = PointwiseOperation.scaleLinear("e", AxisValues.scalar(2), new AxisValues(new double[] { 1, -1 }, "channel", null, "p", "e"));
		near(run(op, t(2, 0, 1, 0, 1)), 1, 3, -1, 1);
	}

	@Test
	void clipSigmoidBinarize()
	{
		near(run(PointwiseOperation.clip("e", 0, 1), t(1, -1, 0.5f, 2)), 0, 0.5, 1);
		near(run(PointwiseOperation.sigmoid("e"), t(1, 0, (float) Math.log(3))), 0.5, 0.75);
		near(run(PointwiseOperation.binarize("e", AxisValues.scalar(0.5)), t(1, 0.2f, 0.5f, 0.7f)), 0, 0, 1);
	}

	@Test
	void ensureDtype()
	{
		near(run(PointwiseOperation.ensureDtype("e", "uint8", "p"), t(1, -3.7f, 2.9f, 300)), 0, 2, 255);
		near(run(PointwiseOperation.ensureDtype("e", "int8", "p"), t(1, -3.7f, 2.9f, -300)), -3, 2, -128);
		near(run(PointwiseOperation.ensureDtype("e", "float32", "p"), t(1, -3.7f)), -3.7);
		near(run(PointwiseOperation.ensureDtype("e", "bool", "p"), t(1, 0, 0.1f)), 0, 1);
		assertThrows(ModelPackageException.class, () -> PointwiseOperation.ensureDtype("e", "complex64", "p"));
	}

	@Test
	void frozenStatisticsComeFromTheWholeImage()
	{
		// whole image 0, 2: mean 1, std 1 -> a tile 5, 7 becomes 4, 6 (its own statistics would give -1, 1)
		final List<Operation> steps = List.of(PointwiseOperation.scaleLinear("e", AxisValues.scalar(2), AxisValues.scalar(0)),
				StatisticsOperation.zeroMeanUnitVariance("e", null, 0));
		final Tensor whole = t(1, 0, 1);
		final List<Operation> frozen = Operation.freeze(steps, whole, Sample.perSample(Map.of("raw", whole)));
		assertArrayEquals(new float[] { 0, 1 }, whole.data(), "the statistics tensor is left as it is");
		near(Operation.applyAll(frozen, t(1, 2.5f, 3.5f), Sample.perSample(Map.of())).data(), 4, 6);
	}

	@Test
	void valuesThatFitNoAxisAreAnError()
	{
		final Operation op = PointwiseOperation.scaleLinear("inputs[0].preprocessing[0]", new AxisValues(new double[] { 1, 2, 3 }, null, null, "pkg", "inputs[0].preprocessing[0].kwargs.gain"),
				AxisValues.scalar(0));
		final ModelPackageException e = assertThrows(ModelPackageException.class, () -> run(op, t(2, 0, 1, 2, 3)));
		assertEquals("inputs[0].preprocessing[0].kwargs.gain", e.entry());
	}
}
