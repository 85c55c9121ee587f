package io.github.smm.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import ij.IJ;
import ij.ImagePlus;
import io.github.smm.MergeOptions;
import io.github.smm.Preset;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.graph.OverlapMeasure;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.io.LabelImages;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;
import io.github.smm.testutil.SharedData;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Real evidence: the MoNuSeg mosaic's ground truth (6,098 touching nuclei, 4000 × 4000, ids
 * 1..N) cut into tiles by an oracle segmenter (each tile: the true labels of its window,
 * clipped) and merged by the streaming runner with the microscopy preset (window IoU) gives
 * back every nucleus exactly (IoU 1, 6,098 outputs) for three plans, including nuclei larger
 * than the overlap and nuclei whose fragments include a <em>corner pair</em>: two diagonal
 * tiles whose common window holds none of the nucleus' pixels, so window IoU is undefined for
 * them. Such a pair is no cannot-link; it joins through the fragment of a tile that saw both
 * parts. (Before window IoU was undefined there, it scored 0 and the pair was a cannot-link:
 * 6, 3 and 10 fragments were left over and one nucleus split for the three plans below.)
 */
class MosaicOracleTest
{
	@Test
	void oracleTilesOfTheMosaicMergeBackToTheGroundTruth()
	{
		final Path file = SharedData.require("labels/mosaic_monuseg_train_4000x4000.tif");
		final ImagePlus imp = IJ.openImage(file.toString());
		assertNotNull(imp, "ImageJ could not open " + file);
		final RandomAccessibleInterval<? extends IntegerType<?>> labels = ImagePlusLabels.labels(imp);
		final List<Instance> truth = LabelImages.fromLabels(labels, 0, 0, null, Instance.NO_TILE);
		assertEquals(6098, truth.size());
		final MergeOptions options = MergeOptions.preset(Preset.MICROSCOPY);
		assertEquals(OverlapMeasure.WINDOW_IOU, options.overlapMeasure());
		final TileSource<FloatType> blank = TileSources.generated(4000, 4000, (x, y) -> 0);
		long cutAndLargerThanOverlap = 0, cornered = 0;
		for (final TilePlan plan : new TilePlan[] { TilePlan.of(4000, 4000, 512, Overlap.ratio(0.2)), TilePlan.of(4000, 4000, 768, Overlap.pixels(128)),
				TilePlan.of(4000, 4000, 300, Overlap.ratio(0.1)) })
		{
			final InstanceList list = new InstanceList();
			final List<Instance> inputs = new ArrayList<>();
			final TiledMergeReport report = new TiledMerge(plan, options).withTileListener((tile, found) -> inputs.addAll(found)).run(blank, new OracleSegmenter<>(labels), list);
			final Outcome o = new Outcome(truth, inputs, list, plan.overlapX());
			final String what = plan + ": " + report + "; " + o;
			System.out.println("mosaic oracle: " + what);
			assertEquals(6098, o.exact, what);
			assertEquals(0, o.other, what);
			assertEquals(6098, report.outputs(), what);
			assertTrue(o.cut > 500, "many nuclei must be cut by seams: " + what);
			if (plan.tileWidth() == 300) // and streaming changed nothing: one merge of all tile instances agrees
				assertEquals(TiledMergeEqualityTest.byMembers(SpatialMaskMerging.merge(inputs, options)), TiledMergeEqualityTest.byMembers(list), what);
			cutAndLargerThanOverlap += o.cutAndLargerThanOverlap;
			cornered += o.cornered;
		}
		assertTrue(cutAndLargerThanOverlap > 0, "some nuclei larger than the overlap must be cut");
		assertTrue(cornered > 0, "some nuclei must have a corner pair");
	}

	/** How the outputs of one plan compare with the ground truth. */
	private static final class Outcome
	{
		final List<Instance> truth;
		/** Nuclei with a corner pair among their fragments. */
		int exact, other, cut, cutAndLargerThanOverlap, cornered;

		Outcome(final List<Instance> truth, final List<Instance> inputs, final InstanceList outputs, final int overlap)
		{
			this.truth = truth;
			final Map<RleMask, Instance> truthOfMask = new HashMap<>();
			for (final Instance t : truth)
				truthOfMask.put(t.mask(), t);
			final Map<Long, Long> labelOfInput = new HashMap<>();
			final Map<Long, List<Instance>> partsOfLabel = new TreeMap<>();
			for (final Instance i : inputs)
			{
				labelOfInput.put(i.id(), labelOf(i, truth));
				partsOfLabel.computeIfAbsent(labelOfInput.get(i.id()), l -> new ArrayList<>()).add(i);
			}
			for (final Map.Entry<Long, List<Instance>> e : partsOfLabel.entrySet())
				classify(e.getKey(), e.getValue(), truthOfMask, overlap);
			for (final MergedInstance m : outputs.merged())
			{
				final Set<Long> labels = new HashSet<>();
				for (final long id : m.memberIds())
					labels.add(labelOfInput.get(id));
				final Instance t = truthOfMask.get(m.instance().mask());
				if (t != null && labels.equals(Set.of(t.id())))
					exact++;
				else
					other++;
			}
		}

		private void classify(final long label, final List<Instance> parts, final Map<RleMask, Instance> truthOfMask, final int overlap)
		{
			if (parts.stream().allMatch(p -> truthOfMask.containsKey(p.mask())))
				return;
			cut++;
			final Instance t = truth.get((int) label - 1);
			if (Math.max(t.box().width(), t.box().height()) > overlap)
				cutAndLargerThanOverlap++;
			if (parts.stream().anyMatch(f -> parts.stream().anyMatch(g -> f.id() < g.id() && isCornerPair(f, g))))
				cornered++;
		}

		@Override
		public String toString()
		{
			return String.format(Locale.ROOT, "%d nuclei cut by seams (%d larger than the overlap, %d with a corner pair); outputs: %d exact nuclei, %d other", cut,
					cutAndLargerThanOverlap, cornered, exact, other);
		}
	}

	/**
	 * Fragments of one nucleus from diagonal tiles, disjoint, and with no pixel in the tiles'
	 * common window: window IoU is undefined for them.
	 */
	private static boolean isCornerPair(final Instance f, final Instance g)
	{
		final Box common = f.window().intersect(g.window());
		final boolean diagonal = f.window().minX != g.window().minX && f.window().minY != g.window().minY;
		return diagonal && Masks.intersectionArea(f.mask(), g.mask()) == 0 && (common.isEmpty() || Masks.area(f.mask(), common) + Masks.area(g.mask(), common) == 0);
	}

	/** The ground-truth label under the first pixel of a tile instance (instances are single labels). */
	private static long labelOf(final Instance i, final List<Instance> truth)
	{
		final long[] px = new long[2];
		i.mask().forEachRun((y, a, b) -> {
			px[0] = a;
			px[1] = y;
		});
		for (final Instance t : truth)
			if (t.box().contains(px[0], px[1]) && t.mask().contains(px[0], px[1]))
				return t.id();
		throw new AssertionError("no ground-truth label under " + i);
	}
}
