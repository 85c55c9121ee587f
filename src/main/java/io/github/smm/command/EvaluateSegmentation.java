package io.github.smm.command;

import java.io.File;
import java.util.List;
import java.util.Locale;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.gui.Plot;
import io.github.smm.command.evaluation.EvaluationInputs;
import io.github.smm.command.evaluation.EvaluationPlots;
import io.github.smm.command.evaluation.EvaluationTables;
import io.github.smm.command.evaluation.IouThresholds;
import io.github.smm.command.evaluation.SegmentationScores;
import io.github.smm.eval.CategoryMode;
import io.github.smm.eval.MatchingOptions;
import io.github.smm.eval.MatchingStats;
import io.github.smm.eval.coco.CocoEvalParams;
import io.github.smm.eval.coco.CocoEvalResult;
import io.github.smm.eval.coco.CocoEvaluator;
import io.github.smm.eval.coco.CocoSummary;
import io.github.smm.io.EvaluationCsv;

/**
 * Scores predicted instances against ground truth: per image and IoU threshold the matching
 * counts with precision, recall, F1, accuracy, mean IoU and panoptic quality, the Cell Tracking
 * Challenge's SEG, and the splits, merges, misses and spurious predictions; their totals over
 * the data set; COCO AP/AP50/AP75/AR (no cap on detections per image) when both inputs are
 * COCO JSON. Per category by default when both inputs carry classes (as pycocotools), class-agnostic
 * when asked or when an input has no classes; the tables' {@code classes} column and COCO column
 * names ({@code coco_ap_per_category}, {@code coco_ap_class_agnostic}) say which. Inputs are label images, ROI sets, COCO JSON, or folders of label images and ROI
 * sets paired by file name. Label stacks ({@code dimensions}): with {@code auto} a stack of z slices
 * (one channel, one frame) or a folder holding one is evaluated in 3D ({@link VolumeEvaluate});
 * {@code 3d} reads every label image as a volume (a 2D image as a one-slice volume, a stack of
 * frames as z slices); {@code 2d_per_slice} scores every plane of a stack as a 2D image, rows
 * named {@code <name>:slice <k>} and pooled as the images of a folder ({@link SliceFiles}).
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Segmentation>Spatial Mask Merging>Evaluate Segmentation")
public class EvaluateSegmentation implements Command
{
	/** Title of the data-set results table. */
	static final String SUMMARY_TABLE = "SMM evaluation";

	/** Title of the per-image results table. */
	static final String IMAGE_TABLE = "SMM evaluation per image";

	@Parameter
	private LogService log;

	@Parameter(label = "prediction", persist = false, style = "both",
			description = "Predictions: a label image, a RoiSet.zip, COCO JSON (dataset with scores or results list), or a folder of label images / ROI sets")
	private File prediction;

	@Parameter(label = "ground_truth", persist = false, style = "both",
			description = "Ground truth in the same forms (COCO: a dataset); folders are paired with the predictions by file name")
	private File ground_truth;

	@Parameter(label = "iou_thresholds", persist = false, description = "IoU thresholds: start:step:stop (ends included) or a comma list, e.g. 0.5,0.75")
	private String iou_thresholds = "0.5:0.05:0.95";

	@Parameter(label = "class_agnostic", persist = false,
			description = "Match objects of any class and compute COCO AP over all classes as one; off (default): per category, as pycocotools, when both inputs carry classes (COCO, ROIs with a class property)")
	private boolean class_agnostic;

	@Parameter(label = "dimensions", choices = { "auto", "2d_per_slice", "3d" }, persist = false,
			description = "auto: a stack of z slices (one channel, one frame), or a folder holding one, is evaluated in 3D; 2d_per_slice: each plane a 2D image (rows name:slice k); 3d: every label image a volume (a 2D image one slice)")
	private String dimensions = VolumeLabelMerge.AUTO;

	@Parameter(label = "csv", required = false, persist = false, style = "save", description = "Optional CSV file: scores per image and threshold")
	private File csv;

	@Parameter(label = "summary_csv", required = false, persist = false, style = "save", description = "Optional CSV file: data-set totals per threshold (and COCO AP)")
	private File summary_csv;

	@Parameter(label = "plot_png", required = false, persist = false, style = "save", description = "Optional PNG file with both plots side by side")
	private File plot_png;

	@Parameter(type = ItemIO.OUTPUT, label = "summary")
	private String summary;

	@Override
	public void run()
	{
		try
		{
			final double[] thresholds = IouThresholds.parse(iou_thresholds);
			final String dims = SliceFiles.dimensions(dimensions);
			required(prediction, "prediction");
			required(ground_truth, "ground_truth");
			final boolean forced = dims.equals(VolumeLabelMerge.VOLUME);
			if (forced || dims.equals(VolumeLabelMerge.AUTO) && VolumeEvaluate.applies(prediction.toPath(), ground_truth.toPath()))
			{
				summary = VolumeEvaluate.run(prediction.toPath(), ground_truth.toPath(), thresholds, csv, summary_csv, plot_png, log::warn, forced);
				log.info(summary);
				return;
			}
			final boolean perSlice = dims.equals(VolumeLabelMerge.PER_SLICE) && !isJson(prediction) && !isJson(ground_truth);
			final EvaluationInputs in = perSlice ? SliceFiles.evaluationInputs(prediction.toPath(), ground_truth.toPath()) : EvaluationInputs.read(prediction.toPath(), ground_truth.toPath());
			in.warnings().forEach(log::warn);
			final CategoryMode mode = !class_agnostic && in.carryCategories() ? CategoryMode.PER_CATEGORY : CategoryMode.CLASS_AGNOSTIC;
			if (!class_agnostic && !in.carryCategories())
				log.info("class-agnostic evaluation: the inputs carry no classes (label images, or ROIs without a class property)");
			Progress.status("Spatial Mask Merging: evaluating " + in.pairs().size() + " image(s)");
			final SegmentationScores scores = SegmentationScores.compute(in.pairs(), MatchingOptions.defaults().withThresholds(thresholds).withClassAware(mode.perCategory()));
			final CocoEvalResult coco = in.hasCoco() ? coco(in, mode) : null;
			publish(scores, coco, mode);
			summary = (perSlice ? "2D per slice: " : "") + describe(scores, coco == null ? null : coco.summary(), mode);
			Progress.status("Spatial Mask Merging: " + summary);
			log.info(summary);
		}
		catch (final Exception e)
		{
			throw Outputs.failure("Evaluate Segmentation", e);
		}
	}

	/** COCO evaluation with pycocotools' parameters but no cap on detections per image. */
	private static CocoEvalResult coco(final EvaluationInputs in, final CategoryMode mode)
	{
		Progress.status("Spatial Mask Merging: COCO evaluation");
		return CocoEvaluator.evaluate(in.cocoGroundTruth(), in.cocoDetections(), CocoEvalParams.defaults().withUseCategories(mode.perCategory()));
	}

	/** Writes the tables and plots asked for; shows them when interactive. */
	private void publish(final SegmentationScores scores, final CocoEvalResult coco, final CategoryMode mode) throws java.io.IOException
	{
		final CocoSummary cs = coco == null ? null : coco.summary();
		if (given(csv))
			EvaluationCsv.writeImages(csv.toPath(), scores.images(), mode);
		if (given(summary_csv))
			EvaluationCsv.writeSummary(summary_csv.toPath(), scores.imageCount(), scores.totals(), cs, mode);
		final boolean show = Display.interactive();
		if (!show && !given(plot_png) || scores.totals().isEmpty())
			return;
		final List<MatchingStats> totals = scores.totalStats();
		final Plot pr = coco != null ? EvaluationPlots.precisionRecall(coco) : EvaluationPlots.precisionRecallByThreshold(totals);
		final Plot metrics = EvaluationPlots.metrics(totals);
		if (given(plot_png))
			EvaluationPlots.writePng(plot_png.toPath(), pr, metrics);
		if (show)
		{
			EvaluationTables.images(scores.images(), mode).show(IMAGE_TABLE);
			EvaluationTables.summary(scores.imageCount(), scores.totals(), cs, mode).show(SUMMARY_TABLE);
			pr.show();
			metrics.show();
		}
	}

	/** The data-set scores at the first threshold, and COCO AP when computed. */
	static String describe(final SegmentationScores scores, final CocoSummary coco, final CategoryMode mode)
	{
		if (scores.totals().isEmpty())
			return "no image to evaluate";
		final EvaluationCsv.Row r = scores.totals().get(0);
		final MatchingStats s = r.stats();
		String text = String.format(Locale.ROOT, "%d image(s), %s, IoU %.2f: F1 %.4f (TP %d, FP %d, FN %d), precision %.4f, recall %.4f, PQ %.4f, SEG %.4f; splits %d, merges %d",
				scores.imageCount(), mode.token().replace('_', ' '), s.threshold(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.panopticQuality(),
				r.seg(), r.splits(), r.merges());
		if (coco != null)
			text += String.format(Locale.ROOT, "; COCO AP %.4f, AP50 %.4f, AP75 %.4f, AR %.4f", coco.ap(), coco.ap50(), coco.ap75(), coco.ar());
		return text;
	}

	private static File required(final File f, final String name)
	{
		if (!given(f))
			throw new IllegalArgumentException(name + " is not given");
		return f;
	}

	/** COCO JSON: 2D already, so dimensions=2d_per_slice reads it as auto does. */
	private static boolean isJson(final File f)
	{
		return f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
	}

	private static boolean given(final File f)
	{
		return f != null && !f.getPath().trim().isEmpty();
	}
}
