package io.github.smm.volume.tiled;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.smm.volume.VolumeInstance;

/** A {@link VolumeSink} that keeps every merged object (and its members) in memory, in emission order. */
public final class VolumeList implements VolumeSink
{
	private final List<VolumeInstance> objects = new ArrayList<>();
	private final List<long[]> members = new ArrayList<>();

	@Override
	public void accept(final VolumeInstance object, final long[] m)
	{
		objects.add(object);
		members.add(m);
	}

	public List<VolumeInstance> objects()
	{
		return Collections.unmodifiableList(objects);
	}

	/** The member ids of object {@code i} (not copied: do not modify). */
	public long[] members(final int i)
	{
		return members.get(i);
	}
}
