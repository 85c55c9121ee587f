package io.github.smm.eval.coco;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The twelve numbers pycocotools' {@code summarize()} prints, with its conventions kept:
 * AP over IoU 0.50:0.95 asks for maxDets = 100 whatever the caps (so it is -1 when 100 is not
 * a cap), AP50/AP75/APs/APm/APl and AR100/ARs/ARm/ARl use the third cap, AR1 and AR10 the first
 * and second; -1 where there is no data. With fewer than three caps the numbers that need a
 * missing cap are -1 (pycocotools fails there). {@link #ap()} and the other named methods use
 * the largest cap instead, which is what to read with the default (uncapped) parameters.
 */
public final class CocoSummary
{
	/** Names of {@link #stats()}, in order. */
	public static final List<String> NAMES = Collections.unmodifiableList(
			Arrays.asList("AP", "AP50", "AP75", "APs", "APm", "APl", "AR1", "AR10", "AR100", "ARs", "ARm", "ARl"));

	private final CocoEvalResult result;
	private final double[] stats;

	CocoSummary(final CocoEvalResult result)
	{
		this.result = result;
		final int[] caps = result.params().maxDets();
		final int third = caps.length > 2 ? caps[2] : -1;
		stats = new double[] {
				result.averagePrecision("all", 100),
				result.averagePrecision(.5, "all", third),
				result.averagePrecision(.75, "all", third),
				result.averagePrecision("small", third),
				result.averagePrecision("medium", third),
				result.averagePrecision("large", third),
				result.averageRecall("all", caps[0]),
				caps.length > 1 ? result.averageRecall("all", caps[1]) : -1,
				result.averageRecall("all", third),
				result.averageRecall("small", third),
				result.averageRecall("medium", third),
				result.averageRecall("large", third) };
	}

	/** pycocotools' {@code stats} (a copy); -1 where there is no data or no such cap. */
	public double[] stats()
	{
		return stats.clone();
	}

	private int largestCap()
	{
		return result.params().maxDets()[result.params().maxDets().length - 1];
	}

	/** AP over every IoU threshold, all areas, largest cap. */
	public double ap()
	{
		return result.averagePrecision("all", largestCap());
	}

	/** AP at IoU 0.5, all areas, largest cap. */
	public double ap50()
	{
		return result.averagePrecision(.5, "all", largestCap());
	}

	/** AP at IoU 0.75, all areas, largest cap. */
	public double ap75()
	{
		return result.averagePrecision(.75, "all", largestCap());
	}

	/** AR over every IoU threshold, all areas, largest cap. */
	public double ar()
	{
		return result.averageRecall("all", largestCap());
	}

	/** The table pycocotools prints (one line per number). */
	@Override
	public String toString()
	{
		final StringBuilder sb = new StringBuilder();
		final int[] caps = result.params().maxDets();
		final String[] areas = { "all", "all", "all", "small", "medium", "large", "all", "all", "all", "small", "medium", "large" };
		final String[] ious = { "0.50:0.95", "0.50", "0.75", "0.50:0.95", "0.50:0.95", "0.50:0.95", "0.50:0.95", "0.50:0.95", "0.50:0.95", "0.50:0.95", "0.50:0.95", "0.50:0.95" };
		for (int i = 0; i < stats.length; i++)
		{
			final String title = i < 6 ? "Average Precision  (AP)" : "Average Recall     (AR)";
			final int cap = i == 0 ? 100 : i == 6 ? caps[0] : i == 7 && caps.length > 1 ? caps[1] : caps.length > 2 ? caps[2] : -1;
			sb.append(String.format(Locale.ROOT, " %s @[ IoU=%-9s | area=%6s | maxDets=%3d ] = %.3f%n", title, ious[i], areas[i], cap, stats[i]));
		}
		return sb.toString();
	}
}
