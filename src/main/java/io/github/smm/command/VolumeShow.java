package io.github.smm.command;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import java.awt.image.BufferedImage;
import java.util.Map;

import javax.imageio.ImageIO;

import ij.ImagePlus;
import io.github.smm.eval.ErrorAnalysis;
import io.github.smm.eval.Matching;
import io.github.smm.eval.MatchingOptions;
import io.github.smm.eval.Overlaps;
import io.github.smm.io.AtomicFiles;
import io.github.smm.vis.BeforeAfter;
import io.github.smm.vis.ColorBy;
import io.github.smm.vis.ErrorKind;
import io.github.smm.vis.VolumeBeforeAfter;
import io.github.smm.vis.VolumeErrorMap;
import io.github.smm.vis.DrawMode;
import io.github.smm.vis.LabelField;
import io.github.smm.vis.PngExport;
import io.github.smm.vis.VolumeOverlay;
import io.github.smm.volume.VolumeEvaluation;
import io.github.smm.volume.VolumeInstance;

/**
 * The 3D path of <em>Show Merge Overlay</em>: a stack of z slices and a label stack of 3D objects,
 * drawn slice by slice with the 2D colouring — with {@code before} (block predictions) the
 * before/after view, with {@code ground_truth} the 3D error map —; {@code png} writes the slice of
 * {@code planes}, {@code orthogonal_png} the xy, xz and yz planes through its voxel.
 */
final class VolumeShow
{
	/** What the user chose. */
	static final class Request
	{
		ColorBy colorBy;
		DrawMode mode;
		LabelField[] labels;
		/** "x,y,z": x and y in pixels from 0, z the slice from 1; empty: the centre. */
		String planes;
		File png, orthogonalPng;
		double scale;
		/** Block predictions (before/after view) or ground truth (error map); at most one. */
		Path before, groundTruth;
		boolean superimposed;
	}

	private VolumeShow()
	{}

	/** Whether the image is a stack of z slices and the labels a label stack. */
	static boolean applies(final ImagePlus image, final Path labels) throws IOException
	{
		return io.github.smm.ij.ImagePlusVolumes.isVolume(image) && LabelStacks.isVolume(labels);
	}

	/** What was shown: the image (the stack, or a new one twice as wide side by side) and the summary. */
	static final class Shown
	{
		final ImagePlus image;
		final String summary;

		Shown(final ImagePlus image, final String summary)
		{
			this.image = image;
			this.summary = summary;
		}
	}

	/** What is drawn: the image, its orthogonal views, the summary's start. */
	private static final class Drawn
	{
		final ImagePlus image;
		final Views views;
		final String summary;

		Drawn(final ImagePlus image, final Views views, final String summary)
		{
			this.image = image;
			this.views = views;
			this.summary = summary;
		}
	}

	/** The orthogonal views of what is drawn. */
	private interface Views
	{
		BufferedImage through(ImagePlus imp, int x, int y, int z, int zStretch);
	}

	/**
	 * Draws the objects on {@code imp} (with {@code before} a before/after view, with
	 * {@code groundTruth} the error map), writes the PNGs asked for; returns what was shown.
	 */
	static Shown show(final ImagePlus imp, final Path labels, final Request r) throws IOException
	{
		final List<VolumeInstance> objects = LabelStacks.read(labels);
		final int[] v = voxel(imp, r.planes);
		final Drawn d = r.groundTruth != null ? errors(imp, labels, objects, r) : r.before != null ? beforeAfter(imp, objects, r) : plain(imp, objects, r);
		d.image.setSlice(v[2] + 1);
		if (given(r.png))
			PngExport.write(d.image, r.scale, r.png.toPath());
		if (given(r.orthogonalPng))
		{
			final double zOverX = imp.getCalibration().pixelDepth / imp.getCalibration().pixelWidth;
			final BufferedImage views = d.views.through(imp, v[0], v[1], v[2], (int) Math.max(1, Math.round(zOverX)));
			AtomicFiles.write(r.orthogonalPng.toPath(), temp -> {
				if (!ImageIO.write(views, "png", temp.toFile()))
					throw new IOException(r.orthogonalPng + ": no PNG writer available");
			});
		}
		return new Shown(d.image, d.summary + String.format(Locale.ROOT, " on %d slices; planes x=%d y=%d slice %d", imp.getStackSize(), v[0], v[1], v[2] + 1));
	}

	private static Drawn plain(final ImagePlus imp, final List<VolumeInstance> objects, final Request r)
	{
		final VolumeOverlay overlay = VolumeOverlay.of(objects).colorBy(r.colorBy).draw(r.mode).labels(r.labels);
		return new Drawn(overlay.showOn(imp), overlay::orthogonalViews, "3D: " + objects.size() + " objects");
	}

	/** The 3D error map: each object in its kind (as the 2D error map), the missed ground truth. */
	private static Drawn errors(final ImagePlus imp, final Path labels, final List<VolumeInstance> objects, final Request r) throws IOException
	{
		if (!LabelStacks.isVolume(r.groundTruth))
			throw new IllegalArgumentException("ground_truth: " + r.groundTruth + " is not a label stack of z slices or a 3D ROI set, as labels " + labels + " is");
		final List<VolumeInstance> truth = LabelStacks.read(r.groundTruth);
		final Overlaps o = VolumeEvaluation.overlaps(objects, truth, 1);
		final ErrorKinds kinds = ErrorKinds.classify(ErrorAnalysis.analyse(o, ErrorAnalysis.DEFAULT_IOU_THRESHOLD), Matching.match(o, MatchingOptions.defaults().withThresholds(0.5)));
		final VolumeErrorMap map = VolumeErrorMap.create().draw(r.mode == DrawMode.FILL ? DrawMode.FILL : DrawMode.FILL_AND_OUTLINE);
		for (int p = 0; p < objects.size(); p++)
			if (kinds.predictions[p] != null)
				map.add(objects.get(p), kinds.predictions[p]);
		for (int g = 0; g < truth.size(); g++)
			if (kinds.missed[g])
				map.add(truth.get(g), ErrorKind.MISSED);
		final VolumeOverlay overlay = map.overlay();
		return new Drawn(overlay.showOn(imp), overlay::orthogonalViews, "3D: " + kinds.summary(objects.size(), truth.size()));
	}

	/** The block predictions coloured by the merged object they went into, beside or under the merged objects. */
	private static Drawn beforeAfter(final ImagePlus imp, final List<VolumeInstance> objects, final Request r) throws IOException
	{
		final List<VolumeInstance> blocks = LabelStacks.readBlocks("before", r.before);
		final Map<Long, Long> owner = ShowMergeOverlay.owners(VolumeEvaluation.overlaps(blocks, objects, 1));
		final VolumeBeforeAfter view = VolumeBeforeAfter.of(blocks, objects).clusterOf(id -> owner.getOrDefault(id, -1L)).blocks(VolumeBeforeAfter.windows(blocks)).labels(r.labels)
				.layout(r.superimposed ? BeforeAfter.Layout.SUPERIMPOSED : BeforeAfter.Layout.SIDE_BY_SIDE);
		return new Drawn(view.render(imp), view::orthogonalViews, "3D: " + blocks.size() + " block predictions, " + objects.size() + " merged objects");
	}

	/** The voxel {x, y, z} (z from 0) of {@code planes}, or the centre. */
	static int[] voxel(final ImagePlus imp, final String planes)
	{
		if (planes == null || planes.trim().isEmpty())
			return new int[] { imp.getWidth() / 2, imp.getHeight() / 2, imp.getStackSize() / 2 };
		final String[] p = planes.trim().split("\\s*,\\s*");
		try
		{
			if (p.length != 3)
				throw new NumberFormatException();
			final int x = Integer.parseInt(p[0]), y = Integer.parseInt(p[1]), z = Integer.parseInt(p[2]);
			if (x < 0 || x >= imp.getWidth() || y < 0 || y >= imp.getHeight() || z < 1 || z > imp.getStackSize())
				throw new IllegalArgumentException("planes '" + planes + "': x must be in 0.." + (imp.getWidth() - 1) + ", y in 0.." + (imp.getHeight() - 1) + ", the slice in 1.."
						+ imp.getStackSize());
			return new int[] { x, y, z - 1 };
		}
		catch (final NumberFormatException e)
		{
			throw new IllegalArgumentException("planes '" + planes + "' is not x,y,slice (three whole numbers, e.g. 120,80,12)");
		}
	}

	private static boolean given(final File f)
	{
		return f != null && !f.getPath().trim().isEmpty();
	}
}
