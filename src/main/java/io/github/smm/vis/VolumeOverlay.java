package io.github.smm.vis;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Line;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.process.ImageProcessor;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;
import io.github.smm.model.RleMask;
import io.github.smm.volume.Sections;
import io.github.smm.volume.VolumeInstance;

/**
 * 3D objects drawn on a stack of z slices, slice by slice: the section of each object in slice z
 * is drawn exactly as {@link MergeOverlay} draws a 2D instance (same colours — cluster = object
 * id, class, score, block as tile —, same outlines or fills and labels), its ROIs positioned on
 * slice z + 1, so ImageJ shows each slice's sections as the user scrolls. The pixels are never
 * changed. {@link #orthogonalViews} renders the xy, xz and yz planes through one voxel as one
 * picture, as ImageJ's <em>Orthogonal Views</em> lay them out (xy, yz to its right, xz below).
 */
public final class VolumeOverlay
{
	private static final Color CROSSHAIR = new Color(255, 255, 0, 160);
	private static final int GAP = 4;

	private final List<VolumeInstance> objects;
	private ColorBy colorBy = ColorBy.CLUSTER;
	private DrawMode mode = DrawMode.OUTLINE;
	private LabelField[] labels = new LabelField[0];
	private PlaneStyle style = this::merged;

	private VolumeOverlay(final List<VolumeInstance> objects)
	{
		this.objects = objects;
	}

	/**
	 * A new overlay of {@code objects} (outlines coloured by object id).
	 *
	 * @throws io.github.smm.model.InvalidInstanceException naming an id used twice
	 */
	public static VolumeOverlay of(final List<VolumeInstance> objects)
	{
		for (int i = 0; i < objects.size(); i++)
			Objects.requireNonNull(objects.get(i), "object " + i);
		Instances.requireUniqueIds(objects, VolumeInstance::id);
		return new VolumeOverlay(List.copyOf(objects));
	}

	/**
	 * An overlay of {@code objects} whose planes {@code planeStyle} draws (an error map, a
	 * before/after view…) instead of the merge overlay; the objects may share ids (ground truth
	 * and predictions, tile predictions and merged objects): the style tells them apart by
	 * {@link VolumeSection#object()}.
	 */
	public static VolumeOverlay styled(final List<VolumeInstance> objects, final PlaneStyle planeStyle)
	{
		for (int i = 0; i < objects.size(); i++)
			Objects.requireNonNull(objects.get(i), "object " + i);
		final VolumeOverlay o = new VolumeOverlay(List.copyOf(objects));
		o.style = Objects.requireNonNull(planeStyle, "planeStyle");
		return o;
	}

	public VolumeOverlay colorBy(final ColorBy c)
	{
		colorBy = Objects.requireNonNull(c, "colorBy");
		return this;
	}

	public VolumeOverlay draw(final DrawMode m)
	{
		mode = Objects.requireNonNull(m, "mode");
		return this;
	}

	public VolumeOverlay labels(final LabelField... fields)
	{
		labels = fields.clone();
		return this;
	}


	/** The overlay of a {@code width × height × depth} stack: every slice's sections, each ROI on its slice. */
	public Overlay build(final int width, final int height, final int depth)
	{
		final List<List<VolumeSection>> bySlice = new ArrayList<>(depth);
		for (int z = 0; z < depth; z++)
			bySlice.add(new ArrayList<>());
		for (final VolumeInstance o : objects)
			for (long z = Math.max(0, o.box().minZ); z < Math.min(depth, o.box().maxZ); z++)
			{
				final VolumeSection s = section(o, Sections.xy(o.mask(), z));
				if (s != null)
					bySlice.get((int) z).add(s);
			}
		final Overlay overlay = new Overlay();
		for (int z = 0; z < depth; z++)
			for (final Roi r : style.draw(bySlice.get(z), Plane.xy(z), width, height).toArray())
			{
				r.setPosition(z + 1);
				overlay.add(r);
			}
		return overlay;
	}

	/**
	 * Sets the overlay on the stack {@code imp} (replacing its overlay; pixels untouched) and
	 * returns it.
	 *
	 * @throws IllegalArgumentException when an object lies outside the stack
	 */
	public ImagePlus showOn(final ImagePlus imp)
	{
		requireInside(imp);
		imp.setOverlay(build(imp.getWidth(), imp.getHeight(), imp.getStackSize()));
		return imp;
	}

	/**
	 * The xy plane at slice {@code z}, the xz plane at row {@code y} and the yz plane at column
	 * {@code x} of the stack with the objects' sections and yellow lines where the planes cross;
	 * each z step {@code zStretch} pixels (for voxels deeper than wide).
	 *
	 * @throws IllegalArgumentException when the voxel is outside the stack or an object is
	 */
	public BufferedImage orthogonalViews(final ImagePlus imp, final int x, final int y, final int z, final int zStretch)
	{
		requireInside(imp);
		final int w = imp.getWidth(), h = imp.getHeight(), d = imp.getStackSize();
		if (x < 0 || x >= w || y < 0 || y >= h || z < 0 || z >= d)
			throw new IllegalArgumentException("plane x=" + x + " y=" + y + " z=" + z + " is outside " + imp.getTitle() + " (" + w + " x " + h + " x " + d + ")");
		if (zStretch < 1)
			throw new IllegalArgumentException("z stretch " + zStretch + " must be at least 1");
		final BufferedImage xy = view(plane(imp, z), Plane.xy(z), sections(o -> Sections.xy(o.mask(), z)), new double[][] { { 0, y + 0.5, w, y + 0.5 }, { x + 0.5, 0, x + 0.5, h } });
		final double zc = (z + 0.5) * zStretch;
		final BufferedImage xz = view(alongY(imp, y, zStretch), Plane.xz(y, zStretch), sections(o -> Sections.xz(o.mask(), y, zStretch)),
				new double[][] { { 0, zc, w, zc }, { x + 0.5, 0, x + 0.5, d * zStretch } });
		final BufferedImage yz = view(alongX(imp, x, zStretch), Plane.yz(x, zStretch), sections(o -> Sections.yz(o.mask(), x, zStretch)),
				new double[][] { { zc, 0, zc, h }, { 0, y + 0.5, d * zStretch, y + 0.5 } });
		final BufferedImage out = new BufferedImage(w + GAP + yz.getWidth(), h + GAP + xz.getHeight(), BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = out.createGraphics();
		g.setColor(Color.DARK_GRAY);
		g.fillRect(0, 0, out.getWidth(), out.getHeight());
		g.drawImage(xy, 0, 0, null);
		g.drawImage(yz, w + GAP, 0, null);
		g.drawImage(xz, 0, h + GAP, null);
		g.dispose();
		return out;
	}

	/**
	 * Checks that every object lies inside the stack {@code imp}.
	 *
	 * @throws IllegalArgumentException naming the first object outside
	 */
	public void requireInside(final ImagePlus imp)
	{
		final io.github.smm.volume.Box3 stack = new io.github.smm.volume.Box3(0, 0, 0, imp.getWidth(), imp.getHeight(), imp.getStackSize());
		for (final VolumeInstance o : objects)
			if (!o.mask().isEmpty() && !stack.contains(o.box()))
				throw new IllegalArgumentException("object " + o.id() + " " + o.box() + " is not inside " + imp.getTitle() + " (" + stack + ")");
	}

	/** The default style: one plane's sections as the 2D merge overlay draws them. */
	private Overlay merged(final List<VolumeSection> sections, final Plane plane, final int width, final int height)
	{
		return MergeOverlay.of(instances(sections)).colorBy(colorBy).draw(mode).labels(labels).build(width, height);
	}

	/** The 2D sections alone. */
	public static List<Instance> instances(final List<VolumeSection> sections)
	{
		final List<Instance> out = new ArrayList<>(sections.size());
		for (final VolumeSection s : sections)
			out.add(s.section());
		return out;
	}

	private List<VolumeSection> sections(final Function<VolumeInstance, RleMask> cut)
	{
		final List<VolumeSection> out = new ArrayList<>();
		for (final VolumeInstance o : objects)
		{
			final VolumeSection s = section(o, cut.apply(o));
			if (s != null)
				out.add(s);
		}
		return out;
	}

	/** The 2D instance of a section (same id, score, class; block as tile), {@code null} when empty. */
	private static VolumeSection section(final VolumeInstance o, final RleMask m)
	{
		return m.isEmpty() ? null : new VolumeSection(o, new Instance(o.id(), m, o.score(), o.classId(), null, o.block() < 0 ? Instance.NO_TILE : o.block()));
	}

	private BufferedImage view(final ImagePlus image, final Plane plane, final List<VolumeSection> sections, final double[][] lines)
	{
		final String title = plane.toString();
		final Overlay overlay = style.draw(sections, plane, image.getWidth(), image.getHeight());
		for (final double[] l : lines)
		{
			final Line line = new Line(l[0], l[1], l[2], l[3]);
			line.setStrokeColor(CROSSHAIR);
			overlay.add(line);
		}
		final TextRoi text = new TextRoi(2, 1, title, new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 10));
		text.setStrokeColor(Color.WHITE);
		overlay.add(text);
		image.setOverlay(overlay);
		return PngExport.render(image, 1);
	}

	/** Slice {@code z} with the stack's display range. */
	private static ImagePlus plane(final ImagePlus imp, final int z)
	{
		return withDisplay(imp, imp.getStack().getProcessor(z + 1).duplicate());
	}

	/** The xz plane at row {@code y}: pixel (x, z·zStretch + s) = voxel (x, y, z). */
	private static ImagePlus alongY(final ImagePlus imp, final int y, final int zStretch)
	{
		final ImageStack stack = imp.getStack();
		final ImageProcessor out = stack.getProcessor(1).createProcessor(imp.getWidth(), imp.getStackSize() * zStretch);
		for (int z = 0; z < imp.getStackSize(); z++)
		{
			final ImageProcessor slice = stack.getProcessor(z + 1);
			for (int x = 0; x < imp.getWidth(); x++)
				for (int s = 0; s < zStretch; s++)
					out.putPixel(x, z * zStretch + s, slice.getPixel(x, y));
		}
		return withDisplay(imp, out);
	}

	/** The yz plane at column {@code x}: pixel (z·zStretch + s, y) = voxel (x, y, z). */
	private static ImagePlus alongX(final ImagePlus imp, final int x, final int zStretch)
	{
		final ImageStack stack = imp.getStack();
		final ImageProcessor out = stack.getProcessor(1).createProcessor(imp.getStackSize() * zStretch, imp.getHeight());
		for (int z = 0; z < imp.getStackSize(); z++)
		{
			final ImageProcessor slice = stack.getProcessor(z + 1);
			for (int y = 0; y < imp.getHeight(); y++)
				for (int s = 0; s < zStretch; s++)
					out.putPixel(z * zStretch + s, y, slice.getPixel(x, y));
		}
		return withDisplay(imp, out);
	}

	private static ImagePlus withDisplay(final ImagePlus imp, final ImageProcessor ip)
	{
		if (!(ip instanceof ij.process.ColorProcessor))
			ip.setLut(imp.getProcessor().getLut());
		ip.setMinAndMax(imp.getDisplayRangeMin(), imp.getDisplayRangeMax());
		return new ImagePlus(imp.getTitle(), ip);
	}
}
