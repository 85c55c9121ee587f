package io.github.smm.bioimageio;

import java.util.List;

/**
 * One pre- or postprocessing step of a tensor, as a model description lists it
 * ({@code zero_mean_unit_variance}, {@code sigmoid}, …). Steps change the tensor's values in
 * place; those that need statistics take them from the tensor itself (per sample) or, once
 * {@link #freeze frozen}, from a subsample of the whole image.
 */
public abstract class Operation
{
	private final String id, entry;

	Operation(final String id, final String entry)
	{
		this.id = id;
		this.entry = entry;
	}

	/** The operation's id in the description, e.g. {@code scale_range}. */
	public String id()
	{
		return id;
	}

	/** Where the description lists it, e.g. {@code inputs[0].preprocessing[1]}. */
	public String entry()
	{
		return entry;
	}

	/** True when the result depends on statistics of the data (mean, std, percentiles). */
	public abstract boolean usesStatistics();

	/**
	 * Applies the step to {@code t} (in place, returning it).
	 *
	 * @param statistics the tensor whose statistics the step uses ({@code t} itself per sample)
	 */
	abstract Tensor apply(Tensor t, Tensor statistics, Sample sample);

	/**
	 * This step with any statistics it needs taken once from {@code statistics}, so that it
	 * does the same to every tensor (whole-image normalisation). Steps without statistics
	 * return themselves.
	 */
	Operation frozen(final Tensor statistics, final Sample sample)
	{
		return this;
	}

	/** Applies every step in order, each with statistics of the tensor itself (per sample). */
	public static Tensor applyAll(final List<Operation> steps, final Tensor t, final Sample sample)
	{
		for (final Operation op : steps)
			op.apply(t, t, sample);
		return t;
	}

	/**
	 * The steps with their statistics fixed from {@code statistics} (left unchanged), which goes
	 * through the steps on a copy so that each step sees statistics of the data as it stands
	 * there.
	 */
	public static List<Operation> freeze(final List<Operation> steps, final Tensor statistics, final Sample sample)
	{
		final Tensor s = statistics.copy();
		final List<Operation> out = new java.util.ArrayList<>(steps.size());
		for (final Operation op : steps)
		{
			final Operation f = op.frozen(s, sample);
			f.apply(s, s, sample);
			out.add(f);
		}
		return out;
	}

	@Override
	public String toString()
	{
		return id;
	}
}
