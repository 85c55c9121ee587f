package io.github.smm.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ij.ImagePlus;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.volume.Box3;
import io.github.smm.volume.LabelBlocks;
import io.github.smm.volume.VolumeInstance;

/** Label stacks whose planes are z slices, as the commands that take volumes read them: one 3D object per label. */
final class LabelStacks
{
	private LabelStacks()
	{}

	/** Whether {@code file} is a TIFF label stack of z slices (one channel, one frame, several slices). */
	static boolean isVolume(final Path file) throws IOException
	{
		return Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.tiff?") && ImagePlusVolumes.isVolume(ImagePlusLabels.open(file));
	}

	/** The objects of a label stack: id = label, score 1, class 0. */
	static List<VolumeInstance> read(final Path file) throws IOException
	{
		final ImagePlus imp = ImagePlusLabels.open(file);
		imp.setTitle(file.toString());
		final List<VolumeInstance> out = new ArrayList<>();
		for (final LabelBlocks.Piece piece : LabelBlocks.pieces(ImagePlusVolumes.labels(imp), new Box3(0, 0, 0, imp.getWidth(), imp.getHeight(), imp.getStackSize())))
			out.add(new VolumeInstance(piece.label, piece.mask, 1, 0, null, VolumeInstance.NO_BLOCK));
		return out;
	}
}
