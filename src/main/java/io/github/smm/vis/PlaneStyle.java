package io.github.smm.vis;

import java.util.List;

import ij.gui.Overlay;

/**
 * How {@link VolumeOverlay} draws the sections of its 3D objects in one plane: the 2D overlay
 * styles ({@link MergeOverlay}, {@link ErrorMap}, {@link BeforeAfter}) applied to the 2D sections.
 */
@FunctionalInterface
public interface PlaneStyle
{
	/**
	 * The overlay of one plane of {@code width × height} pixels.
	 *
	 * @param sections the objects that the plane cuts, each with its section, in the order the
	 *            objects were given
	 */
	Overlay draw(List<VolumeSection> sections, Plane plane, int width, int height);
}
