package io.github.smm.ij;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ij.gui.Roi;
import io.github.smm.io.FormatException;
import io.github.smm.model.Instance;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VolumeMaskBuilder;

/**
 * 3D objects as ImageJ ROI sets: one ROI per object and slice, every ROI of an object under the
 * same name {@code object-<id>}, positioned on its slice (z + 1), with the properties
 * {@value Rois#SCORE}, {@value Rois#CLASS} and {@value Rois#ID} of {@link Rois}. Read back, ROIs
 * sharing a name are one object; every ROI must sit on one slice.
 */
public final class VolumeRois
{
	/** The name of an object's ROIs: this prefix and the object id. */
	public static final String PREFIX = "object-";

	private VolumeRois()
	{}

	/** The ROIs of the objects: object by object, slice by slice. */
	public static List<Roi> fromObjects(final List<VolumeInstance> objects)
	{
		final List<Roi> out = new ArrayList<>();
		for (final VolumeInstance o : objects)
			for (long z = o.box().minZ; z < o.box().maxZ; z++)
			{
				final io.github.smm.model.RleMask slice = o.mask().slice(z);
				if (slice.isEmpty())
					continue;
				if (z + 1 > Integer.MAX_VALUE)
					throw new IllegalArgumentException("object " + o.id() + ": slice " + (z + 1) + " does not fit ImageJ's int positions");
				final Roi roi = Rois.fromInstance(new Instance(o.id(), slice, o.score(), o.classId(), null, Instance.NO_TILE));
				roi.setName(PREFIX + o.id());
				roi.setPosition((int) (z + 1));
				out.add(roi);
			}
		return out;
	}

	/**
	 * The objects of a per-slice ROI set, in order of first appearance: ids from the names
	 * {@code object-<id>} when every object is named so, else {@code firstId} onwards.
	 *
	 * @throws FormatException naming the ROI that has no name, no slice, no area, a bad property,
	 *             or a score, class or id different from the other ROIs of its name
	 */
	public static List<VolumeInstance> toObjects(final List<Roi> rois, final long firstId)
	{
		final Map<String, List<RoiInstance>> byName = new LinkedHashMap<>();
		for (int i = 0; i < rois.size(); i++)
		{
			final Roi roi = rois.get(i);
			final String what = "ROI " + i + " " + Rois.describe(roi);
			if (roi.getName() == null || roi.getName().trim().isEmpty())
				throw new FormatException(what + ": a 3D ROI set names every ROI (its object's name, shared by its slices)");
			final RoiInstance r = Rois.toInstance(roi, firstId + i, what);
			final int slice = r.position().slice() > 0 ? r.position().slice() : r.position().stackIndex();
			if (slice <= 0 || r.position().channel() > 1 || r.position().frame() > 1)
				throw new FormatException(what + ": a 3D ROI set puts every ROI on one slice (position " + r.position() + ")");
			byName.computeIfAbsent(roi.getName(), k -> new ArrayList<>()).add(r);
		}
		final boolean named = byName.keySet().stream().allMatch(n -> idOf(n) >= 0);
		final List<VolumeInstance> out = new ArrayList<>(byName.size());
		long next = firstId;
		for (final Map.Entry<String, List<RoiInstance>> e : byName.entrySet())
			out.add(object(e.getKey(), e.getValue(), named ? idOf(e.getKey()) : next++));
		return out;
	}

	private static VolumeInstance object(final String name, final List<RoiInstance> slices, final long id)
	{
		final Instance first = slices.get(0).instance();
		final VolumeMaskBuilder mask = new VolumeMaskBuilder();
		for (final RoiInstance r : slices)
		{
			final Instance s = r.instance();
			if (s.score() != first.score() || s.classId() != first.classId())
				throw new FormatException("ROIs '" + name + "': score " + s.score() + " and class " + s.classId() + " on one slice, " + first.score() + " and " + first.classId()
						+ " on another; the slices of one object share them");
			final long z = (r.position().slice() > 0 ? r.position().slice() : r.position().stackIndex()) - 1;
			s.mask().forEachRun((y, a, b) -> mask.addRun(z, y, a, b));
		}
		final VolumeMask m = mask.build();
		return new VolumeInstance(id, m, first.score(), first.classId(), null, VolumeInstance.NO_BLOCK);
	}

	/** The id in a name {@code object-<id>}, or -1. */
	private static long idOf(final String name)
	{
		if (!name.matches(PREFIX + "\\d{1,18}"))
			return -1;
		return Long.parseLong(name.substring(PREFIX.length()));
	}
}
