package io.github.smm.vis;

import java.util.Objects;

import io.github.smm.model.Instance;
import io.github.smm.volume.VolumeInstance;

/**
 * A 3D object and its section in one {@link Plane}: a 2D instance with the object's id, score
 * and class, and its block as tile.
 */
public final class VolumeSection
{
	private final VolumeInstance object;
	private final Instance section;

	VolumeSection(final VolumeInstance object, final Instance section)
	{
		this.object = Objects.requireNonNull(object, "object");
		this.section = Objects.requireNonNull(section, "section");
	}

	public VolumeInstance object()
	{
		return object;
	}

	public Instance section()
	{
		return section;
	}
}
