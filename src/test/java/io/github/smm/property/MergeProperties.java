package io.github.smm.property;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.Preset;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.graph.OverlapMeasure;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Merge invariants on random scenes: every input in exactly one output, the result independent
 * of input order and thread count for every method, and an object cut into overlapping pieces
 * merged back into itself.
 */
class MergeProperties
{
	private static final String[] METHODS = { "smm-exact", "smm-greedy", "nms", "greedy_nmm", "union_iou", "components" };

	/** Random rectangles on a 96² canvas, some near-duplicates of others. */
	static List<Instance> scene(final long seed, final int n)
	{
		final Random r = new Random(seed);
		final List<Instance> out = new ArrayList<>();
		for (int i = 0; i < n; i++)
		{
			final Box b = Box.ofSize(r.nextInt(80), r.nextInt(80), 3 + r.nextInt(14), 3 + r.nextInt(14));
			out.add(new Instance(i + 1, RleMask.rectangle(b), 0.05 + 0.9 * r.nextDouble()));
			if (r.nextBoolean())
				out.add(new Instance(1000 + i, RleMask.rectangle(Box.ofSize(b.minX + r.nextInt(3), b.minY + r.nextInt(3), b.width(), b.height())), 0.05 + 0.9 * r.nextDouble()));
		}
		return out;
	}

	/** Everything an output carries, for comparison (instances compare by identity). */
	static List<String> describe(final List<Instance> merged)
	{
		final List<String> out = new ArrayList<>();
		for (final Instance m : merged)
			out.add(m.id() + " " + m.mask() + " " + m.score() + " " + m.classId());
		return out;
	}

	private static MergeOptions options(final int method)
	{
		return MergeOptions.preset(Preset.MICROSCOPY).with("method", METHODS[method]).withOverlapMeasure(OverlapMeasure.IOS);
	}

	@Property(tries = 60)
	void everyInputEndsInExactlyOneOutput(@ForAll final long seed, @ForAll @IntRange(min = 0, max = 30) final int n, @ForAll @IntRange(min = 0, max = 5) final int method)
	{
		final List<Instance> in = scene(seed, n);
		final MergeResult r = SpatialMaskMerging.merge(in, options(method));
		final Set<Long> seen = new HashSet<>();
		int total = 0;
		for (int c = 0; c < r.clusterCount(); c++)
			for (final long id : r.members(c))
			{
				seen.add(id);
				total++;
			}
		assertEquals(in.size(), total, "no input twice");
		assertEquals(in.size(), seen.size(), "no input lost");
	}

	@Property(tries = 60)
	void theResultIgnoresInputOrderAndThreads(@ForAll final long seed, @ForAll @IntRange(min = 1, max = 30) final int n, @ForAll @IntRange(min = 0, max = 5) final int method)
	{
		final List<Instance> in = scene(seed, n);
		final List<Instance> shuffled = new ArrayList<>(in);
		Collections.shuffle(shuffled, new Random(~seed));
		final MergeResult a = SpatialMaskMerging.merge(in, options(method).withThreads(1));
		final MergeResult b = SpatialMaskMerging.merge(shuffled, options(method).withThreads(4));
		assertEquals(describe(a.merged()), describe(b.merged()), METHODS[method]);
		for (int c = 0; c < a.clusterCount(); c++)
			assertEquals(a.merged().get(c).mask(), b.merged().get(c).mask(), "mask of output " + c);
		for (int c = 0; c < a.clusterCount(); c++)
			assertEquals(java.util.Arrays.toString(a.members(c)), java.util.Arrays.toString(b.members(c)));
	}

	@Property(tries = 100)
	void anObjectCutByATileSeamMergesBackIntoItself(@ForAll @IntRange(min = 0, max = 40) final int x, @ForAll @IntRange(min = 0, max = 40) final int y,
			@ForAll @IntRange(min = 12, max = 40) final int w, @ForAll @IntRange(min = 4, max = 30) final int h, @ForAll @IntRange(min = 2, max = 8) final int overlap)
	{
		final Box whole = Box.ofSize(x, y, w, h);
		final long seam = x + w / 2;
		final Box left = new Box(0, 0, seam + overlap, 200), right = new Box(seam - overlap, 0, 200, 200);
		final List<Instance> pieces = List.of(new Instance(1, RleMask.rectangle(whole.intersect(left)), 0.9, 0, left, 0),
				new Instance(2, RleMask.rectangle(whole.intersect(right)), 0.8, 0, right, 1));
		final MergeResult r = SpatialMaskMerging.merge(pieces, MergeOptions.preset(Preset.MICROSCOPY));
		assertEquals(1, r.clusterCount(), "the pieces of " + whole + " cut at " + seam + " +- " + overlap);
		assertEquals(RleMask.rectangle(whole), r.merged().get(0).mask());
	}
}
