package io.github.smm.bioimageio;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the processing operations of one model call see besides their own tensor: the raw
 * input tensors by id (for operations with a {@code reference_tensor}) and where statistics
 * come from — the tensor itself (per sample: one tile) or a subsample of the whole image, the
 * same for every tile.
 */
public final class Sample
{
	private final Map<String, Tensor> inputs;
	private final Map<String, Tensor> statistics;

	private Sample(final Map<String, Tensor> inputs, final Map<String, Tensor> statistics)
	{
		this.inputs = inputs;
		this.statistics = statistics;
	}

	/** Statistics of each tensor itself (what a package's per-sample processing says). */
	public static Sample perSample(final Map<String, Tensor> rawInputs)
	{
		return new Sample(new LinkedHashMap<>(rawInputs), Map.of());
	}

	/**
	 * Statistics from {@code whole} instead: for an input id it holds, a tensor with the same
	 * axes as the input (spatial axes subsampled over the whole image).
	 */
	public Sample withStatisticsFrom(final Map<String, Tensor> whole)
	{
		return new Sample(inputs, new LinkedHashMap<>(whole));
	}

	/** The raw input tensor {@code id}, or null. */
	Tensor input(final String id)
	{
		return inputs.get(id);
	}

	/**
	 * The tensor to compute statistics of for tensor {@code id} at the state {@code current}:
	 * the whole-image subsample when there is one, else {@code current}.
	 */
	Tensor statisticsOf(final String id, final Tensor current)
	{
		final Tensor s = statistics.get(id);
		return s != null ? s : current;
	}

	/** True when statistics come from the whole image. */
	boolean hasWholeImageStatistics()
	{
		return !statistics.isEmpty();
	}
}
