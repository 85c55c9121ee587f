package io.github.smm.vis;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * One set of instances drawn in one style: the shared engine of {@link MergeOverlay},
 * {@link BeforeAfter} and {@link ErrorMap}. Instances are drawn in the order given; callers
 * pass an order that depends only on the instances (e.g. {@link Instances#CANONICAL}), so the
 * overlay never depends on the order the user supplied them in.
 */
final class InstanceLayer
{
	final List<Instance> instances;
	final Function<Instance, Color> color;
	Function<Instance, String> name;
	DrawMode mode = DrawMode.OUTLINE;
	/** Instances drawn as outlines whatever the {@link #mode}. */
	Predicate<Instance> outlineOnly = i -> false;
	double lineWidth = 1;
	double lineOpacity = 1;
	double fillOpacity = 0.35;
	Rendering rendering = Rendering.AUTO;
	Set<LabelField> labels = EnumSet.noneOf(LabelField.class);
	double labelSize = 10;
	String rasterName = "instances-raster";

	/**
	 * @param ordered the instances in drawing order
	 * @param name the ROI name of an instance's shape
	 */
	InstanceLayer(final List<Instance> ordered, final Function<Instance, Color> color, final Function<Instance, String> name)
	{
		this.instances = ordered;
		this.color = color;
		this.name = name;
	}

	/** {@code instances} in canonical order, after checking that none is null. */
	static List<Instance> canonical(final List<Instance> instances)
	{
		for (int i = 0; i < instances.size(); i++)
			Objects.requireNonNull(instances.get(i), "instance " + i);
		return Instances.canonical(instances);
	}

	static void requireOpacity(final String what, final double opacity)
	{
		if (!(opacity >= 0 && opacity <= 1))
			throw new IllegalArgumentException(what + " " + opacity + " is not in [0, 1]");
	}

	static void requirePositive(final String what, final double value)
	{
		if (!(value > 0 && value < Double.POSITIVE_INFINITY))
			throw new IllegalArgumentException(what + " " + value + " must be a positive number");
	}

	/** The rendering actually used. */
	Rendering resolvedRendering()
	{
		return rendering.resolve(instances.size());
	}

	/** Adds the instances' shapes for a {@code width × height} image. */
	void addShapes(final Overlay overlay, final int width, final int height)
	{
		if (resolvedRendering() == Rendering.RASTER)
			addRaster(overlay, width, height);
		else
			for (final Instance i : instances)
				addVector(overlay, i, color.apply(i));
	}

	/** Adds one text label per instance, when any field is chosen. */
	void addLabels(final Overlay overlay)
	{
		if (!labels.isEmpty())
			for (final Instance i : instances)
				overlay.add(label(i, color.apply(i)));
	}

	private DrawMode modeOf(final Instance instance)
	{
		return outlineOnly.test(instance) ? DrawMode.OUTLINE : mode;
	}

	private void addVector(final Overlay overlay, final Instance instance, final Color c)
	{
		final Roi roi = Outlines.roi(instance.mask());
		roi.setName(name.apply(instance));
		final DrawMode m = modeOf(instance);
		if (m.fills())
		{
			final Roi fill = m.outlines() ? (Roi) roi.clone() : roi;
			fill.setFillColor(Palette.withOpacity(c, fillOpacity));
			if (m.outlines())
				fill.setName(name.apply(instance) + "-fill");
			overlay.add(fill);
		}
		if (m.outlines())
		{
			roi.setStrokeColor(Palette.withOpacity(c, lineOpacity));
			roi.setStrokeWidth(lineWidth);
			overlay.add(roi);
		}
	}

	private void addRaster(final Overlay overlay, final int width, final int height)
	{
		final RasterLayer raster = new RasterLayer(width, height);
		final int thickness = (int) Math.max(1, Math.round(lineWidth));
		for (final Instance i : instances)
		{
			final int rgb = color.apply(i).getRGB() & 0xffffff;
			final DrawMode m = modeOf(i);
			final MaskRows rows = MaskRows.of(i.mask());
			if (m.fills())
				raster.fill(rows, rgb);
			if (m.outlines())
				raster.outline(rows, rgb, thickness);
		}
		raster.addTo(overlay, rasterName, fillOpacity, lineOpacity);
	}

	/** Behind label text, so that it reads on its own fill and on any image. */
	private static final Color LABEL_BACKGROUND = new Color(0, 0, 0, 120);

	/** The label of {@code instance}, centred on its box, in its colour on a dark box. */
	private TextRoi label(final Instance instance, final Color c)
	{
		final TextRoi t = new TextRoi(0, 0, text(instance), new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(labelSize)));
		final Rectangle r = t.getBounds();
		final Box b = instance.box();
		t.setLocation((b.minX + b.maxX) / 2.0 - r.width / 2.0, (b.minY + b.maxY) / 2.0 - r.height / 2.0);
		t.setStrokeColor(c);
		t.setFillColor(LABEL_BACKGROUND);
		t.setAntiAlias(true);
		t.setName("label-" + instance.id());
		return t;
	}

	String text(final Instance instance)
	{
		final StringBuilder s = new StringBuilder();
		if (labels.contains(LabelField.ID))
			s.append(instance.id());
		if (labels.contains(LabelField.SCORE))
			s.append(s.length() > 0 ? " " : "").append(String.format(Locale.ROOT, "%.2f", instance.score()));
		if (labels.contains(LabelField.CLASS))
			s.append(s.length() > 0 ? " " : "").append('c').append(instance.classId());
		return s.toString();
	}
}
