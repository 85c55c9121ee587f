package io.github.smm.vis;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Objects;
import java.util.function.LongUnaryOperator;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;

/**
 * The tile predictions and the merged result on one image, to see what merging did.
 * <p>
 * <b>Before</b> (tile predictions, shapes named {@code before-<id>}) is coloured by source
 * tile, or by cluster when an assignment is given, with the tile grid in the same tile
 * colours. <b>After</b> (merged, {@code after-<id>}) is drawn as opaque outlines
 * {@value #AFTER_WIDTH} px wide coloured by cluster, optionally labelled.
 * {@link Layout#SIDE_BY_SIDE} makes a new image twice as wide ({@link SideBySide}) with
 * before on the left as thin translucent outlines ({@value #BEFORE_WIDTH} px, opacity
 * {@value #BEFORE_OPACITY}) and after on the right, each half captioned with its count.
 * {@link Layout#SUPERIMPOSED} draws both on the image: before as translucent fills (opacity
 * {@value #BEFORE_FILL_OPACITY}; in vector rendering duplicates stack up and look darker),
 * after as outlines above them.
 * </p>
 */
public final class BeforeAfter
{
	/** Where the two sets are drawn. */
	public enum Layout
	{
		/** Both on the same image. */
		SUPERIMPOSED,
		/** Tile predictions on the left, merged result on the right. */
		SIDE_BY_SIDE
	}

	/** Outline width of tile predictions. */
	public static final double BEFORE_WIDTH = 1;

	/** Outline opacity of tile predictions. */
	public static final double BEFORE_OPACITY = 0.7;

	/** Fill opacity of tile predictions when superimposed. */
	public static final double BEFORE_FILL_OPACITY = 0.35;

	/** Outline width of merged instances. */
	public static final double AFTER_WIDTH = 2;

	private final List<Instance> before, after;
	private Layout layout = Layout.SIDE_BY_SIDE;
	private List<Box> tiles = List.of();
	private LongUnaryOperator clusterOf;
	private Rendering rendering = Rendering.AUTO;
	private LabelField[] labels = {};
	private String beforeCaption, afterCaption;

	private BeforeAfter(final List<Instance> before, final List<Instance> after)
	{
		this.before = Objects.requireNonNull(before, "tile predictions");
		this.after = Objects.requireNonNull(after, "merged");
	}

	/** Tile predictions and the merged instances (side by side by default). */
	public static BeforeAfter of(final List<Instance> tilePredictions, final List<Instance> merged)
	{
		return new BeforeAfter(tilePredictions, merged);
	}

	public BeforeAfter layout(final Layout l)
	{
		layout = Objects.requireNonNull(l, "layout");
		return this;
	}

	/** Tile extents, drawn as a grid with the tile predictions. */
	public BeforeAfter tiles(final List<Box> tileBoxes)
	{
		tiles = List.copyOf(tileBoxes);
		return this;
	}

	/**
	 * Colours each tile prediction by the merged instance (cluster) it went into, the same
	 * colour as that merged instance, instead of by tile.
	 *
	 * @param clusterOfInputId the id of the merged instance that a tile prediction's id went
	 *            into, or a negative number for none (drawn {@link Palette#NONE})
	 */
	public BeforeAfter clusterOf(final LongUnaryOperator clusterOfInputId)
	{
		clusterOf = Objects.requireNonNull(clusterOfInputId, "clusterOfInputId");
		return this;
	}

	public BeforeAfter rendering(final Rendering r)
	{
		rendering = Objects.requireNonNull(r, "rendering");
		return this;
	}

	/** Text on each merged instance. */
	public BeforeAfter labels(final LabelField... fields)
	{
		labels = fields.clone();
		return this;
	}

	/**
	 * The captions of the two halves side by side; default "tile predictions: n" and "merged: m"
	 * with the counts of this view's instances (a plane of a volume passes the 3D counts).
	 */
	public BeforeAfter captions(final String tilePredictions, final String merged)
	{
		beforeCaption = Objects.requireNonNull(tilePredictions, "tilePredictions");
		afterCaption = Objects.requireNonNull(merged, "merged");
		return this;
	}

	/** Both sets superimposed, for an image of {@code width × height}. */
	public Overlay superimposed(final int width, final int height)
	{
		final Overlay overlay = beforeOverlay().draw(DrawMode.FILL).fillOpacity(BEFORE_FILL_OPACITY).build(width, height);
		for (final Roi r : afterOverlay().build(width, height).toArray())
			overlay.add(r);
		return overlay;
	}

	/**
	 * Shows the result: {@link Layout#SUPERIMPOSED} sets the overlay on {@code image} itself
	 * (pixels untouched) and returns it; {@link Layout#SIDE_BY_SIDE} returns a new image.
	 */
	public ImagePlus render(final ImagePlus image)
	{
		final int w = image.getWidth(), h = image.getHeight();
		if (layout == Layout.SUPERIMPOSED)
		{
			image.setOverlay(superimposed(w, h));
			return image;
		}
		final ImagePlus both = SideBySide.of(image, image.getTitle() + " (before | after)");
		both.setOverlay(sideBySide(w, h));
		return both;
	}

	/**
	 * Both sets side by side, for the doubled image of an image of {@code width × height}: tile
	 * predictions on the left, merged on the right (shifted by {@code width}), each half captioned.
	 */
	public Overlay sideBySide(final int width, final int height)
	{
		final Overlay overlay = beforeHalf(width, height);
		overlay.add(caption(beforeCaption != null ? beforeCaption : "tile predictions: " + before.size(), width, height));
		final Overlay right = afterHalf(width, height);
		right.add(caption(afterCaption != null ? afterCaption : "merged: " + after.size(), width, height));
		right.translate(width, 0);
		for (final Roi r : right.toArray())
			overlay.add(r);
		return overlay;
	}

	/** The left half alone, without caption: the tile predictions (and the tile grid). */
	public Overlay beforeHalf(final int width, final int height)
	{
		return beforeOverlay().build(width, height);
	}

	/** The right half alone, without caption: the merged instances. */
	public Overlay afterHalf(final int width, final int height)
	{
		return afterOverlay().build(width, height);
	}

	private MergeOverlay beforeOverlay()
	{
		final MergeOverlay m = MergeOverlay.of(before).names("before").lineWidth(BEFORE_WIDTH).lineOpacity(BEFORE_OPACITY).rendering(rendering).tiles(tiles);
		return clusterOf == null ? m.colorBy(ColorBy.TILE) : m.colorBy(ColorBy.CLUSTER).clusterOf(clusterOf);
	}

	private MergeOverlay afterOverlay()
	{
		return MergeOverlay.of(after).names("after").colorBy(ColorBy.CLUSTER).lineWidth(AFTER_WIDTH).rendering(rendering).labels(labels);
	}

	/** White text on a dark panel at the top-left of a half. */
	private static Roi caption(final String text, final int width, final int height)
	{
		final int size = Math.max(12, Math.min(width, height) / 40);
		final TextRoi t = new TextRoi(size / 2.0, size / 2.0, text, new Font(Font.SANS_SERIF, Font.BOLD, size));
		t.setStrokeColor(Color.WHITE);
		t.setFillColor(new Color(0, 0, 0, 150));
		t.setAntiAlias(true);
		t.setName("caption");
		return t;
	}
}
