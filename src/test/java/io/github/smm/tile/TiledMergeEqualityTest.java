package io.github.smm.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.Method;
import io.github.smm.Preset;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.model.Instance;
import net.imglib2.type.numeric.real.FloatType;

/** Streaming merge equals one merge of all tile instances: same clusters, masks, scores. */
class TiledMergeEqualityTest
{
	private static final TileSource<FloatType> BLANK = TileSources.generated(260, 200, (x, y) -> 0);

	/** Dense touching discs, merged with the microscopy preset (ρ 5). */
	@Test
	void streamingEqualsOneMergeOfEverythingOnDenseCells()
	{
		final NoisyScene scene = new NoisyScene(5, 260, 200, 110);
		assertStreamingEqualsGlobal(scene, MergeOptions.preset(Preset.MICROSCOPY), Arrays.asList(
				TilePlan.of(260, 200, 64, Overlap.ratio(0.2)),
				TilePlan.of(260, 200, 80, Overlap.pixels(24)).withEdgePolicy(EdgePolicy.PAD),
				TilePlan.of(260, 200, 50, Overlap.pixels(10)).withSweepOrder(SweepOrder.COLUMNS),
				TilePlan.of(260, 200, 100, Overlap.pixels(40)).withSweepOrder(SweepOrder.ROWS).withEdgePolicy(EdgePolicy.PAD),
				TilePlan.of(260, 200, 40, Overlap.pixels(4))), Method.SMM_EXACT, Method.SMM_GREEDY);
	}

	/**
	 * Overlap resolution only meets outputs that overlap, grouped together even across classes:
	 * still equal. (This scene has a 10-vertex component with two optimal partitions of equal
	 * objective; the exact solver must pick one deterministically, as its enumeration does.)
	 */
	@Test
	void streamingEqualsOneMergeOfEverythingWithOverlapResolution()
	{
		final NoisyScene scene = new NoisyScene(7, 260, 200, 110);
		assertStreamingEqualsGlobal(scene, MergeOptions.preset(Preset.MICROSCOPY).withResolveOverlaps(true), Arrays.asList(
				TilePlan.of(260, 200, 64, Overlap.ratio(0.2)), TilePlan.of(260, 200, 50, Overlap.pixels(10)).withEdgePolicy(EdgePolicy.PAD)), Method.SMM_EXACT, Method.SMM_GREEDY);
	}

	/** Sparser discs with the paper preset: ρ 30 and large distance weights make long groups. */
	@Test
	void streamingEqualsOneMergeOfEverythingWithThePaperPreset()
	{
		final NoisyScene scene = new NoisyScene(6, 640, 480, 70);
		assertStreamingEqualsGlobal(scene, MergeOptions.preset(Preset.PAPER), Arrays.asList(
				TilePlan.of(640, 480, 128, Overlap.ratio(0.2)),
				TilePlan.of(640, 480, 150, Overlap.pixels(40)).withEdgePolicy(EdgePolicy.PAD).withSweepOrder(SweepOrder.COLUMNS)), Method.SMM_EXACT, Method.SMM_GREEDY);
	}

	private static void assertStreamingEqualsGlobal(final NoisyScene scene, final MergeOptions preset, final List<TilePlan> plans, final Method... methods)
	{
		final TileSource<FloatType> blank = TileSources.generated(scene.width, scene.height, (x, y) -> 0);
		int seed = 0;
		for (final TilePlan p : plans)
		{
			final TileSegmenter<FloatType> segmenter = scene.segmenter(seed++);
			final List<Instance> inputs = TiledMerge.tileInstances(p, blank, segmenter);
			for (final Method method : methods)
			{
				final MergeOptions options = preset.withMethod(method).withThreads(1);
				final MergeResult global = SpatialMaskMerging.merge(inputs, options);
				final InstanceList list = new InstanceList();
				final TiledMergeReport report = new TiledMerge(p, options).run(blank, segmenter, list);
				final String what = p + " " + options.preset() + " " + method + ": " + report;
				assertEquals(byMembers(global), byMembers(list), what);
				assertEquals(global.objective(), report.objective(), 1e-9, what);
				assertEquals(inputs.size(), report.inputInstances(), what);
				assertEquals(global.clusterCount(), report.outputs(), what);
				assertTrue(global.clusterCount() < inputs.size(), what + ": nothing merged");
				assertTrue(list.isComplete());
				// it really streamed: several merges, and never all instances live at once
				assertTrue(report.mergeCalls() > 1, what);
				assertTrue(report.peakLiveInstances() < inputs.size(), what);
			}
		}
	}

	@Test
	void outputIdsAreTheCanonicallyFirstMemberAndRunsRepeat()
	{
		final NoisyScene scene = new NoisyScene(8, 260, 200, 90);
		final TilePlan p = TilePlan.of(260, 200, 64, Overlap.pixels(16));
		final MergeOptions options = MergeOptions.preset(Preset.MICROSCOPY).withThreads(2);
		final InstanceList a = new InstanceList(), b = new InstanceList();
		new TiledMerge(p, options).run(BLANK, scene.segmenter(1), a);
		new TiledMerge(p, options.withThreads(1)).run(BLANK, scene.segmenter(1), b);
		assertEquals(describe(a), describe(b));
		final Map<Long, Instance> inputs = new TreeMap<>();
		for (final Instance i : TiledMerge.tileInstances(p, BLANK, scene.segmenter(1)))
			inputs.put(i.id(), i);
		int band = -1;
		Instance previousFirst = null;
		for (final MergedInstance m : a.merged())
		{
			final Instance first = inputs.get(m.instance().id());
			for (final long id : m.memberIds())
				assertTrue(io.github.smm.model.Instances.CANONICAL.compare(first, inputs.get(id)) <= 0, m.toString());
			assertTrue(m.band() >= band);
			if (m.band() == band)
				assertTrue(io.github.smm.model.Instances.CANONICAL.compare(previousFirst, first) < 0, "emission order inside a band");
			band = m.band();
			previousFirst = first;
		}
	}

	/** Member ids → "mask score class" of each output. */
	static Map<String, String> byMembers(final MergeResult r)
	{
		final Map<String, String> out = new TreeMap<>();
		for (int c = 0; c < r.clusterCount(); c++)
			out.put(Arrays.toString(r.members(c)), signature(r.merged().get(c)));
		return out;
	}

	static Map<String, String> byMembers(final InstanceList list)
	{
		final Map<String, String> out = new TreeMap<>();
		for (final MergedInstance m : list.merged())
			out.put(Arrays.toString(m.memberIds()), signature(m.instance()));
		return out;
	}

	private static String signature(final Instance i)
	{
		return i.mask() + " score=" + i.score() + " class=" + i.classId() + " window=" + i.window();
	}

	private static String describe(final InstanceList list)
	{
		final StringBuilder s = new StringBuilder();
		for (final MergedInstance m : list.merged())
			s.append(m.instance().id()).append(' ').append(Arrays.toString(m.memberIds())).append(' ').append(signature(m.instance())).append('\n');
		return s.toString();
	}
}
