package io.github.smm.command;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;

import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.Preset;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.io.ClusterCsv;
import io.github.smm.model.Instance;

/**
 * The merge parameters shared by the merge commands, with snake_case names (the macro
 * recorder's keys). With preset {@code microscopy} or {@code paper} the weight parameters come
 * from the preset; with {@code custom} they come from the fields below.
 */
public abstract class AbstractMergeCommand implements Command
{
	@Parameter
	protected LogService log;

	@Parameter(label = "preset", choices = { "microscopy", "paper", "custom" }, persist = false,
			description = "Parameter set: microscopy (dense touching cells, window IoU), paper (the published defaults), or custom (the values below)")
	protected String preset = "microscopy";

	@Parameter(label = "method", choices = { "smm-exact", "smm-greedy", "nms", "greedy_nmm", "union_iou", "components" }, persist = false,
			description = "smm-exact: integer program per component; smm-greedy: pivot + local search; the rest are baselines")
	protected String method = "smm-exact";

	@Parameter(label = "overlap_measure", choices = { "preset", "window_iou", "iou", "ios" }, persist = false,
			description = "Overlap term of the weight; 'preset' keeps the preset's measure")
	protected String overlap_measure = "preset";

	@Parameter(label = "score_aggregation", choices = { "preset", "max", "mean", "area_weighted" }, persist = false,
			description = "Score of a merged object; 'preset' keeps the preset's rule")
	protected String score_aggregation = "preset";

	@Parameter(label = "fusion", choices = { "union", "central" }, persist = false,
			description = "union: the pixels of all members; central: the mask of the member its tile saw farthest from the tile edge (StarDist, distributed Cellpose)")
	protected String fusion = "union";

	@Parameter(label = "tau_d", min = "0.001", persist = false, description = "Distance scale in pixels (custom preset only)")
	protected double tau_d = 5;

	@Parameter(label = "rho", min = "0", persist = false, description = "Candidate radius: largest bounding-box gap in pixels (custom preset only)")
	protected double rho = 5;

	@Parameter(label = "beta1", min = "0", persist = false, description = "Weight of the distance term (custom preset only)")
	protected double beta1 = 0.5;

	@Parameter(label = "beta2", min = "0", persist = false, description = "Weight of the overlap term (custom preset only)")
	protected double beta2 = 1.5;

	@Parameter(label = "beta3", min = "0", persist = false, description = "Weight of the score term (custom preset only)")
	protected double beta3 = 0;

	@Parameter(label = "lambda", persist = false, description = "Merge threshold: a pair inside one cluster adds w - lambda (custom preset only)")
	protected double lambda = 1;

	@Parameter(label = "gamma", persist = false, description = "Cannot-link threshold: candidate pairs with w < gamma are never merged (custom preset only)")
	protected double gamma = 0.5;

	@Parameter(label = "chain_cost", persist = false,
			description = "Most a pair inside one cluster that is not a cannot-link costs, as a fraction of lambda, 0 to 1 (1: the published objective); 'preset' keeps the preset's value")
	protected String chain_cost = "preset";

	@Parameter(label = "tau_i", min = "0.01", max = "1", persist = false, description = "Overlap threshold of the baselines nms, greedy_nmm and union_iou")
	protected double tau_i = 0.5;

	@Parameter(label = "class_agnostic", persist = false, description = "Merge objects of different classes")
	protected boolean class_agnostic;

	@Parameter(label = "resolve_overlaps", persist = false,
			description = "Label images always give a pixel claimed by two objects to the higher-scoring one; tick to do the same in the ROI, COCO and GeoJSON outputs and the table (else they keep overlapping masks)")
	protected boolean resolve_overlaps;

	@Parameter(label = "parameters", required = false, persist = false, style = "open",
			description = "Optional parameter file (JSON) from Tune Merge Parameters: its values replace the preset's; a key set here to other than its default overrides the file")
	protected File parameters;

	/** The keys' values as declared, to tell the keys a user changed from those left alone. */
	private final Object[] declared = { method, overlap_measure, score_aggregation, tau_d, rho, beta1, beta2, beta3, lambda, gamma, tau_i, chain_cost, class_agnostic, resolve_overlaps };

	@Parameter(label = "table", required = false, persist = false, style = "save", description = "Optional CSV file for the cluster table")
	protected File table;

	@Parameter(type = ItemIO.OUTPUT, label = "summary")
	protected String summary;

	/** The names of the inputs by id (ROI names, GeoJSON feature names) for the cluster table; empty when they have none. */
	protected java.util.Map<Long, String> inputNames = java.util.Map.of();

	/** The validated merge options of the parameters. */
	protected MergeOptions options()
	{
		if (given(parameters))
			return ParameterOverrides.apply(ParameterOverrides.read(parameters, preset), declared, current());
		MergeOptions o;
		if (preset.equals("custom"))
			o = MergeOptions.preset(Preset.MICROSCOPY).withTauD(tau_d).withRho(rho).withBetas(beta1, beta2, beta3).withLambda(lambda).withGamma(gamma);
		else
			o = MergeOptions.preset(Preset.parse(preset));
		o = o.with("method", method).with("fusion", fusion).withTauI(tau_i).withClassAgnostic(class_agnostic).withResolveOverlaps(resolve_overlaps);
		if (!overlap_measure.equals("preset"))
			o = o.with("overlap_measure", overlap_measure);
		if (!score_aggregation.equals("preset"))
			o = o.with("score_aggregation", score_aggregation);
		if (!chain_cost.trim().equals("preset"))
			o = o.with("chain_cost", chain_cost);
		return o;
	}

	/** The keys' values now, in the order of {@link #declared}. */
	private Object[] current()
	{
		return new Object[] { method, overlap_measure, score_aggregation, tau_d, rho, beta1, beta2, beta3, lambda, gamma, tau_i, chain_cost, class_agnostic, resolve_overlaps };
	}

	/**
	 * The options for these inputs: when the overlap measure is left to a preset that uses
	 * window IoU but no input knows its source window (ROI sets, COCO files), window IoU would
	 * fall back to plain IoU, which leaves clipped copies of one object apart; intersection
	 * over the smaller mask is used instead, and the log says so.
	 */
	protected MergeOptions options(final List<Instance> instances)
	{
		final MergeOptions o = options();
		if (!overlap_measure.equals("preset") || o.overlapMeasure() != io.github.smm.graph.OverlapMeasure.WINDOW_IOU)
			return o;
		for (final Instance i : instances)
			if (i.window() != null)
				return o;
		log.info("no input knows its source tile window: using overlap_measure=ios instead of window_iou (give the tile grid, tile_size and overlap or tiles, to use window_iou)");
		return o.withOverlapMeasure(io.github.smm.graph.OverlapMeasure.IOS);
	}

	/** Merges with status messages and writes the cluster table when asked. */
	protected MergeResult merge(final List<Instance> instances, final MergeOptions options) throws IOException
	{
		final MergeResult result = mergeWithoutTable(instances, options);
		if (table != null && !table.getPath().isEmpty())
			ClusterCsv.writeClusters(table.toPath(), ClusterCsv.rows(result, inputNames));
		return result;
	}

	/** Merges with status messages; the caller writes any table (e.g. one for several merges). */
	protected MergeResult mergeWithoutTable(final List<Instance> instances, final MergeOptions options)
	{
		Progress.status("Spatial Mask Merging: merging " + instances.size() + " instances");
		final MergeResult result = SpatialMaskMerging.merge(instances, options);
		Progress.status("Spatial Mask Merging: " + instances.size() + " instances -> " + result.clusterCount() + " objects");
		return result;
	}

	/** A one-line summary of a merge, with what the solver proved. */
	protected static String describe(final int inputs, final MergeResult r)
	{
		return String.format(java.util.Locale.ROOT, "%d instances -> %d objects in %.3f s; %s", inputs, r.clusterCount(), r.mergeSeconds(), r.solveSummary());
	}

	/** True for a set, non-empty file parameter. */
	protected static boolean given(final File f)
	{
		return f != null && !f.getPath().trim().isEmpty();
	}
}
