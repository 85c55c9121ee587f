package io.github.smm.eval.coco;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.github.smm.io.coco.CocoAnnotation;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoImage;
import io.github.smm.model.Box;

/**
 * COCO mask evaluation with the numbers of pycocotools' {@code COCOeval(iouType="segm")}
 * {@code evaluate(); accumulate(); summarize()}:
 *
 * <pre>
 * CocoDataset gt = CocoJson.read(gtFile);
 * List&lt;CocoAnnotation&gt; dt = CocoJson.readResults(dtFile, gt);
 * CocoSummary s = CocoEvaluator.evaluate(gt, dt, CocoEvalParams.pycocotools()).summary();
 * </pre>
 *
 * Images are all ground-truth images and categories all ground-truth categories, in ascending
 * id order; ground truth keeps file order within an image. IoU is computed only for pairs whose
 * boxes overlap, and memory follows the number of such pairs, not images × instances².
 */
public final class CocoEvaluator
{
	private CocoEvaluator()
	{}

	/**
	 * Evaluates detections against ground truth.
	 *
	 * @throws IllegalArgumentException naming a detection whose image or category is not in
	 *             the ground truth, or whose mask is not inside its image
	 */
	public static CocoEvalResult evaluate(final CocoDataset groundTruth, final List<CocoAnnotation> detections, final CocoEvalParams params)
	{
		final List<Long> imageIds = new ArrayList<>(new TreeSet<>(imageIds(groundTruth)));
		final List<Integer> categoryIds = new ArrayList<>(new TreeSet<>(categoryIds(groundTruth)));
		requireKnown(groundTruth, detections);
		final Map<Long, Map<Integer, List<CocoAnnotation>>> gts = new HashMap<>(), dts = new HashMap<>();
		for (final long image : imageIds)
			for (final CocoAnnotation a : groundTruth.annotationsOf(image))
				add(gts, a);
		for (final CocoAnnotation d : detections)
			add(dts, d);
		return accumulate(params, categoryIds, imageIds.size(), (cats, i) -> {
			final List<CocoAnnotation> g = collect(gts, imageIds.get(i), cats), d = collect(dts, imageIds.get(i), cats);
			return g.isEmpty() && d.isEmpty() ? null : new EvalGroup(g, d, params.largestMaxDet());
		});
	}

	/** The ground truth and detections of some categories on one image, or {@code null} when there are none. */
	@FunctionalInterface
	interface Groups
	{
		EvalGroup of(List<Integer> categories, int image);
	}

	/** Evaluates every category (or all together) × area range × image and accumulates. */
	static CocoEvalResult accumulate(final CocoEvalParams params, final List<Integer> categoryIds, final int images, final Groups groups)
	{
		final int nK = params.useCategories() ? categoryIds.size() : 1;
		final List<AreaRange> ranges = params.areaRanges();
		final ImageEvaluation[][][] evaluations = new ImageEvaluation[nK][ranges.size()][images];
		for (int k = 0; k < nK; k++)
			for (int i = 0; i < images; i++)
			{
				final EvalGroup group = groups.of(params.useCategories() ? Collections.singletonList(categoryIds.get(k)) : categoryIds, i);
				if (group == null)
					continue;
				for (int a = 0; a < ranges.size(); a++)
					evaluations[k][a][i] = ImageEvaluation.of(group, ranges.get(a), params);
			}
		final Accumulator acc = new Accumulator(params, nK);
		acc.accumulate(evaluations);
		return new CocoEvalResult(params, params.useCategories() ? Collections.unmodifiableList(categoryIds) : Collections.singletonList(-1), acc);
	}

	private static List<Long> imageIds(final CocoDataset d)
	{
		final List<Long> ids = new ArrayList<>();
		for (final CocoImage im : d.images())
			ids.add(im.id());
		return ids;
	}

	private static List<Integer> categoryIds(final CocoDataset d)
	{
		final List<Integer> ids = new ArrayList<>();
		d.categories().forEach(c -> ids.add(c.id()));
		return ids;
	}

	private static void requireKnown(final CocoDataset gt, final List<CocoAnnotation> detections)
	{
		for (final CocoAnnotation d : detections)
		{
			if (!gt.hasImage(d.imageId()))
				throw new IllegalArgumentException("detection " + d + ": image " + d.imageId() + " is not in the ground truth");
			if (!gt.hasCategory(d.categoryId()))
				throw new IllegalArgumentException("detection " + d + ": category " + d.categoryId() + " is not in the ground truth");
			final CocoImage im = gt.image(d.imageId());
			if (!d.mask().isEmpty() && !new Box(0, 0, im.width(), im.height()).contains(d.box()))
				throw new IllegalArgumentException("detection " + d + ": mask " + d.box() + " is not inside " + im);
		}
	}

	private static void add(final Map<Long, Map<Integer, List<CocoAnnotation>>> groups, final CocoAnnotation a)
	{
		groups.computeIfAbsent(a.imageId(), k -> new HashMap<>()).computeIfAbsent(a.categoryId(), k -> new ArrayList<>()).add(a);
	}

	/** The annotations of one image in the given categories, category by category. */
	private static List<CocoAnnotation> collect(final Map<Long, Map<Integer, List<CocoAnnotation>>> groups, final long image, final List<Integer> categories)
	{
		final Map<Integer, List<CocoAnnotation>> byCategory = groups.getOrDefault(image, Collections.emptyMap());
		final List<CocoAnnotation> out = new ArrayList<>();
		for (final int c : categories)
			out.addAll(byCategory.getOrDefault(c, Collections.emptyList()));
		return out;
	}
}
