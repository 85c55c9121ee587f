package io.github.smm.ij;

import java.util.List;

import io.github.smm.model.Instance;

/** An instance made from a ROI, with the ROI's stack position and any defaults used. */
public final class RoiInstance
{
	private final Instance instance;
	private final RoiPosition position;
	private final List<RoiWarning> warnings;

	public RoiInstance(final Instance instance, final RoiPosition position, final List<RoiWarning> warnings)
	{
		this.instance = instance;
		this.position = position;
		this.warnings = List.copyOf(warnings);
	}

	public Instance instance()
	{
		return instance;
	}

	public RoiPosition position()
	{
		return position;
	}

	/** Missing properties for which defaults were used; empty when none. */
	public List<RoiWarning> warnings()
	{
		return warnings;
	}
}
