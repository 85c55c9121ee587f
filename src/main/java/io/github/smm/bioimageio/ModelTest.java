package io.github.smm.bioimageio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Runs a package's test inputs and compares the outputs with its test outputs. */
public final class ModelTest
{
	/** The comparison of one output tensor. */
	public static final class OutputCheck
	{
		public final String output;
		public final int[] shape;
		public final double maxDeviation;

		OutputCheck(final String output, final int[] shape, final double maxDeviation)
		{
			this.output = output;
			this.shape = shape;
			this.maxDeviation = maxDeviation;
		}

		@Override
		public String toString()
		{
			return String.format(Locale.ROOT, "%s %s: largest deviation %.3g", output, Arrays.toString(shape), maxDeviation);
		}
	}

	private ModelTest()
	{}

	/** Every output's largest absolute deviation from the package's test output. */
	public static List<OutputCheck> run(final ModelRunner runner)
	{
		final ModelPackage model = runner.model();
		final List<Tensor> expected = model.testOutputs();
		final List<Tensor> got = runner.run(model.testInputs());
		final List<OutputCheck> out = new ArrayList<>();
		for (int i = 0; i < expected.size(); i++)
		{
			final Tensor e = expected.get(i), g = got.get(i);
			final TensorDescription d = model.description().outputs().get(i);
			if (!Arrays.equals(e.shape(), g.shape()))
				throw new ModelPackageException(model.name(), d.entry() + ".test_tensor", "the model gives shape " + Arrays.toString(g.shape()) + ", the test output has "
						+ Arrays.toString(e.shape()), "give the test output the model produces");
			double max = 0;
			for (int k = 0; k < e.data().length; k++)
				max = Math.max(max, Math.abs((double) e.data()[k] - g.data()[k]));
			out.add(new OutputCheck(d.id(), g.shape(), max));
		}
		return out;
	}
}
