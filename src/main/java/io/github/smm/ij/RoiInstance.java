package io.github.smm.ij;

import java.util.List;

import io.github.smm.model.Instance;

/** An instance made from a ROI, with the ROI's stack position and any defaults used. */
public final class RoiInstance
{
	private final Instance instance;
	private final RoiPosition position;
	private final List<RoiWarning> warnings;
	private final String name;

	public RoiInstance(final Instance instance, final RoiPosition position, final List<RoiWarning> warnings)
	{
		this(instance, position, warnings, "");
	}

	/** @param name the ROI's name ("" when it has none) */
	public RoiInstance(final Instance instance, final RoiPosition position, final List<RoiWarning> warnings, final String name)
	{
		this.name = name == null ? "" : name;
		this.instance = instance;
		this.position = position;
		this.warnings = List.copyOf(warnings);
	}

	public Instance instance()
	{
		return instance;
	}

	/** The ROI's name, as the ROI Manager lists it ("" when it has none). */
	public String name()
	{
		return name;
	}

	/** This item with another instance (e.g. one given its source window). */
	public RoiInstance with(final Instance other)
	{
		return new RoiInstance(other, position, warnings, name);
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
