package io.github.smm.tune;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.MergeOptions;
import io.github.smm.concurrent.Parallel;
import io.github.smm.eval.coco.AreaRange;
import io.github.smm.eval.coco.CocoEvalParams;
import io.github.smm.eval.coco.CocoEvaluator;
import io.github.smm.io.coco.CocoAnnotation;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.model.Instance;

/**
 * A validation set prepared for tuning ({@link PreparedImage} per image), scoring with one
 * metric. {@link #plain} scores the slow way (merge and evaluate from scratch), the reference
 * the fast way is measured and tested against.
 */
public final class PreparedSet implements Scorer
{
	private final List<PreparedImage> images;
	private final Metric metric;
	private final boolean plain;

	private PreparedSet(final List<PreparedImage> images, final Metric metric, final boolean plain)
	{
		this.images = images;
		this.metric = metric;
		this.plain = plain;
	}

	/** Prepares every image for the settings of {@code space} on top of {@code base}, images on up to {@code threads} threads. */
	public static PreparedSet prepare(final ValidationSet set, final SearchSpace space, final MergeOptions base, final Metric metric, final int threads)
	{
		final PreparedImage[] out = new PreparedImage[set.size()];
		final int inner = Math.max(1, threads / Math.max(1, set.size()));
		Parallel.forEach(set.size(), threads, i -> out[i] = PreparedImage.prepare(set.images().get(i), space, base, inner));
		return new PreparedSet(List.of(out), metric, false);
	}

	/** The same set scored without any reuse: each score merges and evaluates from scratch. */
	public PreparedSet plain()
	{
		return new PreparedSet(images, metric, true);
	}

	public Metric metric()
	{
		return metric;
	}

	@Override
	public int imageCount()
	{
		return images.size();
	}

	@Override
	public String imageName(final int image)
	{
		return images.get(image).image().name();
	}

	@Override
	public Scores score(final int[] indices, final MergeOptions options)
	{
		final List<ImageScore> scores = new ArrayList<>(indices.length);
		for (final int i : indices)
			scores.add(plain ? images.get(i).scorePlain(options, metric) : images.get(i).score(options, metric));
		return Scores.sum(scores, metric.needsScores() ? cocoAp(indices, scores) : Double.NaN);
	}

	/** Clusterings solved so far over all images (see {@link PreparedImage}). */
	int solvedClusterings()
	{
		return images.stream().mapToInt(PreparedImage::solvedClusterings).sum();
	}

	/** COCO AP over IoU 0.50:0.95, all areas, no detection cap; per category when the metric says so. */
	private double cocoAp(final int[] indices, final List<ImageScore> scores)
	{
		final CocoDataset.Builder gt = CocoDataset.builder();
		final java.util.SortedSet<Integer> classes = new java.util.TreeSet<>();
		final List<CocoAnnotation> detections = new ArrayList<>();
		long id = 1;
		for (int k = 0; k < indices.length; k++)
		{
			final PreparedImage im = images.get(indices[k]);
			final List<Instance> all = new ArrayList<>(im.image().groundTruth());
			all.addAll(scores.get(k).outputs);
			final io.github.smm.model.Box b = io.github.smm.model.Instances.bounds(all);
			gt.image(k + 1, im.image().name(), (int) Math.max(1, b.maxX), (int) Math.max(1, b.maxY));
			for (final Instance g : im.image().groundTruth())
			{
				classes.add(g.classId());
				gt.annotation(CocoAnnotation.groundTruth(id++, k + 1, g.classId(), g.mask(), false));
			}
			for (final Instance d : scores.get(k).outputs)
			{
				classes.add(d.classId());
				detections.add(new CocoAnnotation(id++, k + 1, d.classId(), d.mask(), false, d.area(), d.score()));
			}
		}
		for (final int c : classes)
			gt.category(c, "class " + c);
		final CocoEvalParams params = CocoEvalParams.defaults().withUseCategories(metric.categories().perCategory()).withMaxDets(Integer.MAX_VALUE)
				.withAreaRanges(List.of(AreaRange.ALL));
		return CocoEvaluator.evaluate(gt.build(), detections, params).averagePrecision("all", Integer.MAX_VALUE);
	}
}
