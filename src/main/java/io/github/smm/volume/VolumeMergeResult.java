package io.github.smm.volume;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.smm.Conservation;
import io.github.smm.solve.ComponentReport;
import io.github.smm.solve.SolveSummary;

/**
 * What {@link VolumeMerge#merge} returns: the merged 3D objects (output {@code c} has id
 * {@code c + 1}), the cluster of every input, the report of every solved component and the time
 * spent per stage. Every input is in exactly one output cluster (checked).
 */
public final class VolumeMergeResult
{
	private final List<VolumeInstance> inputs, merged;
	private final int[] clusterOfInput;
	private final List<ComponentReport> components;
	private final Map<String, Double> stageSeconds;

	VolumeMergeResult(final List<VolumeInstance> inputs, final List<VolumeInstance> merged, final int[] clusterOfInput, final List<ComponentReport> components,
			final Map<String, Double> stageSeconds)
	{
		this.inputs = List.copyOf(inputs);
		this.merged = List.copyOf(merged);
		this.clusterOfInput = clusterOfInput;
		this.components = List.copyOf(components);
		this.stageSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
		Conservation.require(this.inputs, VolumeInstance::id, clusterOfInput, this.merged.size());
	}

	public List<VolumeInstance> inputs()
	{
		return inputs;
	}

	public List<VolumeInstance> merged()
	{
		return merged;
	}

	/** The output cluster of every input, in input order (not copied: do not modify). */
	public int[] clusterOfInput()
	{
		return clusterOfInput;
	}

	public List<ComponentReport> components()
	{
		return components;
	}

	/** Number of components proven optimal by the exact solver. */
	public int provenOptimalComponents()
	{
		return SolveSummary.of(components).provenOptimal();
	}

	public Map<String, Double> stageSeconds()
	{
		return stageSeconds;
	}

	/** Seconds from candidates to overlap resolution. */
	public double mergeSeconds()
	{
		double s = 0;
		for (final double v : stageSeconds.values())
			s += v;
		return s;
	}
}
