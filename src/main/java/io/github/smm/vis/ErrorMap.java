package io.github.smm.vis;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ij.ImagePlus;
import ij.gui.Overlay;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * The result of an evaluation drawn on the image: every object in the colour of its
 * {@link ErrorKind}, with a legend listing each kind and its count. Ground-truth objects and
 * predictions can be mixed (their ids may collide: shapes are named
 * {@code <kind>-<id>}). Objects are drawn kind by kind in {@link ErrorKind} order, each kind
 * in canonical order, so errors lie above matches and the result never depends on the order
 * objects were added in.
 *
 * <pre>
 * ErrorMap.create().addAll(missedTruth, ErrorKind.MISSED).addAll(spurious, ErrorKind.SPURIOUS).showOn(imp);
 * </pre>
 */
public final class ErrorMap
{
	private final Map<Instance, ErrorKind> kinds = new IdentityHashMap<>();
	private DrawMode mode = DrawMode.FILL_AND_OUTLINE;
	private double lineWidth = 1, fillOpacity = 0.35;
	private Rendering rendering = Rendering.AUTO;
	private boolean legend = true;
	private boolean fillMatched;

	private ErrorMap()
	{}

	/** An empty error map (errors as filled outlines, matches as outlines, legend on). */
	public static ErrorMap create()
	{
		return new ErrorMap();
	}

	/**
	 * Adds one object.
	 *
	 * @throws IllegalArgumentException naming the object when it was added before
	 */
	public ErrorMap add(final Instance object, final ErrorKind kind)
	{
		Objects.requireNonNull(object, "object");
		Objects.requireNonNull(kind, "kind");
		final ErrorKind before = kinds.putIfAbsent(object, kind);
		if (before != null)
			throw new IllegalArgumentException(object + " was already added as " + before.label() + "; now given as " + kind.label());
		return this;
	}

	/** Adds each object with the same kind. */
	public ErrorMap addAll(final List<Instance> objects, final ErrorKind kind)
	{
		for (int i = 0; i < objects.size(); i++)
			add(Objects.requireNonNull(objects.get(i), kind.label() + " object " + i), kind);
		return this;
	}

	public ErrorMap draw(final DrawMode drawMode)
	{
		mode = Objects.requireNonNull(drawMode, "drawMode");
		return this;
	}

	/** Outline width in image pixels; default 1. */
	public ErrorMap lineWidth(final double width)
	{
		InstanceLayer.requirePositive("line width", width);
		lineWidth = width;
		return this;
	}

	/** Fill opacity in [0, 1]; default 0.35. */
	public ErrorMap fillOpacity(final double opacity)
	{
		InstanceLayer.requireOpacity("fill opacity", opacity);
		fillOpacity = opacity;
		return this;
	}

	/**
	 * Whether matched objects are filled like the errors; by default they are outlines only,
	 * so that errors stand out.
	 */
	public ErrorMap fillMatched(final boolean fill)
	{
		fillMatched = fill;
		return this;
	}

	public ErrorMap rendering(final Rendering r)
	{
		rendering = Objects.requireNonNull(r, "rendering");
		return this;
	}

	public ErrorMap legend(final boolean show)
	{
		legend = show;
		return this;
	}

	/** The number of objects of {@code kind}. */
	public int count(final ErrorKind kind)
	{
		int n = 0;
		for (final ErrorKind k : kinds.values())
			if (k == kind)
				n++;
		return n;
	}

	/** The overlay for an image of {@code width × height}. */
	public Overlay build(final int width, final int height)
	{
		final List<Instance> ordered = new ArrayList<>(kinds.keySet());
		ordered.sort(Comparator.comparing((Instance i) -> kinds.get(i)).thenComparing(Instances.CANONICAL));
		final InstanceLayer layer = new InstanceLayer(ordered, this::colorOf, i -> kinds.get(i).label() + "-" + i.id());
		layer.mode = mode;
		if (!fillMatched)
			layer.outlineOnly = i -> kinds.get(i) == ErrorKind.MATCHED;
		layer.lineWidth = lineWidth;
		layer.fillOpacity = fillOpacity;
		layer.rendering = rendering;
		layer.rasterName = "errors-raster";
		final Overlay overlay = new Overlay();
		layer.addShapes(overlay, width, height);
		if (legend)
		{
			final List<Legend.Entry> entries = new ArrayList<>();
			for (final ErrorKind k : EnumSet.allOf(ErrorKind.class))
				entries.add(new Legend.Entry(k.color(), k.label() + " (" + count(k) + ")"));
			Legend.swatches(overlay, entries, width, height);
		}
		return overlay;
	}

	/** Sets the overlay on {@code imp} (replacing its overlay; pixels untouched) and returns it. */
	public ImagePlus showOn(final ImagePlus imp)
	{
		imp.setOverlay(build(imp.getWidth(), imp.getHeight()));
		return imp;
	}

	private Color colorOf(final Instance i)
	{
		return kinds.get(i).color();
	}
}
