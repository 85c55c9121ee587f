package io.github.smm.vis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ij.gui.Overlay;
import io.github.smm.volume.VolumeInstance;

/**
 * The 3D evaluation error map: every 3D object in the colour of its {@link ErrorKind}, drawn
 * slice by slice (and in the orthogonal views) exactly as {@link ErrorMap} draws the 2D objects,
 * each plane's sections in their object's kind; the legend on the xy planes counts the 3D objects
 * of each kind, not their sections.
 *
 * <pre>
 * VolumeErrorMap.create().add(prediction, ErrorKind.SPLIT).add(truth, ErrorKind.MISSED).overlay().showOn(stack);
 * </pre>
 */
public final class VolumeErrorMap
{
	private final Map<VolumeInstance, ErrorKind> kinds = new IdentityHashMap<>();
	private final List<VolumeInstance> objects = new ArrayList<>();
	private DrawMode mode = DrawMode.FILL_AND_OUTLINE;

	private VolumeErrorMap()
	{}

	/** An empty map (errors as filled outlines, matches as outlines). */
	public static VolumeErrorMap create()
	{
		return new VolumeErrorMap();
	}

	/**
	 * Adds one object (a prediction or a ground-truth object: their ids may collide).
	 *
	 * @throws IllegalArgumentException naming the object when it was added before
	 */
	public VolumeErrorMap add(final VolumeInstance object, final ErrorKind kind)
	{
		Objects.requireNonNull(object, "object");
		Objects.requireNonNull(kind, "kind");
		final ErrorKind before = kinds.putIfAbsent(object, kind);
		if (before != null)
			throw new IllegalArgumentException(object + " was already added as " + before.label() + "; now given as " + kind.label());
		objects.add(object);
		return this;
	}

	public VolumeErrorMap draw(final DrawMode drawMode)
	{
		mode = Objects.requireNonNull(drawMode, "drawMode");
		return this;
	}

	/** The number of 3D objects of {@code kind}. */
	public int count(final ErrorKind kind)
	{
		int n = 0;
		for (final ErrorKind k : kinds.values())
			if (k == kind)
				n++;
		return n;
	}

	/** The overlay of the stack (slice by slice, orthogonal views). */
	public VolumeOverlay overlay()
	{
		final List<Legend.Entry> legend = new ArrayList<>();
		for (final ErrorKind k : EnumSet.allOf(ErrorKind.class))
			legend.add(new Legend.Entry(k.color(), k.label() + " (" + count(k) + ")"));
		final Map<VolumeInstance, ErrorKind> fixed = new IdentityHashMap<>(kinds);
		final DrawMode drawMode = mode;
		return VolumeOverlay.styled(objects, (sections, plane, width, height) -> plane(fixed, drawMode, legend, sections, plane, width, height));
	}

	private static Overlay plane(final Map<VolumeInstance, ErrorKind> kinds, final DrawMode mode, final List<Legend.Entry> legend, final List<VolumeSection> sections, final Plane plane,
			final int width, final int height)
	{
		final ErrorMap map = ErrorMap.create().draw(mode).legend(false);
		for (final VolumeSection s : sections)
			map.add(s.section(), kinds.get(s.object()));
		final Overlay overlay = map.build(width, height);
		if (plane.kind() == Plane.Kind.XY)
			Legend.swatches(overlay, legend, width, height);
		return overlay;
	}
}
