package io.github.smm.tile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.github.smm.MergeOptions;
import io.github.smm.Method;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.io.LabelImages;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.testutil.TiledScene;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.IntArray;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

class TiledMergeTest
{
	/** Greedy: the exact solver's time limit could make runs differ on dense noisy scenes. */
	private static final MergeOptions OPTIONS = MergeOptions.defaults().withMethod(Method.SMM_GREEDY).withThreads(1);

	/** Labels of well separated discs, 1..n. */
	private static ArrayImg<IntType, IntArray> discLabels(final int w, final int h, final int count, final long seed)
	{
		final NoisyScene scene = new NoisyScene(seed, w, h, count);
		final List<Instance> separated = new ArrayList<>();
		for (final Instance o : scene.objects)
			if (separated.stream().noneMatch(s -> s.box().gap(o.box()) < 2))
				separated.add(o);
		return LabelImages.toLabels(separated, new Box(0, 0, w, h));
	}

	@Test
	void theOracleComesBackExactlyThroughEveryPlan()
	{
		final ArrayImg<IntType, IntArray> truth = discLabels(230, 170, 60, 3);
		final List<Instance> expected = LabelImages.fromLabels(truth, 0, 0, null, Instance.NO_TILE);
		for (final TilePlan plan : new TilePlan[] { TilePlan.of(230, 170, 64, Overlap.pixels(16)).withEdgePolicy(EdgePolicy.PAD),
				TilePlan.of(230, 170, 90, Overlap.ratio(0.2)), TilePlan.of(230, 170, 100, Overlap.pixels(30)).withSweepOrder(SweepOrder.ROWS) })
		{
			assertTrue(plan.safeObjectSize() >= 29, "discs of up to 29 px must fit: " + plan.describe());
			final InstanceList list = new InstanceList();
			final TiledMergeReport r = new TiledMerge(plan, MergeOptions.defaults()).run(TileSources.of(truth), new OracleSegmenter<>(truth), list);
			assertEquals(masks(expected), masks(list.instances()), plan.toString());
			assertTrue(r.inputInstances() > expected.size(), "objects must be cut by seams: " + r);
		}
	}

	/**
	 * With 48 px tiles, 12 px overlap and SHIFT, the rows of tiles start at y = 72, 108, 122, so
	 * tiles at 72 and 122 share nothing and only objects up to 3 px tall are safe. A 7 px disc
	 * at y 117–123 comes as a top fragment (tile 72), the whole disc (tile 108) and a bottom
	 * fragment (tile 122). The two fragments never shared a view (window IoU undefined), so they
	 * are no cannot-link and join through the whole disc: every disc comes back.
	 */
	@Test
	void objectsLargerThanTheSafeSizeJoinThroughATileThatSawBothParts()
	{
		final ArrayImg<IntType, IntArray> truth = discLabels(230, 170, 60, 3);
		final TilePlan plan = TilePlan.of(230, 170, 48, Overlap.pixels(12));
		assertEquals(3, plan.safeObjectSize());
		final InstanceList list = new InstanceList();
		new TiledMerge(plan, MergeOptions.defaults()).run(TileSources.of(truth), new OracleSegmenter<>(truth), list);
		final List<Instance> all = TiledMerge.tileInstances(plan, TileSources.of(truth), new OracleSegmenter<>(truth));
		assertEquals(TiledMergeEqualityTest.byMembers(SpatialMaskMerging.merge(all, MergeOptions.defaults())), TiledMergeEqualityTest.byMembers(list));
		assertEquals(masks(LabelImages.fromLabels(truth, 0, 0, null, Instance.NO_TILE)), masks(list.instances()));
		assertTrue(all.stream().anyMatch(i -> i.box().equals(new Box(57, 122, 62, 124))), "the bottom fragment of the disc at y 117-123");
	}

	/** Without overlap, fragments never share a view and window IoU cannot join them. */
	@Test
	void withoutOverlapWindowIouKeepsFragmentsApart()
	{
		final ArrayImg<IntType, IntArray> truth = discLabels(230, 170, 60, 3);
		final TilePlan plan = TilePlan.of(230, 170, 64, Overlap.pixels(0)).withEdgePolicy(EdgePolicy.PAD);
		assertEquals(1, plan.safeObjectSize());
		final InstanceList list = new InstanceList();
		final TiledMergeReport r = new TiledMerge(plan, MergeOptions.defaults()).run(TileSources.of(truth), new OracleSegmenter<>(truth), list);
		assertEquals(r.inputInstances(), r.outputs(), r.toString());
		assertTrue(r.outputs() > LabelImages.fromLabels(truth, 0, 0, null, Instance.NO_TILE).size());
	}

	private static Set<Box> boxes(final Set<RleMask> masks)
	{
		final Set<Box> s = new HashSet<>();
		for (final RleMask m : masks)
			s.add(m.box());
		return s;
	}

	private static Set<RleMask> masks(final List<Instance> instances)
	{
		final Set<RleMask> s = new HashSet<>();
		for (final Instance i : instances)
			s.add(i.mask());
		return s;
	}

	@Test
	void everyTileIsReadOnceAndReleasedBeforeTheNext()
	{
		final ArrayImg<IntType, IntArray> truth = discLabels(230, 170, 60, 4);
		final TilePlan plan = TilePlan.of(230, 170, 48, Overlap.pixels(12)).withEdgePolicy(EdgePolicy.PAD);
		final MeteredTileSource<IntType> source = new MeteredTileSource<>(TileSources.of(truth));
		final TiledMergeReport r = new TiledMerge(plan, OPTIONS).run(source, new OracleSegmenter<>(truth));
		assertEquals(plan.tileCount(), source.totalReads());
		assertEquals(plan.tileCount(), source.distinctWindows());
		for (int k = 0; k < plan.tileCount(); k++)
			assertEquals(1, source.reads(plan.tile(k).window()));
		assertEquals(0, source.heldPixels());
		assertEquals(48 * 48, source.peakHeldPixels());
		assertEquals(plan.tilePixels(), r.peakHeldTilePixels()); // padded region
		assertTrue(r.peakHeldTilePixels() <= plan.residentBudget());
	}

	@Test
	void progressCountsEveryTile()
	{
		final TilePlan plan = TilePlan.of(100, 80, 32, Overlap.pixels(8));
		final List<int[]> calls = new ArrayList<>();
		new TiledMerge(plan, OPTIONS).withProgress((done, total) -> calls.add(new int[] { done, total })).run(TileSources.generated(100, 80, (x, y) -> 0), (tile, pixels) -> Collections.emptyList());
		assertEquals(plan.tileCount(), calls.size());
		for (int k = 0; k < calls.size(); k++)
			assertArrayEquals(new int[] { k + 1, plan.tileCount() }, calls.get(k));
	}

	@Test
	void cancellationStopsCleanlyAndKeepsWhatIsFinal()
	{
		final NoisyScene scene = new NoisyScene(12, 260, 200, 110);
		final TilePlan plan = TilePlan.of(260, 200, 50, Overlap.pixels(10)).withSweepOrder(SweepOrder.ROWS);
		final TileSource<FloatType> blank = TileSources.generated(260, 200, (x, y) -> 0);
		final InstanceList full = new InstanceList();
		new TiledMerge(plan, OPTIONS).run(blank, scene.segmenter(0), full);
		final AtomicBoolean stop = new AtomicBoolean();
		final int stopAfter = 2 * plan.tilesPerBand() + 1;
		final InstanceList partial = new InstanceList();
		final TiledMergeReport r = new TiledMerge(plan, OPTIONS).withProgress((done, total) -> stop.set(done == stopAfter)).withCancellation(stop::get)
				.run(blank, scene.segmenter(0), partial);
		assertTrue(r.cancelled());
		assertFalse(partial.isComplete());
		assertEquals(stopAfter, r.tilesDone());
		assertTrue(r.pendingInstances() > 0, r.toString());
		assertTrue(partial.merged().size() > 0, r.toString());
		assertEquals(r.inputInstances(), r.pendingInstances() + memberCount(partial), r.toString());
		// what was emitted is final: identical to the full run's outputs
		final Map<String, String> all = TiledMergeEqualityTest.byMembers(full);
		for (final Map.Entry<String, String> e : TiledMergeEqualityTest.byMembers(partial).entrySet())
			assertEquals(all.get(e.getKey()), e.getValue(), e.getKey());
	}

	private static long memberCount(final InstanceList list)
	{
		long n = 0;
		for (final MergedInstance m : list.merged())
			n += m.memberIds().length;
		return n;
	}

	@Test
	void labelImageSinkPaintsLikeToLabels()
	{
		final NoisyScene scene = new NoisyScene(13, 260, 200, 110);
		final TilePlan plan = TilePlan.of(260, 200, 64, Overlap.pixels(16));
		final InstanceList list = new InstanceList();
		final ArrayImg<IntType, IntArray> painted = ArrayImgs.ints(260, 200);
		final LabelImageSink<IntType> sink = new LabelImageSink<>(painted);
		new TiledMerge(plan, OPTIONS).run(TileSources.generated(260, 200, (x, y) -> 0), scene.segmenter(3), list, sink);
		assertEquals(list.merged().size(), sink.labelCount());
		final ArrayImg<IntType, IntArray> expected = LabelImages.toLabels(list.instances(), new Box(0, 0, 260, 200));
		assertArrayEquals(expected.update(null).getCurrentStorageArray(), painted.update(null).getCurrentStorageArray());
	}

	@Test
	void labelSegmentersMayAnswerInTileOrGlobalCoordinatesAndLosePadding()
	{
		final ArrayImg<IntType, IntArray> truth = discLabels(100, 70, 25, 5);
		final TilePlan plan = TilePlan.of(100, 70, 48, Overlap.pixels(8)).withEdgePolicy(EdgePolicy.PAD);
		final List<Instance> expected = LabelImages.fromLabels(truth, 0, 0, null, Instance.NO_TILE);
		// zero-based label images of the whole padded region (padding filled with label 999)
		final TileSegmenter<IntType> zeroBased = TileSegmenter.ofLabels((tile, pixels) -> {
			final ArrayImg<IntType, IntArray> labels = ArrayImgs.ints(tile.region().width(), tile.region().height());
			final Cursor<IntType> c = labels.localizingCursor();
			while (c.hasNext())
			{
				c.fwd();
				final long x = c.getLongPosition(0) + tile.region().minX, y = c.getLongPosition(1) + tile.region().minY;
				c.get().set(x < 100 && y < 70 ? truth.getAt(x, y).get() : 999);
			}
			return labels;
		});
		final TileSegmenter<IntType> global = TileSegmenter.ofLabels((tile, pixels) -> pixels);
		for (final TileSegmenter<IntType> s : Arrays.asList(zeroBased, global))
		{
			final InstanceList list = new InstanceList();
			new TiledMerge(plan, OPTIONS).run(TileSources.of(truth), s, list);
			assertEquals(masks(expected), masks(list.instances()));
		}
	}

	@Test
	void badSegmenterOutputNamesTheTile()
	{
		final TilePlan plan = TilePlan.of(100, 80, 32, Overlap.pixels(8));
		final TileSource<FloatType> blank = TileSources.generated(100, 80, (x, y) -> 0);
		final TileException outside = assertThrows(TileException.class, () -> new TiledMerge(plan, OPTIONS).run(blank,
				(tile, pixels) -> tile.index() == 3 ? List.of(new Instance(7, TiledScene.disc(0, 0, 3), 1)) : List.of()));
		assertEquals(3, outside.tileIndex());
		assertTrue(outside.getMessage().contains("tile 3") && outside.getMessage().contains("id 7"), outside.getMessage());
		final TileException wrongSize = assertThrows(TileException.class,
				() -> new TiledMerge(plan, OPTIONS).run(blank, TileSegmenter.ofLabels((tile, pixels) -> ArrayImgs.ints(5, 5))));
		assertTrue(wrongSize.getMessage().contains("32 x 32"), wrongSize.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new TiledMerge(plan, OPTIONS).run(TileSources.generated(99, 80, (x, y) -> 0), (t, p) -> List.of()));
	}

	@Test
	void tilesArePaddedWithZerosAndPositionedGlobally()
	{
		final TilePlan plan = TilePlan.of(50, 30, 32, Overlap.pixels(4)).withEdgePolicy(EdgePolicy.PAD).withSweepOrder(SweepOrder.ROWS);
		final TileSource<FloatType> ramp = TileSources.generated(50, 30, (x, y) -> 1 + x + 100 * y);
		final List<String> problems = new ArrayList<>();
		new TiledMerge(plan, OPTIONS).run(ramp, (tile, pixels) -> {
			final Cursor<FloatType> c = Views.iterable(pixels).localizingCursor();
			long n = 0;
			while (c.hasNext())
			{
				c.fwd();
				n++;
				final long x = c.getLongPosition(0), y = c.getLongPosition(1);
				final float want = x < 50 && y < 30 ? 1 + x + 100 * y : 0;
				if (c.get().get() != want)
					problems.add(tile + " at " + x + "," + y);
			}
			if (n != 32 * 32 || !BoxIntervals.box(pixels).equals(tile.region()))
				problems.add(tile + " has " + n + " pixels");
			return List.of();
		});
		assertEquals(List.of(), problems);
	}

	@Test
	void instancesLeftLiveAreOnlyThoseNearTheFront()
	{
		final RandomAccessibleInterval<IntType> truth = discLabels(400, 400, 150, 9);
		final TilePlan plan = TilePlan.of(400, 400, 64, Overlap.pixels(16));
		final TiledMergeReport r = new TiledMerge(plan, OPTIONS).run(TileSources.of(truth), new OracleSegmenter<>(truth));
		assertTrue(r.peakLiveInstances() < r.inputInstances() / 3, r.toString());
		assertTrue(r.mergeCalls() >= plan.bandCount() - 1, r.toString());
	}
}
