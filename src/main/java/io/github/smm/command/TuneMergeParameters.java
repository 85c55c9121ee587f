package io.github.smm.command;

import java.io.File;

import org.scijava.Cancelable;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.IJ;
import io.github.smm.MergeOptions;
import io.github.smm.Preset;
import io.github.smm.command.tuning.TuningInputs;
import io.github.smm.command.tuning.TuningPlots;
import io.github.smm.command.tuning.TuningTable;
import io.github.smm.eval.CategoryMode;
import io.github.smm.io.TileGridSpec;
import io.github.smm.tune.MergeTuning;
import io.github.smm.tune.Metric;
import io.github.smm.tune.ParameterFile;
import io.github.smm.tune.TrialsCsv;
import io.github.smm.tune.TuneListener;
import io.github.smm.tune.TuningOptions;
import io.github.smm.tune.TuningReport;

/**
 * Finds the merge settings that work best on annotated images: tile predictions and ground
 * truth paired by name, a metric, trials of a Tree-structured Parzen Estimator, k-fold
 * cross-validation for an honest held-out estimate, the settings tuned on all images saved as
 * a parameter file the merge commands take as {@code parameters=}. Esc, a SciJava cancel of the
 * running module ({@link #cancel}) or an interrupt stops after the current batch of trials and
 * keeps (and writes) the best settings so far.
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Segmentation>Spatial Mask Merging>Tune Merge Parameters")
public class TuneMergeParameters implements Command, Cancelable
{
	private volatile String cancelReason;

	@Parameter
	private LogService log;

	@Parameter(label = "predictions", persist = false, style = "both",
			description = "Tile predictions: COCO JSON (dataset or detection results), a RoiSet.zip, a label image, or a folder of them (paired with the ground truth by file name)")
	private File predictions;

	@Parameter(label = "ground_truth", persist = false, style = "both", description = "Ground truth in the same forms (COCO: a dataset)")
	private File ground_truth;

	@Parameter(label = "tile_size", min = "0", persist = false, required = false,
			description = "Tile grid the predictions came from: tile side in pixels (0 = no grid); gives each prediction its source window so window_iou can be tried")
	private int tile_size;

	@Parameter(label = "overlap", min = "0", persist = false, required = false, description = "Overlap of that grid: below 1 a ratio of tile_size, from 1 on pixels")
	private double overlap = 0.2;

	@Parameter(label = "tiles", required = false, persist = false, style = "open", description = "Instead of tile_size: a CSV of tile windows x,y,width,height[,image]")
	private File tiles;

	@Parameter(label = "method", choices = { "smm-exact", "smm-greedy", "nms", "greedy_nmm", "union_iou", "components" }, persist = false,
			description = "Merge method to tune (tune=method to let the tuning choose it too)")
	private String method = "smm-exact";

	@Parameter(label = "preset", choices = { "microscopy", "paper" }, persist = false, description = "The defaults the trials start from and compare against")
	private String preset = "microscopy";

	@Parameter(label = "parameters", required = false, persist = false, style = "open", description = "Optional parameter file to start from instead of the preset")
	private File parameters;

	@Parameter(label = "metric", persist = false, description = "What to maximise: pq, f1 (IoU 0.5), f1@T (e.g. f1@0.7), f1_mean (IoU 0.5:0.95), coco_ap, or errors (splits + merges, minimised)")
	private String metric = "pq";

	@Parameter(label = "trials", min = "1", persist = false, description = "Settings tried per tuning run")
	private int trials = 50;

	@Parameter(label = "folds", min = "0", persist = false,
			description = "Cross-validation folds for the held-out estimate (one image: spatial blocks); 0 or 1: none")
	private int folds = 3;

	@Parameter(label = "seed", persist = false, description = "Random seed: the same seed gives the same result on any number of threads")
	private long seed = 1;

	@Parameter(label = "tune", persist = false, required = false,
			description = "Options to tune: default (those that matter for the method), or a list like beta2,gamma,tau_d=2:20:log,overlap_measure=iou|ios")
	private String tune = "default";

	@Parameter(label = "work_limit", min = "1", persist = false,
			description = "Exact solver: units of work per component during tuning (a component past it keeps the best clustering found and its gap); lower it to tune faster")
	private long work_limit = io.github.smm.solve.SolverSettings.DEFAULT_WORK_LIMIT;

	@Parameter(label = "class_agnostic_evaluation", persist = false, description = "Score objects of any class against each other (else per category when both inputs carry classes)")
	private boolean class_agnostic_evaluation;

	@Parameter(label = "output_parameters", persist = false, style = "save", description = "Parameter file (JSON) to write the best settings to")
	private File output_parameters;

	@Parameter(label = "trials_csv", required = false, persist = false, style = "save", description = "Optional CSV of every trial")
	private File trials_csv;

	@Parameter(label = "plot_png", required = false, persist = false, style = "save", description = "Optional PNG: the metric per trial and against each parameter")
	private File plot_png;

	@Parameter(type = ItemIO.OUTPUT, label = "summary")
	private String summary;

	@Override
	public void run()
	{
		try
		{
			final TuningInputs in = TuningInputs.read(required(predictions, "predictions"), required(ground_truth, "ground_truth"),
					TileGridSpec.of(tile_size, overlap, given(tiles) ? tiles.toPath() : null));
			in.notes().forEach(log::info);
			final TuningOptions options = options(in);
			log.info("Tune Merge Parameters: " + in.set().size() + " image(s), metric " + options.metric() + " (" + options.metric().categories().token() + "), tuning "
					+ MergeTuning.space(MergeTuning.folded(in.set(), folds), options));
			final TuningReport report = MergeTuning.run(in.set(), options, progress(), this::stopRequested);
			publish(report);
			if (report.cancelled())
				cancelReason = "stopped on request after " + report.run().trials().size() + " trial(s); the best settings so far were written to " + output_parameters;
			summary = report.summary().replace('\n', ';').replace(";", "; ");
			log.info(report.summary());
		}
		catch (final Exception e)
		{
			throw Outputs.failure("Tune Merge Parameters", e);
		}
	}

	private TuningOptions options(final TuningInputs in) throws java.io.IOException
	{
		if (!given(output_parameters))
			throw new io.github.smm.InvalidOptionException("output_parameters", "give the parameter file to write");
		final MergeOptions start = given(parameters) ? ParameterOverrides.read(parameters, preset) : MergeOptions.preset(Preset.parse(preset));
		final CategoryMode mode = !class_agnostic_evaluation && in.carryCategories() ? CategoryMode.PER_CATEGORY : CategoryMode.CLASS_AGNOSTIC;
		return TuningOptions.defaults().withMetric(Metric.parse(metric).with(mode)).withTrials(trials).withFolds(folds).withSeed(seed).withTune(tune)
				.withDefaults(start.with("method", method).with("work_limit", Long.toString(work_limit)));
	}

	private boolean stopRequested()
	{
		return cancelReason != null || IJ.escapePressed() || Thread.currentThread().isInterrupted();
	}

	@Override
	public boolean isCanceled()
	{
		return cancelReason != null;
	}

	/** Asks a running tuning to stop after its current batch of trials; it writes the best settings so far. */
	@Override
	public void cancel(final String reason)
	{
		cancelReason = reason == null || reason.isEmpty() ? "cancelled" : reason;
	}

	@Override
	public String getCancelReason()
	{
		return cancelReason;
	}

	private static java.nio.file.Path required(final File f, final String key)
	{
		if (!given(f))
			throw new io.github.smm.InvalidOptionException(key, "is not given");
		return f.toPath();
	}

	private static boolean given(final File f)
	{
		return f != null && !f.getPath().trim().isEmpty();
	}

	/** Status bar: the run, the trial and the best value so far. */
	private static TuneListener progress()
	{
		final String[] phase = { "" };
		return new TuneListener()
		{
			@Override
			public void phase(final String name, final int index, final int count)
			{
				phase[0] = name + " [" + index + "/" + count + "]";
			}

			@Override
			public void trialDone(final io.github.smm.tune.Trial trial, final io.github.smm.tune.Trial best, final int done, final int total)
			{
				Progress.status(String.format(java.util.Locale.ROOT, "Tune Merge Parameters: %s trial %d/%d, best %.4f (Esc keeps the best so far)", phase[0], done, total, best.value()));
				Progress.progress(done, total);
			}
		};
	}

	private void publish(final TuningReport report) throws java.io.IOException
	{
		ParameterFile.write(output_parameters.toPath(), report.best(), report);
		log.info("best settings written to " + output_parameters);
		if (given(trials_csv))
			TrialsCsv.write(trials_csv.toPath(), report);
		if (given(plot_png))
			TuningPlots.writePng(plot_png.toPath(), report.run(), report.metric().token(), report.metric().higherIsBetter());
		if (Display.interactive())
		{
			TuningTable.of(report).show(TuningTable.TITLE);
			TuningPlots.image(report.run(), report.metric().token(), report.metric().higherIsBetter()).show();
		}
	}
}
