package io.github.smm.ij;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.github.smm.model.Instance;

/** The instances made from a list of ROIs, in ROI order, with positions and warnings. */
public final class RoiImport
{
	private final List<RoiInstance> items;

	public RoiImport(final List<RoiInstance> items)
	{
		this.items = List.copyOf(items);
	}

	public List<RoiInstance> items()
	{
		return items;
	}

	public List<Instance> instances()
	{
		return items.stream().map(RoiInstance::instance).collect(Collectors.toList());
	}

	/** Every warning, in ROI order. */
	public List<RoiWarning> warnings()
	{
		final List<RoiWarning> out = new ArrayList<>();
		for (final RoiInstance i : items)
			out.addAll(i.warnings());
		return out;
	}

	/**
	 * The items whose ROI applies to one plane (see
	 * {@link RoiPosition#appliesTo(int, int, int, int)}).
	 */
	public RoiImport onPlane(final int channel, final int slice, final int frame, final int stackIndex)
	{
		return new RoiImport(items.stream().filter(i -> i.position().appliesTo(channel, slice, frame, stackIndex)).collect(Collectors.toList()));
	}
}
