package io.github.smm.volume;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.smm.solve.ComponentReport;

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
		final boolean[] used = new boolean[merged.size()];
		for (int i = 0; i < clusterOfInput.length; i++)
		{
			if (clusterOfInput[i] < 0 || clusterOfInput[i] >= merged.size())
				throw new IllegalStateException("input " + inputs.get(i).id() + " is in no output cluster");
			used[clusterOfInput[i]] = true;
		}
		for (int c = 0; c < used.length; c++)
			if (!used[c])
				throw new IllegalStateException("output " + (c + 1) + " has no input");
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
		int n = 0;
		for (final ComponentReport r : components)
			if (r.provenOptimal())
				n++;
		return n;
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
