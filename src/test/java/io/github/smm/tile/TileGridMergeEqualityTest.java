package io.github.smm.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.Preset;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.bench.Perturbation;
import io.github.smm.bench.Predictions;
import io.github.smm.bench.SlicePlan;
import io.github.smm.bench.TilePredictor;
import io.github.smm.bench.VoronoiScene;
import io.github.smm.model.Instance;

/**
 * The tile grid rebuilt from tile size and overlap gives the same merge as the true source
 * windows: dense touching cells (Voronoi) predicted tile by tile, merged once with each
 * prediction's own tile window and once with the windows {@link TileWindows} finds for the
 * same predictions stripped of them.
 */
class TileGridMergeEqualityTest
{
	@TestFactory
	Stream<DynamicTest> rebuiltGridMergesAsTheTrueWindows()
	{
		return Stream.of(new Object[] { "none", 512, 0.2 }, new Object[] { "realistic", 512, 0.2 }, new Object[] { "none", 256, 0.25 }, new Object[] { "realistic", 300, 0.1 })
				.map(c -> DynamicTest.dynamicTest(c[0] + ", tile " + c[1] + ", overlap " + c[2], () -> check((String) c[0], (Integer) c[1], (Double) c[2])));
	}

	private static void check(final String perturbation, final int tile, final double overlap)
	{
		final int size = 1024;
		final Predictions p = TilePredictor.predict(VoronoiScene.generate(size, 7), SlicePlan.windows(size, tile, overlap), Perturbation.parse(perturbation), 11);
		final List<Instance> bare = new ArrayList<>();
		for (final Instance i : p.instances())
			bare.add(new Instance(i.id(), i.mask(), i.score(), i.classId(), null, Instance.NO_TILE));
		final TileGrid grid = TileGrid.of(TilePlan.of(size, size, tile, Overlap.ratio(overlap)));
		assertEquals(p.tiles(), grid.windows(), "the same slices");
		final WindowAssignment a = TileWindows.assign(bare, grid);
		final MergeOptions o = MergeOptions.preset(Preset.MICROSCOPY);
		final Set<Set<Long>> truth = partition(SpatialMaskMerging.merge(p.instances(), o));
		final Set<Set<Long>> rebuilt = partition(SpatialMaskMerging.merge(a.instances(), o));
		int differing = 0;
		for (final Set<Long> c : rebuilt)
			if (!truth.contains(c))
				differing++;
		System.out.println(perturbation + " " + tile + "/" + overlap + ": " + p.instances().size() + " predictions, " + a.describe() + "; clusters " + truth.size() + " vs " + rebuilt.size() + ", differing " + differing);
		assertEquals(truth, rebuilt);
	}

	private static Set<Set<Long>> partition(final MergeResult r)
	{
		final Set<Set<Long>> out = new HashSet<>();
		for (int c = 0; c < r.clusterCount(); c++)
		{
			final Set<Long> s = new HashSet<>();
			for (final long id : r.members(c))
				s.add(id);
			out.add(s);
		}
		return out;
	}
}
