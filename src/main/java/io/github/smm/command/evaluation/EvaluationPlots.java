package io.github.smm.command.evaluation;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.io.FileSaver;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import io.github.smm.eval.MatchingStats;
import io.github.smm.eval.coco.AreaRange;
import io.github.smm.eval.coco.CocoEvalResult;

/**
 * The plots of an evaluation as ImageJ {@link Plot}s: scores against the IoU threshold, and
 * precision against recall (COCO inputs). They render without a display, so
 * {@link #writePng} works headless.
 */
public final class EvaluationPlots
{
	/** Width of one plot image in pixels. */
	public static final int WIDTH = 560;

	/** Height of one plot image in pixels. */
	public static final int HEIGHT = 400;

	private static final Color[] COLORS = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd) };

	private EvaluationPlots()
	{}

	/** F1, precision, recall and PQ of the data set against the IoU threshold. */
	public static Plot metrics(final List<MatchingStats> totals)
	{
		final Plot plot = thresholdPlot("Scores vs IoU threshold", totals);
		add(plot, 0, thresholds(totals), values(totals, MatchingStats::f1));
		add(plot, 1, thresholds(totals), values(totals, MatchingStats::precision));
		add(plot, 2, thresholds(totals), values(totals, MatchingStats::recall));
		add(plot, 3, thresholds(totals), values(totals, MatchingStats::panopticQuality));
		return legend(plot, "F1", "precision", "recall", "PQ");
	}

	/** Precision and recall of the data set against the IoU threshold (inputs without scores). */
	public static Plot precisionRecallByThreshold(final List<MatchingStats> totals)
	{
		final Plot plot = thresholdPlot("Precision and recall vs IoU threshold", totals);
		add(plot, 1, thresholds(totals), values(totals, MatchingStats::precision));
		add(plot, 2, thresholds(totals), values(totals, MatchingStats::recall));
		return legend(plot, "precision", "recall");
	}

	/**
	 * COCO's interpolated precision against recall (all areas, the largest detection cap,
	 * averaged over categories) at IoU 0.5, at 0.75 and averaged over all IoU thresholds.
	 */
	public static Plot precisionRecall(final CocoEvalResult coco)
	{
		final Plot plot = new Plot("Precision vs recall (COCO)", "recall", "precision");
		plot.setSize(WIDTH, HEIGHT);
		plot.setLimits(0, 1, 0, 1.02);
		final double[] ious = coco.params().iouThresholds();
		add(plot, 0, coco, nearest(ious, 0.5), nearest(ious, 0.5));
		add(plot, 1, coco, nearest(ious, 0.75), nearest(ious, 0.75));
		final String all = String.format(java.util.Locale.ROOT, "IoU %.2f:%.2f", ious[0], ious[ious.length - 1]);
		add(plot, 2, coco, 0, ious.length - 1);
		return legend(plot, "IoU 0.50", "IoU 0.75", all);
	}

	/** The two plots side by side in one RGB image ({@code 2 × WIDTH} by {@code HEIGHT}). */
	public static ImagePlus sideBySide(final Plot left, final Plot right)
	{
		final ImageProcessor a = left.getProcessor(), b = right.getProcessor();
		final ColorProcessor out = new ColorProcessor(a.getWidth() + b.getWidth(), Math.max(a.getHeight(), b.getHeight()));
		out.setColor(Color.WHITE);
		out.fill();
		out.insert(a.convertToRGB(), 0, 0);
		out.insert(b.convertToRGB(), a.getWidth(), 0);
		return new ImagePlus("evaluation plots", out);
	}

	/**
	 * Writes the two plots side by side as a PNG file.
	 *
	 * @throws IOException naming the file when it cannot be written
	 */
	public static void writePng(final Path file, final Plot left, final Plot right) throws IOException
	{
		if (!new FileSaver(sideBySide(left, right)).saveAsPng(file.toString()))
			throw new IOException("could not write the plot image " + file);
	}

	private static Plot thresholdPlot(final String title, final List<MatchingStats> totals)
	{
		final Plot plot = new Plot(title, "IoU threshold", "score");
		plot.setSize(WIDTH, HEIGHT);
		final double[] t = thresholds(totals);
		double lo = 1, hi = 0;
		for (final double v : t)
		{
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		final double pad = Math.max(0.02, (0.1 - (hi - lo)) / 2);
		plot.setLimits(lo - pad, hi + pad, 0, 1.02);
		return plot;
	}

	private static void add(final Plot plot, final int color, final double[] x, final double[] y)
	{
		plot.setColor(COLORS[color], COLORS[color]);
		plot.setLineWidth(2);
		plot.addPoints(x, y, Plot.CONNECTED_CIRCLES);
	}

	/** The precision curve averaged over IoU thresholds {@code t0..t1} and categories. */
	private static void add(final Plot plot, final int color, final CocoEvalResult coco, final int t0, final int t1)
	{
		final double[] recalls = coco.params().recallThresholds();
		final int a = allAreas(coco), m = coco.params().maxDets().length - 1, nK = coco.categoryIds().size();
		final List<double[]> points = new ArrayList<>();
		for (int r = 0; r < recalls.length; r++)
		{
			double sum = 0;
			int n = 0;
			for (int t = t0; t <= t1; t++)
				for (int k = 0; k < nK; k++)
				{
					final double p = coco.precision(t, r, k, a, m);
					if (p > -1)
					{
						sum += p;
						n++;
					}
				}
			if (n > 0)
				points.add(new double[] { recalls[r], sum / n });
		}
		final double[] x = new double[points.size()], y = new double[points.size()];
		for (int i = 0; i < x.length; i++)
		{
			x[i] = points.get(i)[0];
			y[i] = points.get(i)[1];
		}
		plot.setColor(COLORS[color], COLORS[color]);
		plot.setLineWidth(2);
		plot.addPoints(x, y, Plot.LINE);
	}

	private static Plot legend(final Plot plot, final String... labels)
	{
		plot.setColor(Color.BLACK);
		plot.setLineWidth(1);
		plot.setLegend(String.join("\t", labels), Plot.AUTO_POSITION);
		return plot;
	}

	private static int allAreas(final CocoEvalResult coco)
	{
		final List<AreaRange> ranges = coco.params().areaRanges();
		for (int a = 0; a < ranges.size(); a++)
			if (ranges.get(a).label().equals(AreaRange.ALL.label()))
				return a;
		return 0;
	}

	private static int nearest(final double[] values, final double v)
	{
		int best = 0;
		for (int i = 1; i < values.length; i++)
			if (Math.abs(values[i] - v) < Math.abs(values[best] - v))
				best = i;
		return best;
	}

	private static double[] thresholds(final List<MatchingStats> totals)
	{
		return values(totals, MatchingStats::threshold);
	}

	private static double[] values(final List<MatchingStats> totals, final java.util.function.ToDoubleFunction<MatchingStats> f)
	{
		final double[] out = new double[totals.size()];
		for (int i = 0; i < out.length; i++)
			out[i] = f.applyAsDouble(totals.get(i));
		return out;
	}
}
