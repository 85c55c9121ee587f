package io.github.smm.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.smm.model.Instance;
import io.github.smm.solve.ComponentReport;

/** The parts of one merge result the bench reports. */
public final class MergeOutcome
{
	private final List<Instance> merged;
	private final double objective;
	private final int components, provenOptimalComponents;
	private final double mergeSeconds;
	private Map<String, Double> stageSeconds = Collections.emptyMap();
	private List<ComponentReport> reports = Collections.emptyList();

	/**
	 * @param mergeSeconds time from candidate search to fusion, as measured by the engine
	 */
	public MergeOutcome(final List<Instance> merged, final double objective, final int components, final int provenOptimalComponents, final double mergeSeconds)
	{
		this.merged = Collections.unmodifiableList(merged);
		this.objective = objective;
		this.components = components;
		this.provenOptimalComponents = provenOptimalComponents;
		this.mergeSeconds = mergeSeconds;
	}

	/** This outcome with the engine's seconds per stage (e.g. candidates, weights, solve, fuse). */
	public MergeOutcome withStageSeconds(final Map<String, Double> seconds)
	{
		stageSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
		return this;
	}

	/** This outcome with the solver's report of every component. */
	public MergeOutcome withComponentReports(final List<ComponentReport> components)
	{
		reports = Collections.unmodifiableList(components);
		return this;
	}

	/** The solver's report of every component; empty when the engine does not say (baselines, stand-ins). */
	public List<ComponentReport> componentReports()
	{
		return reports;
	}

	/** Seconds per merge stage, in stage order; empty when the engine does not say. */
	public Map<String, Double> stageSeconds()
	{
		return stageSeconds;
	}

	public List<Instance> merged()
	{
		return merged;
	}

	public double objective()
	{
		return objective;
	}

	public int components()
	{
		return components;
	}

	public int provenOptimalComponents()
	{
		return provenOptimalComponents;
	}

	public double mergeSeconds()
	{
		return mergeSeconds;
	}
}
