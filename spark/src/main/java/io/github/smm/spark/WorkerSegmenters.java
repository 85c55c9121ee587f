package io.github.smm.spark;

import io.github.smm.InvalidOptionException;
import io.github.smm.ij.tiling.LabelFolderSegmenter;
import io.github.smm.ij.tiling.ThresholdWatershedSegmenter;
import io.github.smm.tile.TileSegmenter;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The segmenters that run inside a Spark executor, built from the command's option string as
 * <i>Tiled Segment and Merge</i> builds them: {@code threshold_watershed},
 * {@code threshold_watershed_dark} (ImageJ 1.x's processors, which run headless) and
 * {@code label_folder}; {@code bioimageio} through {@link ModelWorker}, which needs the image (and alone takes
 * {@code channels}, and {@code batch_size}, {@code normalization_window} and {@code split_depth}
 * other than their defaults).
 * {@code macro} and {@code command} need a running ImageJ or SciJava
 * context and are refused.
 */
public final class WorkerSegmenters
{
	private WorkerSegmenters()
	{}

	/** Whether the segmenter uses a whole-image threshold that the driver must compute first. */
	public static boolean needsWholeImageLevel(final JobOptions o)
	{
		return segmenterName(o).startsWith("threshold_watershed") && o.get("threshold", "otsu_whole_image").equals("otsu_whole_image");
	}

	/**
	 * Checks the segmenter options (on the driver, before any task starts).
	 *
	 * @throws InvalidOptionException naming the segmenter or option that cannot run in a worker
	 */
	public static void check(final JobOptions o)
	{
		final String s = segmenterName(o);
		if (o.has("channels") && !s.equals("bioimageio") && !s.equals("macro") && !s.equals("command"))
			throw new InvalidOptionException("channels", "picks the image channels fed to a model: segmenter=bioimageio only (segmenter=" + s + " reads the first plane)");
		if (!s.equals("bioimageio"))
			modelKeysAtTheirDefaults(o, s);
		switch (s)
		{
			case "threshold_watershed":
			case "threshold_watershed_dark":
				final String t = o.get("threshold", "otsu_whole_image");
				if (!t.equals("otsu_whole_image") && !t.equals("otsu_per_tile"))
					throw new InvalidOptionException("threshold", "must be otsu_whole_image or otsu_per_tile, got '" + t + "'");
				o.number("min_area", 10);
				return;
			case "label_folder":
				if (!o.has("label_folder"))
					throw new InvalidOptionException("label_folder", "segmenter=label_folder needs label_folder");
				return;
			case "bioimageio":
				ModelWorker.check(o);
				return;
			case "macro":
			case "command":
				throw new InvalidOptionException("segmenter", "segmenter=" + s + " needs ImageJ (a macro interpreter or a SciJava context) and cannot run in"
						+ " a Spark executor: use threshold_watershed, threshold_watershed_dark, label_folder (precomputed tile labels) or bioimageio");
			default:
				throw new InvalidOptionException("segmenter", "unknown segmenter '" + s + "' (threshold_watershed, threshold_watershed_dark, label_folder, bioimageio)");
		}
	}

	/**
	 * The segmenter of these options.
	 *
	 * @param level the whole-image threshold level (see {@link #needsWholeImageLevel}), else NaN
	 */
	public static TileSegmenter<FloatType> of(final JobOptions o, final double level)
	{
		check(o);
		if (ModelWorker.uses(o))
			throw new IllegalArgumentException("segmenter=bioimageio opens its model on the image (ModelWorker)");
		final double minArea = o.number("min_area", 10);
		final double l = o.get("threshold", "otsu_whole_image").equals("otsu_per_tile") ? Double.NaN : level;
		switch (segmenterName(o))
		{
			case "threshold_watershed":
				return TileSegmenter.ofLabels(new ThresholdWatershedSegmenter<FloatType>(minArea, false, l));
			case "threshold_watershed_dark":
				return TileSegmenter.ofLabels(new ThresholdWatershedSegmenter<FloatType>(minArea, true, l));
			default:
				return TileSegmenter.ofLabels(new LabelFolderSegmenter<FloatType>(o.path("label_folder")));
		}
	}

	/**
	 * {@code batch_size}, {@code normalization_window} and {@code split_depth} say how a model is
	 * run: with another segmenter only their defaults (4, 0, 0, what a recorded macro of the
	 * command carries) are accepted; any other value would be dropped, so it is refused.
	 */
	private static void modelKeysAtTheirDefaults(final JobOptions o, final String s)
	{
		final String[][] keys = { { "batch_size", "4", "tiles per call of a model" }, { "normalization_window", "0", "the statistics window of a model's normalisation" },
				{ "split_depth", "0", "splits a model's touching objects (2-D planes)" } };
		for (final String[] k : keys)
			if (o.has(k[0]) && o.number(k[0], 0) != Double.parseDouble(k[1]))
				throw new InvalidOptionException(k[0], k[2] + ": segmenter=bioimageio only (segmenter=" + s + " does not use it), got " + o.get(k[0], ""));
	}

	private static String segmenterName(final JobOptions o)
	{
		return o.get("segmenter", "threshold_watershed");
	}
}
