package io.github.smm.command;

import java.io.File;
import java.io.IOException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.TiffDecoder;
import io.github.smm.MergeOptions;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.ij.tiling.BlockLabelFolder;
import io.github.smm.ij.tiling.CommandBlockSegmenter;
import io.github.smm.ij.tiling.ImagePlusVolumeSource;
import io.github.smm.ij.tiling.MacroBlockSegmenter;
import io.github.smm.ij.tiling.VolumeLevels;
import io.github.smm.io.FormatException;
import io.github.smm.volume.BlockPlan;
import io.github.smm.volume.VoxelSize;
import io.github.smm.volume.tiled.BlockSegmenter;
import io.github.smm.volume.tiled.LabelStackTiffSink;
import io.github.smm.volume.tiled.ObjectCsvSink;
import io.github.smm.volume.tiled.ThresholdBlockSegmenter;
import io.github.smm.volume.tiled.WatershedBlockSegmenter;
import io.github.smm.volume.tiled.TiffStack;
import io.github.smm.volume.tiled.TiledVolumeMerge;
import io.github.smm.volume.tiled.TiledVolumeReport;
import io.github.smm.volume.tiled.VolumeSink;
import io.github.smm.volume.tiled.VolumeSource;

/**
 * The 3D path of <em>Tiled Segment and Merge</em>: a stack of z slices (open, or a TIFF read
 * region by region from disk) cut into overlapping blocks, segmented block by block and merged
 * slab by slab ({@link TiledVolumeMerge}); the label stack and the objects CSV are written as the
 * sweep goes.
 */
final class VolumeTiledRun
{
	/** What the command's keys say about the 3D run. */
	static final class Settings
	{
		String blockSize = "", halo = AUTO_HALO, voxelSize = "", segmenter = "threshold_watershed", threshold = "otsu_whole_image";
		int tileSize = 128;
		double overlap = 0.2, minVolume = 10, splitDepth;
		File labelFolder, offsets, outputLabels, table;
		/** segmenter=macro: the macro's name in messages and its source; segmenter=command: the command's name and the service. */
		String macroName, macroSource, commandName;
		org.scijava.command.CommandService commands;
	}

	/** {@code halo=auto}: {@link BlockPlan#defaultHalo} along each axis. */
	static final String AUTO_HALO = "auto";

	/** The 3D watershed's split depth (x voxels) when split_depth is 0: ImageJ's EDM watershed uses a tolerance of 0.5 px in 2D. */
	static final double DEFAULT_SPLIT_DEPTH = 1;

	private VolumeTiledRun()
	{}

	/**
	 * Whether the input is segmented in 3D: {@code dimensions=3d} always; {@code auto} when it is a
	 * stack of z slices (not channels or frames) and {@code frames} is not {@code all}.
	 */
	static boolean applies(final ImagePlus image, final File imageFile, final String dimensions, final String frames) throws IOException
	{
		if (dimensions.equals(VolumeLabelMerge.VOLUME))
			return true;
		if (!dimensions.equals(VolumeLabelMerge.AUTO) || frames.equals("all"))
			return false;
		if (imageFile != null && !imageFile.getPath().trim().isEmpty())
			try (TiffStack s = new TiffStack(imageFile.toPath()))
			{
				return s.isZStack();
			}
			catch (final FormatException e)
			{
				// not a stack this reader takes: a single plane goes to the 2D runner as before, but a
				// stack of z slices would lose every slice but the first there, so it is refused
				if (zSlices(imageFile) > 1)
					throw new FormatException(e.getMessage() + " (with dimensions=auto it is not read as one 2D plane either: the 2D runner would take only its first slice)");
				return false;
			}
		return image != null && ImagePlusVolumes.isVolume(image);
	}

	/**
	 * The z slices of a TIFF file as ImageJ's decoder lists them (pages, or ImageJ's
	 * {@code images=}; 1 for a file ImageJ calls channels or frames, 0 for a file that is no TIFF).
	 */
	private static int zSlices(final File file)
	{
		final FileInfo[] info;
		try
		{
			info = new TiffDecoder(file.getParent() == null ? "" : file.getParent() + File.separator, file.getName()).getTiffInfo();
		}
		catch (final IOException | RuntimeException e)
		{
			return 0;
		}
		if (info == null || info.length == 0)
			return 0;
		final String description = info[0].description == null ? "" : info[0].description;
		if (TiffStack.channelsOrFrames(description))
			return 1;
		return info.length > 1 ? info.length : Math.max(1, info[0].nImages);
	}

	/** Runs and writes; returns the summary line. */
	static String run(final ImagePlus image, final File imageFile, final Settings s, final MergeOptions options) throws IOException
	{
		final boolean fromDisk = imageFile != null && !imageFile.getPath().trim().isEmpty();
		final TiffStack disk = fromDisk ? new TiffStack(imageFile.toPath()) : null;
		try
		{
			requireZSlices(image, disk);
			final VolumeSource source = fromDisk ? disk : new ImagePlusVolumeSource(image);
			final VoxelSize voxel = !s.voxelSize.trim().isEmpty() ? VoxelSize.parse(s.voxelSize) : fromDisk ? disk.voxelSize() : ImagePlusVolumes.voxelSize(image);
			final String unit = fromDisk ? unit(disk.description()) : image.getCalibration().getUnit();
			final BlockPlan plan = plan(source, s);
			final BlockSegmenter segmenter = segmenter(source, s, voxel);
			final List<VolumeSink> sinks = new ArrayList<>();
			if (given(s.outputLabels))
				sinks.add(new LabelStackTiffSink(s.outputLabels.toPath(), plan.extent(), voxel, unit));
			if (given(s.table))
				sinks.add(new ObjectCsvSink(s.table.toPath()));
			final long start = System.nanoTime();
			final TiledVolumeReport r = new TiledVolumeMerge(plan, options, voxel).withProgress((d, t) -> progress(d, t, start)).withCancellation(IJ::escapePressed)
					.run(source, segmenter, sinks.toArray(new VolumeSink[0]));
			if (given(s.outputLabels) && Display.interactive())
				IJ.openImage(s.outputLabels.getPath()).show();
			return "3D: " + plan + " (voxel size z,y,x " + voxel + "); " + r;
		}
		finally
		{
			if (disk != null)
				disk.close();
		}
	}

	/** A volume is one channel and one frame: a hyperstack of several is refused by name (dimensions=3d forces only z). */
	private static void requireZSlices(final ImagePlus image, final TiffStack disk)
	{
		if (disk != null && disk.depth() > 1 && !disk.isZStack())
			throw new IllegalArgumentException("dimensions=3d: the TIFF's description counts several channels or frames; give a stack of z slices (one channel, one frame)");
		if (disk == null && (image.getNChannels() > 1 || image.getNFrames() > 1))
			throw new IllegalArgumentException("dimensions=3d: " + image.getTitle() + " has " + image.getNChannels() + " channels and " + image.getNFrames()
					+ " frames; give a stack of z slices (one channel, one frame), e.g. with Image > Duplicate of one channel and frame");
	}

	private static String unit(final String description)
	{
		final java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^unit=(.+)$").matcher(description);
		return m.find() ? m.group(1).trim() : "";
	}

	/**
	 * Blocks of {@code block_size} (x,y,z; one value for all; empty: tile_size), overlap as a ratio
	 * of the size below 1, else voxels, and the block halo ({@link BlockPlan#withHalo}): {@code auto}
	 * a quarter of each axis's overlap, else one number of voxels for every axis (0: none).
	 */
	static BlockPlan plan(final VolumeSource source, final Settings s)
	{
		final int[] size = blockSize(s);
		final int[] overlap = new int[3];
		for (int a = 0; a < 3; a++)
			overlap[a] = s.overlap < 1 ? (int) Math.round(s.overlap * size[a]) : (int) Math.round(s.overlap);
		final BlockPlan plan;
		try
		{
			plan = BlockPlan.of(source.width(), source.height(), source.depth(), size, overlap);
		}
		catch (final IllegalArgumentException e)
		{
			throw new IllegalArgumentException("block_size/overlap: " + e.getMessage(), e);
		}
		final int[] halo = halo(s.halo, overlap);
		try
		{
			return plan.withHalo(halo);
		}
		catch (final IllegalArgumentException e)
		{
			throw new IllegalArgumentException("halo '" + s.halo + "': " + e.getMessage(), e);
		}
	}

	/** The halo per axis that {@code text} gives for these overlaps. */
	static int[] halo(final String text, final int[] overlap)
	{
		final String t = text == null ? AUTO_HALO : text.trim();
		if (t.isEmpty() || t.equalsIgnoreCase(AUTO_HALO))
			return new int[] { BlockPlan.defaultHalo(overlap[0]), BlockPlan.defaultHalo(overlap[1]), BlockPlan.defaultHalo(overlap[2]) };
		final int v;
		try
		{
			v = Integer.parseInt(t);
		}
		catch (final NumberFormatException e)
		{
			throw new IllegalArgumentException("halo '" + text + "': give auto (a quarter of the overlap), 0 (none) or a number of voxels under half the overlap");
		}
		return new int[] { v, v, v };
	}

	private static int[] blockSize(final Settings s)
	{
		final String text = s.blockSize == null ? "" : s.blockSize.trim();
		if (text.isEmpty())
			return new int[] { s.tileSize, s.tileSize, s.tileSize };
		final String[] parts = text.split("[,x ]+");
		try
		{
			if (parts.length == 1)
			{
				final int v = Integer.parseInt(parts[0]);
				return new int[] { v, v, v };
			}
			if (parts.length == 3)
				return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]) };
		}
		catch (final NumberFormatException e)
		{
			// named below
		}
		throw new IllegalArgumentException("block_size '" + text + "': give one size for x, y and z (e.g. 128) or three sizes x,y,z (e.g. 128,128,64)");
	}

	private static BlockSegmenter segmenter(final VolumeSource source, final Settings s, final VoxelSize voxel) throws IOException
	{
		final boolean dark = s.segmenter.endsWith("_dark");
		final long minVolume = (long) Math.ceil(s.minVolume);
		final double depth = s.splitDepth > 0 ? s.splitDepth : DEFAULT_SPLIT_DEPTH;
		switch (s.segmenter)
		{
		case "threshold_watershed":
		case "threshold_watershed_dark":
			if (s.threshold.equals("otsu_per_tile"))
				return VolumeLevels.otsuPerBlock(level -> new WatershedBlockSegmenter(level, dark, minVolume, depth, voxel));
			return new WatershedBlockSegmenter(VolumeLevels.otsu(source), dark, minVolume, depth, voxel);
		case "threshold_components":
		case "threshold_components_dark":
			if (s.threshold.equals("otsu_per_tile"))
				return VolumeLevels.otsuPerBlock(level -> new ThresholdBlockSegmenter(level, dark, minVolume));
			return new ThresholdBlockSegmenter(VolumeLevels.otsu(source), dark, minVolume);
		case "label_folder":
			if (!given(s.labelFolder))
				throw new IllegalArgumentException("segmenter=label_folder needs label_folder");
			return new BlockLabelFolder(s.labelFolder.toPath(), given(s.offsets) ? s.offsets.toPath() : null);
		case "macro":
			return new MacroBlockSegmenter(s.macroName, s.macroSource);
		case "command":
			return new CommandBlockSegmenter(s.commands, s.commandName);
		case "bioimageio":
			throw new IllegalArgumentException("segmenter=bioimageio does not take volumes: the bioimage.io route runs 2D models (one input with y and x space axes;"
					+ " the shared models are 2D, e.g. unet2d_nuclei_broad), models with a z axis are not supported; in 3D use threshold_watershed, threshold_watershed_dark, threshold_components, threshold_components_dark, label_folder, macro or command"
					+ " (or dimensions=2d_per_slice with frames=all to run the 2D model on each slice)");
		default:
			throw new IllegalArgumentException("segmenter=" + s.segmenter + " does not take volumes; in 3D use threshold_watershed, threshold_watershed_dark, threshold_components, threshold_components_dark, label_folder, macro or command"
					+ " (or dimensions=2d_per_slice with frames=all to segment each slice in 2D)");
		}
	}

	private static boolean given(final File f)
	{
		return f != null && !f.getPath().trim().isEmpty();
	}

	private static void progress(final int done, final int total, final long start)
	{
		Progress.progress(done, total);
		final double sec = (System.nanoTime() - start) / 1e9;
		Progress.status(String.format(Locale.ROOT, "Tiled Segment and Merge (3D): %d/%d blocks, about %.0f s left (Esc to stop)", done, total, done == 0 ? 0 : sec / done * (total - done)));
	}

	/** For messages: the outputs 3D runs do not write. */
	static void refuseTwoDimensionalOutputs(final File rois, final File coco, final File geojson)
	{
		for (final Object[] o : new Object[][] { { "output_rois", rois }, { "output_coco", coco }, { "output_geojson", geojson } })
			if (given((File) o[1]))
				throw new IllegalArgumentException(o[0] + ": 3D objects are written as a label stack (output_labels) and a CSV of objects (table); ROI sets, COCO and GeoJSON are 2D");
	}

}
