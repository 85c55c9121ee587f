package io.github.smm.tune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.PreparedMerge;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.eval.ErrorAnalysis;
import io.github.smm.eval.Matching;
import io.github.smm.eval.MatchingOptions;
import io.github.smm.eval.MatchingResult;
import io.github.smm.eval.Overlaps;
import io.github.smm.fuse.OverlapResolution;
import io.github.smm.model.Instance;

/**
 * One validation image prepared for scoring many merge settings fast. What no tried value
 * changes is computed once: the candidate pairs and their features at the largest ρ and τd of
 * the search space ({@link PreparedMerge}), and an index of the ground truth. Each fused
 * object's overlaps with the ground truth are cached by its members (and the options that
 * decide how a cluster is fused), so a cluster formed again in a later trial costs a lookup;
 * the clusters themselves are kept per setting of the options that decide them, so a trial
 * that changes only the fusion, the score aggregation or the overlap resolution (as the
 * tuner's one-category neighbours of the best setting often do) solves nothing.
 * {@link #score} equals {@link #scorePlain} (merge, then evaluate from scratch) exactly.
 * Thread-safe.
 */
public final class PreparedImage
{
	private final ValidationImage image;
	private final PreparedMerge merge;
	private final GroundTruthIndex truth;
	private final ConcurrentHashMap<String, Integer> signatures = new ConcurrentHashMap<>();
	private final AtomicInteger nextSignature = new AtomicInteger();
	private final ConcurrentHashMap<ClusterKey, FusedObject> fused = new ConcurrentHashMap<>();
	private final ConcurrentHashMap<String, int[]> clusterings = new ConcurrentHashMap<>();

	private PreparedImage(final ValidationImage image, final PreparedMerge merge, final GroundTruthIndex truth)
	{
		this.image = image;
		this.merge = merge;
		this.truth = truth;
	}

	/** Prepares an image for every setting of {@code space} on top of {@code base}. */
	public static PreparedImage prepare(final ValidationImage image, final SearchSpace space, final MergeOptions base, final int threads)
	{
		final PreparedMerge merge = PreparedMerge.prepare(image.predictions(), space.largest("rho", base), space.largest("tau_d", base), space.overlapMeasures(base), threads);
		return new PreparedImage(image, merge, new GroundTruthIndex(image.groundTruth()));
	}

	public ValidationImage image()
	{
		return image;
	}

	/** Merges with {@code options} and scores the result at the metric's thresholds. */
	ImageScore score(final MergeOptions options, final Metric metric)
	{
		final int[] cluster = clusters(options);
		final int[][] members = members(cluster);
		final int signature = signatures.computeIfAbsent(MergeKeys.fusionSignature(options), s -> nextSignature.getAndIncrement());
		final FusedObject[] objects = new FusedObject[members.length];
		final List<Instance> outputs = new ArrayList<>(members.length);
		for (int c = 0; c < members.length; c++)
		{
			final int id = c + 1, cc = c;
			objects[c] = fused.computeIfAbsent(new ClusterKey(signature, members[c]), k -> new FusedObject(merge.fuse(id, members[cc], options), truth));
			outputs.add(objects[c].instance.id() == id ? objects[c].instance : objects[c].instance.withId(id));
		}
		if (!options.resolveOverlaps())
			return evaluate(outputs, objects, metric);
		final List<Instance> resolved = OverlapResolution.resolve(outputs, options.threads()).outputs;
		final List<Instance> renumbered = new ArrayList<>(resolved.size());
		final FusedObject[] kept = new FusedObject[resolved.size()];
		for (int c = 0; c < resolved.size(); c++)
		{
			final Instance r = resolved.get(c);
			final FusedObject before = objects[(int) r.id() - 1];
			renumbered.add(r.withId(c + 1));
			// overlap resolution only removes pixels: an unchanged area is an unchanged mask
			kept[c] = r.area() == before.instance.area() ? before : new FusedObject(r, truth);
		}
		return evaluate(renumbered, kept, metric);
	}

	/** The clusters of the options, solved once per setting of the options that decide them (two threads may both solve one: same result). */
	private int[] clusters(final MergeOptions options)
	{
		final String key = MergeKeys.clusteringSignature(options);
		final int[] known = clusterings.get(key);
		if (known != null)
			return known;
		final int[] solved = merge.clusters(options);
		final int[] raced = clusterings.putIfAbsent(key, solved);
		return raced == null ? solved : raced;
	}

	/** The reference: {@link SpatialMaskMerging#merge} and an evaluation from scratch. */
	ImageScore scorePlain(final MergeOptions options, final Metric metric)
	{
		final MergeResult r = SpatialMaskMerging.merge(image.predictions(), options);
		return evaluate(r.merged(), Overlaps.compute(r.merged(), image.groundTruth()), metric);
	}

	private ImageScore evaluate(final List<Instance> outputs, final FusedObject[] objects, final Metric metric)
	{
		int n = 0;
		for (final FusedObject o : objects)
			n += o.groundTruth.length;
		final int[] p = new int[n], g = new int[n];
		final long[] inter = new long[n];
		for (int c = 0, k = 0; c < objects.length; c++)
			for (int j = 0; j < objects[c].groundTruth.length; j++, k++)
			{
				p[k] = c;
				g[k] = objects[c].groundTruth[j];
				inter[k] = objects[c].intersection[j];
			}
		return evaluate(outputs, Overlaps.of(outputs, image.groundTruth(), p, g, inter), metric);
	}

	private ImageScore evaluate(final List<Instance> outputs, final Overlaps overlaps, final Metric metric)
	{
		final MatchingResult m = Matching.match(overlaps, MatchingOptions.defaults().withThresholds(metric.thresholds()).withClassAware(metric.categories().perCategory()));
		final io.github.smm.eval.ErrorReport errors = ErrorAnalysis.analyse(overlaps, 0.5);
		return new ImageScore(m.stats(), errors.splits().size(), errors.merges().size(), metric.needsScores() ? outputs : null);
	}

	/** The members (canonical indices, ascending) of each cluster. */
	private static int[][] members(final int[] cluster)
	{
		int k = 0;
		for (final int c : cluster)
			k = Math.max(k, c + 1);
		final int[] size = new int[k];
		for (final int c : cluster)
			size[c]++;
		final int[][] out = new int[k][];
		for (int c = 0; c < k; c++)
			out[c] = new int[size[c]];
		Arrays.fill(size, 0);
		for (int i = 0; i < cluster.length; i++)
			out[cluster[i]][size[cluster[i]]++] = i;
		return out;
	}

	/** Number of fused objects in the cache. */
	int cachedObjects()
	{
		return fused.size();
	}

	/** Number of clusterings solved so far (distinct settings of the options that decide clusters). */
	int solvedClusterings()
	{
		return clusterings.size();
	}

	/** A cluster by its members and the fusion-relevant options. */
	private static final class ClusterKey
	{
		private final int signature;
		private final int[] members;
		private final int hash;

		ClusterKey(final int signature, final int[] members)
		{
			this.signature = signature;
			this.members = members;
			hash = 31 * Arrays.hashCode(members) + signature;
		}

		@Override
		public boolean equals(final Object o)
		{
			return o instanceof ClusterKey && ((ClusterKey) o).signature == signature && Arrays.equals(((ClusterKey) o).members, members);
		}

		@Override
		public int hashCode()
		{
			return hash;
		}
	}

	/** A fused object and the ground-truth objects it shares pixels with. */
	private static final class FusedObject
	{
		final Instance instance;
		final int[] groundTruth;
		final long[] intersection;

		FusedObject(final Instance instance, final GroundTruthIndex truth)
		{
			this.instance = instance;
			final long[][] o = truth.overlaps(instance.mask());
			groundTruth = new int[o[0].length];
			for (int j = 0; j < groundTruth.length; j++)
				groundTruth[j] = (int) o[0][j];
			intersection = o[1];
		}
	}
}
