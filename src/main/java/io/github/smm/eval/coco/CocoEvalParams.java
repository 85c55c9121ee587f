package io.github.smm.eval.coco;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parameters of COCO mask evaluation, as pycocotools' {@code Params(iouType="segm")}: IoU
 * thresholds (0.50:0.05:0.95), recall thresholds (0:0.01:1), area ranges (all, small, medium,
 * large), the detection caps per image ({@code maxDets}) and whether categories are used.
 * Immutable; change with the {@code with...} methods.
 * <p>
 * The default caps are {@code [1, 10, Integer.MAX_VALUE]}: the largest cap never drops a
 * detection. Note pycocotools' summary asks for AP at maxDets = 100 for its first number, so
 * with these caps {@link CocoSummary#stats()}{@code [0]} is -1 and {@link CocoSummary#ap()} is
 * the number to read. {@link #pycocotools()} gives pycocotools' own defaults
 * {@code [1, 10, 100]}.
 * </p>
 */
public final class CocoEvalParams
{
	private final double[] iouThresholds;
	private final double[] recallThresholds;
	private final int[] maxDets;
	private final List<AreaRange> areaRanges;
	private final boolean useCategories;

	private CocoEvalParams(final double[] iouThresholds, final double[] recallThresholds, final int[] maxDets, final List<AreaRange> areaRanges, final boolean useCategories)
	{
		this.iouThresholds = iouThresholds;
		this.recallThresholds = recallThresholds;
		this.maxDets = maxDets;
		this.areaRanges = areaRanges;
		this.useCategories = useCategories;
	}

	/** pycocotools' defaults, except {@code maxDets = [1, 10, Integer.MAX_VALUE]}. */
	public static CocoEvalParams defaults()
	{
		return pycocotools().withMaxDets(1, 10, Integer.MAX_VALUE);
	}

	/** Exactly pycocotools' defaults for {@code iouType="segm"}, {@code maxDets = [1, 10, 100]}. */
	public static CocoEvalParams pycocotools()
	{
		return new CocoEvalParams(linspace(.5, .95, 10), linspace(0, 1, 101), new int[] { 1, 10, 100 },
				Collections.unmodifiableList(Arrays.asList(AreaRange.ALL, AreaRange.SMALL, AreaRange.MEDIUM, AreaRange.LARGE)), true);
	}

	/** numpy's {@code linspace(start, stop, num)}, value for value. */
	static double[] linspace(final double start, final double stop, final int num)
	{
		final double step = (stop - start) / (num - 1);
		final double[] v = new double[num];
		for (int i = 0; i < num; i++)
			v[i] = i * step + start;
		v[num - 1] = stop;
		return v;
	}

	/**
	 * Other detection caps per image; sorted as pycocotools does.
	 *
	 * @throws IllegalArgumentException unless at least one cap, all positive and distinct
	 */
	public CocoEvalParams withMaxDets(final int... caps)
	{
		final int[] sorted = caps.clone();
		Arrays.sort(sorted);
		if (sorted.length == 0 || sorted[0] < 1)
			throw new IllegalArgumentException("maxDets " + Arrays.toString(caps) + ": need at least one cap, all positive");
		for (int i = 1; i < sorted.length; i++)
			if (sorted[i] == sorted[i - 1])
				throw new IllegalArgumentException("maxDets " + Arrays.toString(caps) + " repeats " + sorted[i]);
		return new CocoEvalParams(iouThresholds, recallThresholds, sorted, areaRanges, useCategories);
	}

	/** {@code useCats}: false evaluates class-agnostically (every category as one). */
	public CocoEvalParams withUseCategories(final boolean use)
	{
		return new CocoEvalParams(iouThresholds, recallThresholds, maxDets, areaRanges, use);
	}

	/**
	 * Other IoU thresholds.
	 *
	 * @throws IllegalArgumentException unless non-empty and every threshold in {@code (0, 1]}
	 *             (at 0, every detection would match any ground truth, which sparse IoU cannot
	 *             reproduce)
	 */
	public CocoEvalParams withIouThresholds(final double... thresholds)
	{
		if (thresholds.length == 0)
			throw new IllegalArgumentException("no IoU thresholds");
		for (final double t : thresholds)
			if (!(t > 0 && t <= 1))
				throw new IllegalArgumentException("IoU threshold " + t + " is not in (0, 1]");
		return new CocoEvalParams(thresholds.clone(), recallThresholds, maxDets, areaRanges, useCategories);
	}

	/** Other recall thresholds: non-empty, ascending, in {@code [0, 1]}. */
	public CocoEvalParams withRecallThresholds(final double... thresholds)
	{
		if (thresholds.length == 0)
			throw new IllegalArgumentException("no recall thresholds");
		for (int i = 0; i < thresholds.length; i++)
			if (!(thresholds[i] >= 0 && thresholds[i] <= 1) || i > 0 && thresholds[i] < thresholds[i - 1])
				throw new IllegalArgumentException("recall thresholds " + Arrays.toString(thresholds) + " are not ascending in [0, 1]");
		return new CocoEvalParams(iouThresholds, thresholds.clone(), maxDets, areaRanges, useCategories);
	}

	/** Other area ranges, with distinct labels (the summary looks for all/small/medium/large). */
	public CocoEvalParams withAreaRanges(final List<AreaRange> ranges)
	{
		final Set<String> labels = new HashSet<>();
		for (final AreaRange r : ranges)
			if (!labels.add(r.label()))
				throw new IllegalArgumentException("area range label '" + r.label() + "' is used twice");
		if (ranges.isEmpty())
			throw new IllegalArgumentException("no area ranges");
		return new CocoEvalParams(iouThresholds, recallThresholds, maxDets, Collections.unmodifiableList(new ArrayList<>(ranges)), useCategories);
	}

	public double[] iouThresholds()
	{
		return iouThresholds.clone();
	}

	public double[] recallThresholds()
	{
		return recallThresholds.clone();
	}

	/** The caps, ascending. */
	public int[] maxDets()
	{
		return maxDets.clone();
	}

	public List<AreaRange> areaRanges()
	{
		return areaRanges;
	}

	public boolean useCategories()
	{
		return useCategories;
	}

	int iouCount()
	{
		return iouThresholds.length;
	}

	double iouThreshold(final int t)
	{
		return iouThresholds[t];
	}

	int largestMaxDet()
	{
		return maxDets[maxDets.length - 1];
	}
}
