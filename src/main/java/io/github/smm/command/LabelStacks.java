package io.github.smm.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ij.ImagePlus;
import ij.gui.Roi;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.ij.RoiPosition;
import io.github.smm.ij.RoiSets;
import io.github.smm.ij.VolumeRois;
import io.github.smm.volume.Box3;
import io.github.smm.volume.LabelBlocks;
import io.github.smm.volume.VolumeInstance;

/**
 * The volumes the commands read: label stacks whose planes are z slices (one 3D object per label)
 * and 3D ROI sets ({@code .zip} whose ROIs all sit on a slice and are all named
 * {@code object-<id>}, the ROIs of one name being one object; see {@link VolumeRois}).
 */
final class LabelStacks
{
	private LabelStacks()
	{}

	/** Whether {@code file} is a TIFF label stack of z slices (one channel, one frame, several slices) or a 3D ROI set. */
	static boolean isVolume(final Path file) throws IOException
	{
		if (!Files.isRegularFile(file))
			return false;
		final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".zip"))
			return isRoiVolume(RoiSets.read(file));
		return name.matches(".*\\.tiff?") && ImagePlusVolumes.isVolume(ImagePlusLabels.open(file));
	}

	private static boolean isRoiVolume(final List<Roi> rois)
	{
		for (final Roi r : rois)
			if (r.getName() == null || !r.getName().startsWith(VolumeRois.PREFIX) || RoiPosition.of(r).slice() <= 0 && RoiPosition.of(r).stackIndex() <= 0)
				return false;
		return !rois.isEmpty();
	}

	/**
	 * Block predictions ({@code key} names the option): a folder of label stacks named by block
	 * offset ({@code block_x0_y512_z64.tif}, each label one prediction with its block's window), or
	 * one label stack or 3D ROI set.
	 *
	 * @throws IllegalArgumentException naming the file when it is none of these
	 */
	static List<VolumeInstance> readBlocks(final String key, final Path input) throws IOException
	{
		if (Files.isDirectory(input))
			return VolumeLabelMerge.blocks(input);
		if (!isVolume(input))
			throw new IllegalArgumentException(key + ": " + input + " is not a folder of label stacks named by block offset (block_x0_y0_z0.tif), a label stack of z slices or a 3D ROI set");
		return read(input);
	}

	/** The objects of a label stack (id = label, score 1, class 0) or of a 3D ROI set. */
	static List<VolumeInstance> read(final Path file) throws IOException
	{
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"))
			return VolumeRois.toObjects(RoiSets.read(file), 1);
		final ImagePlus imp = ImagePlusLabels.open(file);
		imp.setTitle(file.toString());
		return objects(imp);
	}

	/** The objects of a label stack: id = label, score 1, class 0. */
	static List<VolumeInstance> objects(final ImagePlus imp)
	{
		final List<VolumeInstance> out = new ArrayList<>();
		for (final LabelBlocks.Piece piece : LabelBlocks.pieces(ImagePlusVolumes.labels(imp), new Box3(0, 0, 0, imp.getWidth(), imp.getHeight(), imp.getStackSize())))
			out.add(new VolumeInstance(piece.label, piece.mask, 1, 0, null, VolumeInstance.NO_BLOCK));
		return out;
	}
}
