package io.github.smm.command;

import java.io.File;
import java.util.List;
import java.util.Locale;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.IJ;
import ij.ImagePlus;
import io.github.smm.ij.RoiSets;
import io.github.smm.ij.Rois;
import io.github.smm.ij.tiling.ImagePlusTileSource;
import io.github.smm.ij.tiling.TiffTileSource;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.tile.TileSource;
import io.github.smm.ij.tiling.LabelFolderSegmenter;
import io.github.smm.ij.tiling.MacroSegmenter;
import io.github.smm.ij.tiling.ThresholdWatershedSegmenter;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.coco.CocoWriteOptions;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.tile.InstanceList;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TileSegmenter;
import io.github.smm.tile.TiledMerge;
import io.github.smm.tile.TiledMergeReport;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Segments a large image tile by tile and merges the objects across tile seams as it goes
 * (streaming: finished objects leave memory band by band). The current plane of the image is
 * read; an RGB image is converted to 8-bit gray. Esc stops after the current tile and keeps the
 * objects that were final. A stack of z slices is segmented in 3D blocks ({@link VolumeTiledRun},
 * {@code dimensions}).
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Segmentation>Spatial Mask Merging>Tiled Segment and Merge")
public class TiledSegmentAndMerge extends AbstractMergeCommand
{
	@Parameter(label = "image", required = false, persist = false, description = "The image to segment (its current plane)")
	private ImagePlus image;

	@Parameter(label = "image_file", required = false, persist = false, style = "open",
			description = "Instead of an open image: a TIFF read tile by tile from disk, never loaded whole (first image of the file)")
	private java.io.File image_file;

	@Parameter(label = "tile_size", min = "16", persist = false, description = "Tile width and height in pixels")
	private int tile_size = 512;

	@Parameter(label = "overlap", min = "0", persist = false, description = "Tile overlap: below 1 a ratio of the tile size, from 1 on pixels")
	private double overlap = 0.2;

	@Parameter(label = "segmenter", choices = { "threshold_watershed", "threshold_watershed_dark", "threshold_components", "threshold_components_dark", "macro", "label_folder", "command", "bioimageio" }, persist = false,
			description = "threshold_watershed: Otsu + watershed for bright objects (dark: for dark objects such as H&E nuclei); threshold_components: volumes only, Otsu + 6-connected components; macro: macro_code per tile; label_folder: precomputed tile label images; bioimageio: a bioimage.io model (ONNX)")
	private String segmenter = "threshold_watershed";

	@Parameter(label = "min_area", min = "0", persist = false, description = "Smallest object in pixels (threshold_watershed; in 3D in voxels)")
	private double min_area = 10;

	@Parameter(label = "threshold", choices = { "otsu_whole_image", "otsu_per_tile" }, persist = false,
			description = "threshold_watershed: one Otsu threshold of the whole image for every tile (seam-consistent), or Otsu per tile")
	private String threshold = "otsu_whole_image";

	@Parameter(label = "macro_code", required = false, persist = false, style = "text area",
			description = "ImageJ macro (or the path of an .ijm file) run on each tile, the active image; it must leave a label image as the active image")
	private String macro_code = "";

	@Parameter(label = "command_name", required = false, persist = false,
			description = "segmenter=command: a SciJava command (class name or menu title) with one image input and one label image output, run on each tile")
	private String command_name;

	@Parameter
	private org.scijava.command.CommandService commandService;

	@Parameter(label = "model", required = false, persist = false, style = "open",
			description = "segmenter=bioimageio: the model package (folder, its bioimageio.yaml or rdf.yaml, or the zip); ONNX weights")
	private File model;

	@Parameter(label = "instances", choices = { "per_tile", "blended" }, persist = false,
			description = "segmenter=bioimageio: per_tile (objects in every tile, merged by SMM) or blended (tile outputs blended, then threshold + components)")
	private String instances = "per_tile";

	@Parameter(label = "normalization", choices = { "per_tile", "whole_image" }, persist = false,
			description = "segmenter=bioimageio: statistics of the model's normalisation from each tile, or from a subsample of the whole image")
	private String normalization = "per_tile";

	@Parameter(label = "channels", required = false, persist = false,
			description = "segmenter=bioimageio: the image channels fed to the model, in its order (e.g. 2,1); empty: the current plane")
	private String channels = "";

	@Parameter(label = "normalization_window", min = "0", persist = false,
			description = "segmenter=bioimageio, normalization=per_tile: statistics of the window of this many pixels square centred on each smaller tile; 0: the tile itself")
	private int normalization_window;

	@Parameter(label = "split_depth", min = "0", persist = false,
			description = "segmenter=bioimageio (and threshold_watershed on volumes, where 0 means 1): split touching objects by a watershed on their distance transform, seeded by maxima this many px above their saddle; 0: do not split")
	private double split_depth;

	@Parameter(label = "batch_size", min = "1", persist = false, description = "segmenter=bioimageio: tiles per call of the model when its batch axis is free (else 1)")
	private int batch_size = 4;

	@Parameter(label = "probability_threshold", persist = false, description = "segmenter=bioimageio: foreground where the model's output is above this")
	private double probability_threshold = 0.5;

	@Parameter(label = "label_folder", required = false, persist = false, style = "directory",
			description = "Folder of per-tile label images named by tile offset, e.g. tile_x512_y0.tif")
	private File label_folder;

	@Parameter(label = "output_labels", required = false, persist = false, style = "save", description = "Optional TIFF file for the merged label image")
	private File output_labels;

	@Parameter(label = "output_rois", required = false, persist = false, style = "save", description = "Optional RoiSet.zip for the merged objects")
	private File output_rois;

	@Parameter(label = "output_coco", required = false, persist = false, style = "save", description = "Optional COCO JSON (RLE) for the merged objects")
	private File output_coco;

	@Parameter(label = "output_geojson", required = false, persist = false, style = "save", description = "Optional QuPath GeoJSON (.geojson) for the merged objects (one plane)")
	private File output_geojson;

	private double level = Double.NaN;

	private String title;

	private Box region;

	@Parameter(label = "frames", choices = { "current", "all" }, persist = false,
			description = "Segment the current plane only, or every slice and frame (at the current channel); each plane is merged on its own")
	private String frames = "current";

	@Parameter(label = "dimensions", choices = { "auto", "2d_per_slice", "3d" }, persist = false,
			description = "auto: a stack of z slices (one channel, one frame; frames=current) is segmented as one volume in 3D blocks; 2d_per_slice: plane by plane in 2D; 3d: always a volume")
	private String dimensions = VolumeLabelMerge.AUTO;

	@Parameter(label = "block_size", required = false, persist = false,
			description = "3D: block size in voxels, one value (x, y and z) or x,y,z (e.g. 128,128,64); empty: tile_size")
	private String block_size = "";

	@Parameter(label = "halo", required = false, persist = false,
			description = "3D: voxels of each block's inner faces that are context only: objects are found over the whole block and kept on the block less the halo (auto: a quarter of the overlap; 0: none)")
	private String halo = VolumeTiledRun.AUTO_HALO;

	@Parameter(label = "voxel_size", required = false, persist = false, description = "3D: voxel size z,y,x for distances (empty: the image's calibration)")
	private String voxel_size = "";

	@Parameter(label = "offsets", required = false, persist = false, style = "open",
			description = "3D, segmenter=label_folder: optional CSV of block offsets file,x,y,z (else from names such as block_x0_y512_z64.tif)")
	private File offsets;

	/** The 3D run, when the input is a volume; returns whether it ran. */
	private boolean runVolume() throws java.io.IOException
	{
		if (!VolumeTiledRun.applies(image, image_file, dimensions, frames))
			return false;
		VolumeTiledRun.refuseTwoDimensionalOutputs(output_rois, output_coco, output_geojson);
		final VolumeTiledRun.Settings s = new VolumeTiledRun.Settings();
		s.blockSize = block_size;
		s.halo = halo;
		s.voxelSize = voxel_size;
		s.segmenter = segmenter;
		s.threshold = threshold;
		s.tileSize = tile_size;
		s.overlap = overlap;
		s.minVolume = min_area;
		s.splitDepth = split_depth;
		s.labelFolder = label_folder;
		s.offsets = offsets;
		s.outputLabels = output_labels;
		s.table = table;
		volumeSegmenter(s);
		summary = VolumeTiledRun.run(image, image_file, s, options());
		log.info(summary);
		return true;
	}

	@Override
	public void run()
	{
		try
		{
			final boolean fromDisk = given(image_file);
			if (!fromDisk && (image == null || image.getWidth() == 0))
				throw new IllegalArgumentException("give an image or an image_file");
			if (runVolume())
				return;
			title = fromDisk ? image_file.getName() : image.getTitle();
			final int[] planes = fromDisk || frames.equals("current") ? new int[] { 0 } : planes(image);
			if (planes.length > 1 && given(output_geojson))
				throw new IllegalArgumentException("output_geojson holds one plane; with frames=all use output_labels, output_rois or output_coco");
			final List<List<Instance>> results = new java.util.ArrayList<>();
			region = fromDisk ? null : Box.ofSize(0, 0, image.getWidth(), image.getHeight());
			int done = 0, total = 0, outputs = 0;
			long inputs = 0;
			double seconds = 0;
			io.github.smm.solve.SolveSummary solved = io.github.smm.solve.SolveSummary.NONE;
			boolean cancelled = false;
			for (int p = 0; p < planes.length && !cancelled; p++)
			{
				final boolean channelsPicked = segmenter.equals("bioimageio") && channels != null && !channels.trim().isEmpty(); // the current channel alone says nothing
				final boolean fromPixels = segmenter.startsWith("threshold_watershed") || segmenter.equals("bioimageio"); // label folders, macros and commands may not look at them
				if (!fromDisk && fromPixels && !channelsPicked && constant(planes[p] == 0 ? image.getProcessor() : image.getStack().getProcessor(planes[p])))
				{
					results.add(List.of()); // a blank plane holds no object (and has no threshold)
					log.info(title + (planes.length > 1 ? " plane " + planes[p] : "") + ": blank (every pixel is the same value): no object");
					continue;
				}
				final TiffTileSource disk = fromDisk ? new TiffTileSource(image_file.toPath()) : null;
				final ImagePlusTileSource memory = fromDisk ? null : planes[p] == 0 ? new ImagePlusTileSource(image) : new ImagePlusTileSource(image.getStack().getProcessor(planes[p]));
				final TileSource<FloatType> source = fromDisk ? disk : memory;
				if (segmenter.equals("bioimageio"))
				{
					final List<Instance> found = new java.util.ArrayList<>();
					final long start = System.nanoTime();
					if (fromDisk && bioimageio().channels() != null)
						throw new IllegalArgumentException("channels: give an open image (an image_file is read as one plane)");
					final TileSource<FloatType> input = fromDisk ? disk : ModelChannels.source(image, bioimageio().channels(), planes[p]);
					if (p == 0 && bioimageio().overlapNote() != null)
						log.info(bioimageio().overlapNote());
					final io.github.smm.bioimageio.ModelSegmentationReport r = bioimageio().run(input, options(), (d, t) -> progress(d, t, start), IJ::escapePressed, found);
					results.add(found);
					region = new Box(0, 0, source.width(), source.height());
					done += r.tilesDone();
					total += r.tiles();
					inputs += r.tilePredictions();
					outputs += r.objects();
					seconds += r.seconds();
					cancelled = r.cancelled();
					if (disk != null)
						disk.close();
					continue;
				}
				final TilePlan plan = TilePlan.of(source.width(), source.height(), tile_size, overlap < 1 ? Overlap.ratio(overlap) : Overlap.pixels((int) Math.round(overlap)));
				level = threshold.equals("otsu_per_tile") ? Double.NaN : fromDisk ? disk.otsuLevel() : memory.otsuLevel();
				final InstanceList list = new InstanceList();
				final long start = System.nanoTime();
				final TiledMergeReport report = new TiledMerge(plan, options()).withProgress((d, t) -> progress(d, t, start))
						.withCancellation(IJ::escapePressed).run(source, tileSegmenter(), list);
				if (disk != null)
					disk.close();
				results.add(list.instances());
				region = new Box(0, 0, source.width(), source.height());
				done += report.tilesDone();
				total += report.tiles();
				inputs += report.inputInstances();
				outputs += report.outputs();
				seconds += report.seconds();
				solved = solved.plus(report.solveSummary());
				cancelled = report.cancelled();
			}
			if (model_run != null)
				model_run.close();
			write(results, planes);
			summary = String.format(Locale.ROOT, "%s%d of %d tiles, %d tile predictions -> %d objects in %.3f s%s; %s", planes.length > 1 ? planes.length + " planes, " : "",
					done, total, inputs, outputs, seconds, cancelled ? " (cancelled: only final objects kept)" : "", solved);
			log.info(summary);
		}
		catch (final Exception e)
		{
			if (model_run != null)
				model_run.close();
			throw Outputs.failure("Tiled Segment and Merge", e);
		}
	}

	private BioimageioRun model_run;

	/** The model of segmenter=bioimageio, opened once for all planes. */
	private BioimageioRun bioimageio()
	{
		if (model_run == null)
			model_run = new BioimageioRun(model, tile_size, overlap, instances, normalization, probability_threshold, min_area, channels, options().threads())
					.with(normalization_window, batch_size, split_depth);
		return model_run;
	}

	private TileSegmenter<FloatType> tileSegmenter() throws java.io.IOException
	{
		switch (segmenter)
		{
			case "threshold_watershed":
				return TileSegmenter.ofLabels(new ThresholdWatershedSegmenter<FloatType>(min_area, false, level));
			case "threshold_watershed_dark":
				return TileSegmenter.ofLabels(new ThresholdWatershedSegmenter<FloatType>(min_area, true, level));
			case "macro":
				if (macro_code == null || macro_code.trim().isEmpty())
					throw new IllegalArgumentException("segmenter=macro needs macro_code");
				return TileSegmenter.ofLabels(new MacroSegmenter<FloatType>(macroName(), macroSource()));
			case "label_folder":
				if (!given(label_folder))
					throw new IllegalArgumentException("segmenter=label_folder needs label_folder");
				return TileSegmenter.ofLabels(new LabelFolderSegmenter<FloatType>(label_folder.toPath()));
			case "command":
				if (command_name == null || command_name.trim().isEmpty())
					throw new IllegalArgumentException("segmenter=command needs command_name");
				return TileSegmenter.ofLabels(new io.github.smm.ij.tiling.CommandSegmenter<FloatType>(commandService, command_name));
			case "threshold_components":
			case "threshold_components_dark":
				throw new IllegalArgumentException("segmenter=" + segmenter + " takes volumes (3D) only; on 2D images use threshold_watershed");
			default:
				throw new IllegalArgumentException("unknown segmenter '" + segmenter + "'");
		}
	}

	/** segmenter=macro and command on volumes: the same required keys as in 2D. */
	private void volumeSegmenter(final VolumeTiledRun.Settings s) throws java.io.IOException
	{
		if (segmenter.equals("macro"))
		{
			if (macro_code == null || macro_code.trim().isEmpty())
				throw new IllegalArgumentException("segmenter=macro needs macro_code");
			s.macroName = macroName();
			s.macroSource = macroSource();
		}
		if (segmenter.equals("command"))
		{
			if (command_name == null || command_name.trim().isEmpty())
				throw new IllegalArgumentException("segmenter=command needs command_name");
			s.commandName = command_name;
			s.commands = commandService;
		}
	}

	/** How messages name the macro: the .ijm file macro_code names, or macro_code. */
	private String macroName()
	{
		final java.nio.file.Path file = java.nio.file.Paths.get(macro_code.trim());
		return macro_code.trim().endsWith(".ijm") && java.nio.file.Files.isRegularFile(file) ? String.valueOf(file.getFileName()) : "macro_code";
	}

	/** The macro: macro_code itself, or the file it names when it is the path of an .ijm file. */
	private String macroSource() throws java.io.IOException
	{
		final java.nio.file.Path file = java.nio.file.Paths.get(macro_code.trim());
		if (macro_code.trim().endsWith(".ijm") && java.nio.file.Files.isRegularFile(file))
			return java.nio.file.Files.readString(file);
		if (macro_code.trim().endsWith(".ijm") && !macro_code.trim().contains("\n"))
			throw new IllegalArgumentException("macro_code=" + macro_code.trim() + ": no such macro file");
		return macro_code;
	}

	/** Writes the outputs: one plane as before; several planes as a label stack, ROIs with positions, one COCO image per plane. */
	private void write(final List<List<Instance>> results, final int[] planes) throws java.io.IOException
	{
		if (results.size() == 1)
		{
			final List<Instance> merged = results.get(0);
			Outputs.labels(merged, region, "merged labels", output_labels);
			if (given(output_rois))
				RoiSets.write(output_rois.toPath(), Rois.fromInstances(merged));
			if (given(output_coco))
				CocoJson.write(CocoDataset.builder().image(1, title, (int) region.width(), (int) region.height()).category(0, "object")
						.instances(1, merged).build(), output_coco.toPath(), CocoWriteOptions.rle());
			if (given(output_geojson))
				io.github.smm.io.geojson.GeoJson.write(output_geojson.toPath(), merged, io.github.smm.io.geojson.ClassNames.none(), null);
			return;
		}

		final ij.ImageStack stack = new ij.ImageStack((int) region.width(), (int) region.height());
		final java.util.List<ij.gui.Roi> rois = new java.util.ArrayList<>();
		final CocoDataset.Builder coco = CocoDataset.builder().category(0, "object");
		long cocoId = 0;
		for (int p = 0; p < results.size(); p++)
		{
			stack.addSlice(Outputs.labelImage(results.get(p), region, "plane").getProcessor().convertToFloat());
			for (final ij.gui.Roi roi : Rois.fromInstances(results.get(p)))
			{
				roi.setPosition(planes[p]);
				rois.add(roi);
			}
			final int[] czt = image.convertIndexToPosition(planes[p]);
			final List<Instance> renumbered = new java.util.ArrayList<>();
			for (final Instance i : results.get(p))
				renumbered.add(i.withId(++cocoId)); // annotation ids are unique across the file
			coco.image(p + 1, title + "_z" + czt[1] + "_t" + czt[2], (int) region.width(), (int) region.height()).instances(p + 1, renumbered);
		}
		if (given(output_labels) || Display.interactive())
		{
			final ImagePlus labels = new ImagePlus("merged labels", stack);
			io.github.smm.ij.LabelLuts.apply(labels, maxLabel(stack));
			if (given(output_labels))
				Outputs.saveTiff(labels, output_labels);
			if (Display.interactive())
				labels.show();
		}
		if (given(output_rois))
			RoiSets.write(output_rois.toPath(), rois);
		if (given(output_coco))
			CocoJson.write(coco.build(), output_coco.toPath(), CocoWriteOptions.rle());
	}

	private static double maxLabel(final ij.ImageStack stack)
	{
		double max = 1;
		for (int s = 1; s <= stack.getSize(); s++)
			max = Math.max(max, stack.getProcessor(s).getStatistics().max);
		return max;
	}

	private static boolean constant(final ij.process.ImageProcessor ip)
	{
		final ij.process.ImageStatistics stats = ip.getStats();
		return stats.min == stats.max;
	}

	/** The stack indices of every slice and frame at the current channel. */
	private static int[] planes(final ImagePlus imp)
	{
		final int c = imp.getChannel(), zs = imp.getNSlices(), ts = imp.getNFrames();
		final int[] out = new int[zs * ts];
		for (int t = 1, k = 0; t <= ts; t++)
			for (int z = 1; z <= zs; z++)
				out[k++] = imp.getStackIndex(c, z, t);
		return out;
	}

	private static void progress(final int done, final int total, final long start)
	{
		Progress.progress(done, total);
		final double s = (System.nanoTime() - start) / 1e9;
		final double left = done == 0 ? 0 : s / done * (total - done);
		Progress.status(String.format(Locale.ROOT, "Tiled Segment and Merge: %d/%d tiles, about %.0f s left (Esc to stop)", done, total, left));
	}
}
