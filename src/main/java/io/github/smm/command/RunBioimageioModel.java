package io.github.smm.command;

import java.io.File;
import java.util.Locale;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.IJ;
import ij.ImagePlus;
import ij.process.FloatProcessor;
import io.github.smm.bioimageio.ModelPackage;
import io.github.smm.bioimageio.ModelRunner;
import io.github.smm.bioimageio.ModelSegmentation;
import io.github.smm.bioimageio.ModelSegmentationOptions;
import io.github.smm.ij.tiling.TiffTileSource;
import io.github.smm.tile.BlendReport;
import io.github.smm.tile.BlendSink;
import io.github.smm.tile.BlendSinks;
import io.github.smm.tile.FloatTiffSink;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.TileSource;
import io.github.smm.MergeOptions;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Runs a bioimage.io model over a whole (large) image tile by tile and writes its blended
 * output — one output channel, the model's halo cut off every tile, tiles blended seamlessly —
 * as a new image or, streamed band by band, as a 32-bit TIFF on disk.
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Segmentation>Spatial Mask Merging>Run bioimage.io Model")
public class RunBioimageioModel implements Command
{
	@Parameter
	private LogService log;

	@Parameter(label = "image", required = false, persist = false, description = "The image (its current plane)")
	private ImagePlus image;

	@Parameter(label = "image_file", required = false, persist = false, style = "open",
			description = "Instead of an open image: a TIFF read tile by tile from disk, never loaded whole")
	private File image_file;

	@Parameter(label = "model", style = "open", persist = false, description = "The model package: its folder, its bioimageio.yaml (or rdf.yaml), or the zip")
	private File model;

	@Parameter(label = "tile_size", min = "16", persist = false, description = "Wanted tile size; the model's valid size nearest to it is used")
	private int tile_size = 512;

	@Parameter(label = "overlap", min = "0", persist = false, description = "Tile overlap: below 1 a ratio of the tile size, from 1 on pixels (at least twice the model's halo)")
	private double overlap = 0.2;

	@Parameter(label = "normalization", choices = { "per_tile", "whole_image" }, persist = false,
			description = "Statistics of the model's normalisation from each tile, or from a subsample of the whole image")
	private String normalization = "per_tile";

	@Parameter(label = "channels", required = false, persist = false,
			description = "The image channels fed to the model, in its order (e.g. 2,1); empty: the current plane")
	private String channels = "";

	@Parameter(label = "threads", min = "1", persist = false, description = "Threads of ONNX Runtime (default: all cores)")
	private int threads = Runtime.getRuntime().availableProcessors();

	@Parameter(label = "output_channel", min = "0", persist = false, description = "The model output channel to write")
	private int output_channel;

	@Parameter(label = "output_file", required = false, persist = false, style = "save", description = "Optional 32-bit TIFF written band by band (for images larger than memory)")
	private File output_file;

	@Parameter(type = ItemIO.OUTPUT, label = "summary")
	private String summary;

	@Override
	public void run()
	{
		try
		{
			final boolean fromDisk = image_file != null && !image_file.getPath().trim().isEmpty();
			if (!fromDisk && (image == null || image.getWidth() == 0))
				throw new IllegalArgumentException("give an image or an image_file");
			if (model == null || model.getPath().trim().isEmpty())
				throw new IllegalArgumentException("give the model package (folder, bioimageio.yaml or zip)");
			final TiffTileSource disk = fromDisk ? new TiffTileSource(image_file.toPath()) : null;
			final int[] picked = ModelChannels.parse(channels);
			if (fromDisk && picked != null)
				throw new IllegalArgumentException("channels: give an open image (an image_file is read as one plane)");
			final TileSource<FloatType> source = fromDisk ? disk : ModelChannels.source(image, picked, 0);
			final boolean toFile = output_file != null && !output_file.getPath().trim().isEmpty();
			if (!toFile && source.width() * source.height() > Integer.MAX_VALUE - 8)
				throw new IllegalArgumentException("the output of a " + source.width() + " x " + source.height() + " image does not fit one ImageJ image: give output_file");
			final ModelSegmentationOptions o = ModelSegmentationOptions.defaults().withTileSize(tile_size)
					.withOverlap(overlap < 1 ? Overlap.ratio(overlap) : Overlap.pixels((int) Math.round(overlap)))
					.withNormalization(ModelSegmentationOptions.Normalization.parse(normalization)).withOutputChannel(output_channel).withChannels(picked);
			final float[] pixels = toFile ? null : new float[(int) (source.width() * source.height())];
			final BlendSink sink = toFile ? new FloatTiffSink(output_file.toPath(), source.width(), source.height())
					: BlendSinks.into(ArrayImgs.floats(pixels, source.width(), source.height()));
			final long start = System.nanoTime();
			final BlendReport r;
			try (ModelRunner runner = new ModelRunner(ModelPackage.open(model.toPath()), threads))
			{
				final ModelSegmentation run = new ModelSegmentation(runner, o, MergeOptions.defaults());
				if (run.overlapNote() != null)
					log.info(run.overlapNote());
				r = run.withProgress((d, t) -> progress(d, t, start)).withCancellation(IJ::escapePressed).blend(source, sink);
			}
			if (disk != null)
				disk.close();
			if (!toFile && Display.interactive())
				new ImagePlus((fromDisk ? image_file.getName() : image.getTitle()) + " model output", new FloatProcessor((int) source.width(), (int) source.height(), pixels)).show();
			summary = String.format(Locale.ROOT, "%d of %d tiles in %.1f s%s%s", r.tilesDone(), r.tiles(), r.seconds(), toFile ? " -> " + output_file : "",
					r.cancelled() ? " (cancelled: the rows not reached are 0)" : "");
			log.info(summary);
		}
		catch (final Exception e)
		{
			throw Outputs.failure("Run bioimage.io Model", e);
		}
	}

	private static void progress(final int done, final int total, final long start)
	{
		Progress.progress(done, total);
		final double s = (System.nanoTime() - start) / 1e9;
		Progress.status(String.format(Locale.ROOT, "Run bioimage.io Model: %d/%d tiles, about %.0f s left (Esc to stop)", done, total, done == 0 ? 0 : s / done * (total - done)));
	}
}
