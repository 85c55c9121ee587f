package io.github.smm.vis;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongUnaryOperator;

import ij.ImagePlus;
import ij.gui.Overlay;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VolumeInstance;

/**
 * The block predictions and the merged 3D objects on a stack of z slices, slice by slice and in
 * the orthogonal views, each plane drawn exactly as {@link BeforeAfter} draws a 2D image: the
 * block predictions coloured by the merged object they went into (with the block grid cut by the
 * plane), the merged objects as thick outlines. {@link BeforeAfter.Layout#SIDE_BY_SIDE} doubles
 * the stack's width (captions with the 3D counts), and puts the orthogonal views of the block
 * predictions left of those of the merged objects; {@link BeforeAfter.Layout#SUPERIMPOSED} draws
 * both on the stack and in one set of orthogonal views.
 */
public final class VolumeBeforeAfter
{
	private static final int GAP = 8, HEADER = 16;

	private final List<VolumeInstance> before, after;
	private final Set<VolumeInstance> isBefore = Collections.newSetFromMap(new IdentityHashMap<>());
	private BeforeAfter.Layout layout = BeforeAfter.Layout.SIDE_BY_SIDE;
	private LongUnaryOperator clusterOf;
	private List<Box3> blocks = List.of();
	private LabelField[] labels = {};

	private VolumeBeforeAfter(final List<VolumeInstance> before, final List<VolumeInstance> after)
	{
		this.before = List.copyOf(before);
		this.after = List.copyOf(after);
		isBefore.addAll(this.before);
	}

	/** Block predictions and merged objects (side by side by default). */
	public static VolumeBeforeAfter of(final List<VolumeInstance> blockPredictions, final List<VolumeInstance> merged)
	{
		return new VolumeBeforeAfter(Objects.requireNonNull(blockPredictions, "block predictions"), Objects.requireNonNull(merged, "merged"));
	}

	public VolumeBeforeAfter layout(final BeforeAfter.Layout l)
	{
		layout = Objects.requireNonNull(l, "layout");
		return this;
	}

	/** The merged object each block prediction's id went into, negative for none; see {@link BeforeAfter#clusterOf}. */
	public VolumeBeforeAfter clusterOf(final LongUnaryOperator clusterOfInputId)
	{
		clusterOf = Objects.requireNonNull(clusterOfInputId, "clusterOfInputId");
		return this;
	}

	/** The blocks, drawn as a grid where a plane cuts them. */
	public VolumeBeforeAfter blocks(final List<Box3> blockBoxes)
	{
		blocks = List.copyOf(blockBoxes);
		return this;
	}

	/** The distinct windows of the block predictions, in order of first appearance. */
	public static List<Box3> windows(final List<VolumeInstance> blockPredictions)
	{
		final Set<Box3> out = new LinkedHashSet<>();
		for (final VolumeInstance b : blockPredictions)
			if (b.window() != null)
				out.add(b.window());
		return new ArrayList<>(out);
	}

	public VolumeBeforeAfter labels(final LabelField... fields)
	{
		labels = fields.clone();
		return this;
	}

	/**
	 * Superimposed: sets the overlay on {@code stack} and returns it; side by side: a new stack
	 * twice as wide with the overlay ({@code stack} unchanged).
	 *
	 * @throws IllegalArgumentException when an object lies outside the stack
	 */
	public ImagePlus render(final ImagePlus stack)
	{
		final List<VolumeInstance> all = new ArrayList<>(before);
		all.addAll(after);
		final VolumeOverlay overlay = VolumeOverlay.styled(all, this::bothPlanes);
		if (layout == BeforeAfter.Layout.SUPERIMPOSED)
			return overlay.showOn(stack);
		overlay.requireInside(stack);
		final ImagePlus both = SideBySide.of(stack, stack.getTitle() + " (before | after)");
		both.setOverlay(overlay.build(stack.getWidth(), stack.getHeight(), stack.getStackSize()));
		return both;
	}

	/**
	 * The orthogonal views through voxel (x, y, z) of {@code stack}: one picture superimposed; side
	 * by side the block predictions' views left of the merged objects' views, each with its count.
	 */
	public BufferedImage orthogonalViews(final ImagePlus stack, final int x, final int y, final int z, final int zStretch)
	{
		if (layout == BeforeAfter.Layout.SUPERIMPOSED)
		{
			final List<VolumeInstance> all = new ArrayList<>(before);
			all.addAll(after);
			return VolumeOverlay.styled(all, this::bothPlanes).orthogonalViews(stack, x, y, z, zStretch);
		}
		final BufferedImage left = VolumeOverlay.styled(before, (s, p, w, h) -> pair(s, p).beforeHalf(w, h)).orthogonalViews(stack, x, y, z, zStretch);
		final BufferedImage right = VolumeOverlay.styled(after, (s, p, w, h) -> pair(s, p).afterHalf(w, h)).orthogonalViews(stack, x, y, z, zStretch);
		final BufferedImage out = new BufferedImage(left.getWidth() + GAP + right.getWidth(), HEADER + Math.max(left.getHeight(), right.getHeight()), BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = out.createGraphics();
		g.setColor(Color.DARK_GRAY);
		g.fillRect(0, 0, out.getWidth(), out.getHeight());
		g.drawImage(left, 0, HEADER, null);
		g.drawImage(right, left.getWidth() + GAP, HEADER, null);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
		g.drawString(beforeCaption(), 2, HEADER - 4);
		g.drawString(afterCaption(), left.getWidth() + GAP + 2, HEADER - 4);
		g.dispose();
		return out;
	}

	/** One plane of the both-sets view: superimposed or side by side as {@link BeforeAfter} draws them. */
	private Overlay bothPlanes(final List<VolumeSection> sections, final Plane plane, final int width, final int height)
	{
		final BeforeAfter view = pair(sections, plane).captions(beforeCaption(), afterCaption());
		return layout == BeforeAfter.Layout.SUPERIMPOSED ? view.superimposed(width, height) : view.sideBySide(width, height);
	}

	/** The 2D before/after view of one plane's sections (each set told apart by identity). */
	private BeforeAfter pair(final List<VolumeSection> sections, final Plane plane)
	{
		final List<Instance> b = new ArrayList<>(), a = new ArrayList<>();
		for (final VolumeSection s : sections)
			(isBefore.contains(s.object()) ? b : a).add(s.section());
		final List<Box> grid = new ArrayList<>();
		for (final Box3 block : blocks)
		{
			final Box cut = plane.cut(block);
			if (cut != null)
				grid.add(cut);
		}
		final BeforeAfter view = BeforeAfter.of(b, a).tiles(grid).labels(labels).layout(layout);
		return clusterOf == null ? view : view.clusterOf(clusterOf);
	}

	private String beforeCaption()
	{
		return "block predictions: " + before.size();
	}

	private String afterCaption()
	{
		return "merged: " + after.size();
	}
}
