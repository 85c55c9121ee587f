package io.github.smm.command;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import ij.ImagePlus;
import io.github.smm.io.AtomicFiles;
import io.github.smm.vis.ColorBy;
import io.github.smm.vis.DrawMode;
import io.github.smm.vis.LabelField;
import io.github.smm.vis.PngExport;
import io.github.smm.vis.VolumeOverlay;
import io.github.smm.volume.VolumeInstance;

/**
 * The 3D path of <em>Show Merge Overlay</em>: a stack of z slices and a label stack of 3D objects,
 * drawn slice by slice with the 2D colouring; {@code png} writes the slice of {@code planes},
 * {@code orthogonal_png} the xy, xz and yz planes through its voxel.
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
	}

	private VolumeShow()
	{}

	/** Whether the image is a stack of z slices and the labels a label stack. */
	static boolean applies(final ImagePlus image, final Path labels) throws IOException
	{
		return io.github.smm.ij.ImagePlusVolumes.isVolume(image) && LabelStacks.isVolume(labels);
	}

	/** Draws the objects on {@code imp}, writes the PNGs asked for; returns the summary. */
	static String show(final ImagePlus imp, final Path labels, final Request r) throws IOException
	{
		final List<VolumeInstance> objects = LabelStacks.read(labels);
		final VolumeOverlay overlay = VolumeOverlay.of(objects).colorBy(r.colorBy).draw(r.mode).labels(r.labels);
		overlay.showOn(imp);
		final int[] v = voxel(imp, r.planes);
		imp.setSlice(v[2] + 1);
		if (given(r.png))
			PngExport.write(imp, r.scale, r.png.toPath());
		if (given(r.orthogonalPng))
		{
			final double zOverX = imp.getCalibration().pixelDepth / imp.getCalibration().pixelWidth;
			final int stretch = (int) Math.max(1, Math.round(zOverX));
			final java.awt.image.BufferedImage views = overlay.orthogonalViews(imp, v[0], v[1], v[2], stretch);
			AtomicFiles.write(r.orthogonalPng.toPath(), temp -> {
				if (!ImageIO.write(views, "png", temp.toFile()))
					throw new IOException(r.orthogonalPng + ": no PNG writer available");
			});
		}
		return String.format(Locale.ROOT, "3D: %d objects on %d slices; planes x=%d y=%d slice %d", objects.size(), imp.getStackSize(), v[0], v[1], v[2] + 1);
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
