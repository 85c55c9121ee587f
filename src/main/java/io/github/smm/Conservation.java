package io.github.smm;

import java.util.List;
import java.util.function.ToLongFunction;

import io.github.smm.model.Instance;

/**
 * The invariant every merge keeps, checked on every run (one pass over the inputs): every input
 * instance ends in exactly one output cluster, and every output cluster holds at least one input.
 * A violation is a bug, never a property of the input.
 */
public final class Conservation
{
	/** A broken invariant: a bug. */
	public static final class Violation extends IllegalStateException
	{
		private static final long serialVersionUID = 1L;

		Violation(final String message)
		{
			super(message);
		}
	}

	private Conservation()
	{}

	/**
	 * @param clusterOf the cluster of every input, aligned with {@code inputs}
	 * @param clusters the number of output clusters
	 * @throws Violation naming the first input that is lost or the first empty cluster
	 */
	public static void require(final List<Instance> inputs, final int[] clusterOf, final int clusters)
	{
		require(inputs, Instance::id, clusterOf, clusters);
	}

	/** As {@link #require(List, int[], int)} for inputs of any kind (3D instances too), named by {@code id}. */
	public static <T> void require(final List<T> inputs, final ToLongFunction<T> id, final int[] clusterOf, final int clusters)
	{
		if (clusterOf.length != inputs.size())
			throw new Violation("merge lost track of its inputs: " + inputs.size() + " inputs but " + clusterOf.length + " assignments");
		final int[] count = new int[clusters];
		for (int i = 0; i < clusterOf.length; i++)
		{
			final int c = clusterOf[i];
			if (c < 0 || c >= clusters)
				throw new Violation("input " + i + " (id " + id.applyAsLong(inputs.get(i)) + ") is in no output cluster (cluster " + c + " of " + clusters + ")");
			count[c]++;
		}
		for (int c = 0; c < clusters; c++)
			if (count[c] == 0)
				throw new Violation("output cluster " + c + " holds no input");
	}
}
