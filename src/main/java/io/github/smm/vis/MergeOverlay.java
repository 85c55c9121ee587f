package io.github.smm.vis;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.LongUnaryOperator;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * Instances drawn as a non-destructive ImageJ {@link Overlay}: the image's pixels are never
 * changed. Configure, then {@link #build(int, int)} or {@link #showOn(ImagePlus)}:
 *
 * <pre>
 * MergeOverlay.of(merged).colorBy(ColorBy.SCORE).draw(DrawMode.FILL_AND_OUTLINE)
 * 		.labels(LabelField.ID).tiles(tileBoxes).legend(true).showOn(imp);
 * </pre>
 *
 * Elements, in drawing order: the instances ({@code instance-<id>} ROIs, or
 * {@code instances-raster-…} image blocks, see {@link Rendering}), the tile grid
 * ({@code tile-<index>} rectangles in the tile's {@link ColorBy#TILE} colour), the labels
 * ({@code label-<id>}), and the legend ({@code legend-…}; for {@link ColorBy#SCORE} and
 * {@link ColorBy#CLASS} only, since cluster and tile colours carry no meaning beyond being
 * distinct).
 */
public final class MergeOverlay
{
	private final InstanceLayer layer;
	private ColorBy colorBy = ColorBy.CLUSTER;
	private LongUnaryOperator clusterOf = LongUnaryOperator.identity();
	private ScoreLut scores = ScoreLut.unit();
	private List<Box> tiles = List.of();
	private boolean legend;

	private MergeOverlay(final List<Instance> instances)
	{
		layer = new InstanceLayer(InstanceLayer.canonical(instances), this::colorOf, i -> "instance-" + i.id());
	}

	/**
	 * A new overlay of {@code instances} (outlines coloured by cluster = instance id).
	 *
	 * @throws NullPointerException naming the index of a null instance
	 * @throws io.github.smm.model.InvalidInstanceException naming an id used twice
	 */
	public static MergeOverlay of(final List<Instance> instances)
	{
		final MergeOverlay m = new MergeOverlay(Objects.requireNonNull(instances, "instances"));
		Instances.requireUniqueIds(m.layer.instances);
		return m;
	}

	public MergeOverlay colorBy(final ColorBy colorBy)
	{
		this.colorBy = Objects.requireNonNull(colorBy, "colorBy");
		return this;
	}

	/**
	 * The cluster of each instance id, for {@link ColorBy#CLUSTER} on input instances (a
	 * negative value means none and draws {@link Palette#NONE}). Default: the id itself, right
	 * for merged instances.
	 */
	public MergeOverlay clusterOf(final LongUnaryOperator clusterOfId)
	{
		clusterOf = Objects.requireNonNull(clusterOfId, "clusterOfId");
		return this;
	}

	/** The score range of {@link ColorBy#SCORE}; default [0, 1]. */
	public MergeOverlay scoreRange(final double min, final double max)
	{
		scores = new ScoreLut(min, max);
		return this;
	}

	public MergeOverlay draw(final DrawMode mode)
	{
		layer.mode = Objects.requireNonNull(mode, "mode");
		return this;
	}

	/**
	 * Outline width in image pixels; default 1, which ImageJ draws one screen pixel wide at
	 * any zoom. Raster outlines are {@code round(width)} pixels thick, at least 1.
	 */
	public MergeOverlay lineWidth(final double width)
	{
		InstanceLayer.requirePositive("line width", width);
		layer.lineWidth = width;
		return this;
	}

	/** Opacity of outlines, in [0, 1]; default 1. */
	public MergeOverlay lineOpacity(final double opacity)
	{
		InstanceLayer.requireOpacity("line opacity", opacity);
		layer.lineOpacity = opacity;
		return this;
	}

	/** Opacity of fills, in [0, 1]; default 0.35. */
	public MergeOverlay fillOpacity(final double opacity)
	{
		InstanceLayer.requireOpacity("fill opacity", opacity);
		layer.fillOpacity = opacity;
		return this;
	}

	public MergeOverlay rendering(final Rendering rendering)
	{
		layer.rendering = Objects.requireNonNull(rendering, "rendering");
		return this;
	}

	/** Text drawn on each instance (none by default), e.g. {@code labels(ID, SCORE)}. */
	public MergeOverlay labels(final LabelField... fields)
	{
		layer.labels = fields.length == 0 ? EnumSet.noneOf(LabelField.class) : EnumSet.of(fields[0], fields);
		return this;
	}

	/** Label font size in image pixels; default 10. */
	public MergeOverlay labelSize(final double size)
	{
		InstanceLayer.requirePositive("label size", size);
		layer.labelSize = size;
		return this;
	}

	/** Tile extents to draw as a grid, tile {@code i} in the colour of tile index {@code i}. */
	public MergeOverlay tiles(final List<Box> tileBoxes)
	{
		for (int i = 0; i < tileBoxes.size(); i++)
			Objects.requireNonNull(tileBoxes.get(i), "tile box " + i);
		tiles = List.copyOf(tileBoxes);
		return this;
	}

	public MergeOverlay legend(final boolean show)
	{
		legend = show;
		return this;
	}

	/**
	 * Names shapes {@code <prefix>-<id>} and raster blocks {@code <prefix>s-raster-…}, so that
	 * two overlays can be combined without name clashes.
	 */
	MergeOverlay names(final String prefix)
	{
		layer.name = i -> prefix + "-" + i.id();
		layer.rasterName = prefix + "s-raster";
		return this;
	}

	/** The rendering that {@link #build(int, int)} will use. */
	public Rendering resolvedRendering()
	{
		return layer.resolvedRendering();
	}

	/**
	 * The overlay for an image of {@code width × height} (the raster and the legend need it).
	 */
	public Overlay build(final int width, final int height)
	{
		final Overlay overlay = new Overlay();
		layer.addShapes(overlay, width, height);
		addTiles(overlay, tiles);
		layer.addLabels(overlay);
		if (legend)
			addLegend(overlay, width, height);
		return overlay;
	}

	/** Sets the overlay on {@code imp} (replacing its overlay; pixels untouched) and returns it. */
	public ImagePlus showOn(final ImagePlus imp)
	{
		imp.setOverlay(build(imp.getWidth(), imp.getHeight()));
		return imp;
	}

	static void addTiles(final Overlay overlay, final List<Box> tiles)
	{
		for (int i = 0; i < tiles.size(); i++)
		{
			final Box b = tiles.get(i);
			final Roi r = new Roi(b.minX, b.minY, b.width(), b.height());
			r.setStrokeColor(Palette.distinct(i));
			r.setName("tile-" + i);
			overlay.add(r);
		}
	}

	private void addLegend(final Overlay overlay, final int width, final int height)
	{
		if (colorBy == ColorBy.SCORE)
			Legend.colourBar(overlay, scores, "score", width, height);
		else if (colorBy == ColorBy.CLASS)
		{
			final TreeSet<Integer> classes = new TreeSet<>();
			for (final Instance i : layer.instances)
				classes.add(i.classId());
			final List<Legend.Entry> entries = new ArrayList<>();
			for (final int c : classes)
				entries.add(new Legend.Entry(Palette.distinct(c), "class " + c));
			Legend.swatches(overlay, entries, width, height);
		}
	}

	private Color colorOf(final Instance i)
	{
		switch (colorBy)
		{
			case CLASS:
				return Palette.distinct(i.classId());
			case SCORE:
				return scores.color(i.score());
			case TILE:
				return i.tile() == Instance.NO_TILE ? Palette.NONE : Palette.distinct(i.tile());
			default:
				final long c = clusterOf.applyAsLong(i.id());
				return c < 0 ? Palette.NONE : Palette.distinct(c);
		}
	}
}
