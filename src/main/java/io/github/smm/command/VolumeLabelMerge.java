package io.github.smm.command;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.ImagePlus;
import io.github.smm.MergeOptions;
import io.github.smm.fuse.OverlapResolution;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.io.FormatException;
import io.github.smm.volume.BlockNames;
import io.github.smm.volume.Box3;
import io.github.smm.volume.LabelBlocks;
import io.github.smm.volume.VolumeCsv;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VolumeKind;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VolumeMerge;
import io.github.smm.volume.VolumeMergeResult;
import io.github.smm.volume.VoxelSize;

/**
 * The 3D path of <em>Merge Label Images</em>: one label stack whose planes are z slices, or a
 * folder of label stacks named by block offset ({@code block_x0_y512_z64.tif}); merged in 3D,
 * written as a label stack and a CSV of objects.
 */
final class VolumeLabelMerge
{
	/** The {@code dimensions} choices. */
	static final String AUTO = "auto", PER_SLICE = "2d_per_slice", VOLUME = "3d";

	private final List<VolumeInstance> instances = new ArrayList<>();
	private Box3 region;
	private ImagePlus first;

	private VolumeLabelMerge()
	{}

	/**
	 * Whether {@code input} is merged in 3D: with {@code dimensions=3d} always; with {@code auto}
	 * when it is one stack of z slices (not frames or channels), or a folder whose image names
	 * carry z offsets.
	 */
	static boolean applies(final Path input, final String dimensions) throws IOException
	{
		if (dimensions.equals(VOLUME))
			return true;
		if (!dimensions.equals(AUTO))
			return false;
		if (Files.isDirectory(input))
		{
			final List<Path> files = images(input);
			return !files.isEmpty() && BlockNames.offset(files.get(0).getFileName().toString()) != null;
		}
		return Files.isRegularFile(input) && ImagePlusVolumes.isVolume(ImagePlusLabels.open(input));
	}

	/** Merges and writes; returns the summary line. */
	static String run(final Path input, final String voxelSizeText, final MergeOptions options, final File outputLabels, final File table, final File outputRois) throws IOException
	{
		final VolumeLabelMerge m = new VolumeLabelMerge();
		if (Files.isDirectory(input))
			m.readFolder(input);
		else
			m.readStack(input);
		final VoxelSize voxel = voxelSizeText == null || voxelSizeText.trim().isEmpty() ? ImagePlusVolumes.voxelSize(m.first) : VoxelSize.parse(voxelSizeText);
		final VolumeMergeResult r = VolumeMerge.merge(m.instances, options, voxel);
		if (outputLabels != null && !outputLabels.getPath().trim().isEmpty())
			m.writeLabels(r, voxel, outputLabels);
		if (table != null && !table.getPath().trim().isEmpty())
			VolumeCsv.write(table.toPath(), r);
		if (outputRois != null && !outputRois.getPath().trim().isEmpty())
			io.github.smm.ij.RoiSets.write(outputRois.toPath(), io.github.smm.ij.VolumeRois.fromObjects(r.merged()));
		return String.format(Locale.ROOT, "3D: %d block predictions -> %d objects in %.3f s (voxel size z,y,x %s; %d of %d components proven optimal)", m.instances.size(), r.merged().size(),
				r.mergeSeconds(), voxel, r.provenOptimalComponents(), r.components().size());
	}

	/**
	 * The block predictions of a folder of label stacks named by block offset: each label of each
	 * block one object (ids from 1 in file-name order, window = its block, block = the file's index).
	 *
	 * @throws FormatException naming a file without a block offset, or an empty folder
	 */
	static List<VolumeInstance> blocks(final Path folder) throws IOException
	{
		final VolumeLabelMerge m = new VolumeLabelMerge();
		m.readFolder(folder);
		return m.instances;
	}

	private void readStack(final Path file) throws IOException
	{
		final ImagePlus imp = ImagePlusLabels.open(file);
		first = imp;
		region = new Box3(0, 0, 0, imp.getWidth(), imp.getHeight(), imp.getStackSize());
		add(imp, region, 0);
	}

	private void readFolder(final Path folder) throws IOException
	{
		final List<Path> files = images(folder);
		if (files.isEmpty())
			throw new FormatException(folder + ": no .tif label stacks in the folder");
		for (int b = 0; b < files.size(); b++)
		{
			final String name = files.get(b).getFileName().toString();
			final long[] o = BlockNames.offset(name);
			if (o == null)
				throw new FormatException(files.get(b) + ": the name holds no block offset x…y…z… (e.g. block_x0_y512_z64.tif)");
			final ImagePlus imp = ImagePlusLabels.open(files.get(b));
			imp.setTitle(files.get(b).toString());
			if (first == null)
				first = imp;
			final Box3 window = Box3.ofSize(o[0], o[1], o[2], imp.getWidth(), imp.getHeight(), imp.getStackSize());
			region = region == null ? window : region.union(window);
			add(imp, window, b);
		}
		region = new Box3(0, 0, 0, region.maxX, region.maxY, region.maxZ);
	}

	private void add(final ImagePlus imp, final Box3 window, final int block)
	{
		for (final LabelBlocks.Piece p : LabelBlocks.pieces(ImagePlusVolumes.labels(imp), window))
			instances.add(new VolumeInstance(instances.size() + 1, p.mask, 1, 0, window, block));
	}

	private static List<Path> images(final Path folder) throws IOException
	{
		try (Stream<Path> s = Files.list(folder))
		{
			return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.tiff?")).sorted().collect(Collectors.toList());
		}
	}

	/** The label stack: one object per voxel, so overlaps are resolved first (stronger object wins). */
	private void writeLabels(final VolumeMergeResult r, final VoxelSize voxel, final File file) throws IOException
	{
		final long heap = Runtime.getRuntime().maxMemory();
		if (region.volume() * 8 > heap / 2)
			throw new IllegalArgumentException("the merged label stack " + region + " needs " + region.volume() * 8 / (1 << 20) + " MB, more than half the Java heap (" + heap / (1 << 20) + " MB)");
		final List<VolumeMask> masks = new ArrayList<>();
		for (final VolumeInstance o : OverlapResolution.resolve(r.merged(), VolumeKind.INSTANCE, 1).outputs)
			masks.add(o.mask());
		final ImagePlus imp = ImagePlusVolumes.toImagePlus(masks, region, "merged labels", voxel, first.getCalibration().getUnit());
		Outputs.saveTiff(imp, file);
		if (Display.interactive())
			imp.show();
	}
}
