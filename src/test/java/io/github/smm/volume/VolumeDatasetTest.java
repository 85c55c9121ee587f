package io.github.smm.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.eval.MatchingOptions;
import io.github.smm.eval.MatchingStats;

/** A data set of two hand-drawn volumes: pooled counts, SEG and COCO numbers worked out by hand, not per-volume means. */
class VolumeDatasetTest
{
	private static VolumeInstance cube(final long id, final long x, final long z)
	{
		return new VolumeInstance(id, VolumeMask.box(Box3.ofSize(x, 0, z, 4, 4, 4)), 1, 0, null, 0);
	}

	/** {@code n} cubes 6 voxels apart along x. */
	private static List<VolumeInstance> cubes(final int n)
	{
		final List<VolumeInstance> out = new ArrayList<>();
		for (int k = 0; k < n; k++)
			out.add(cube(k + 1, 6 * k, 0));
		return out;
	}

	@Test
	void poolsCountsNotScores()
	{
		final VolumeDataset data = new VolumeDataset(MatchingOptions.defaults().withThresholds(0.5, 0.9));
		// volume a: two cubes, one found exactly, the other missed; volume b: four cubes, all found exactly
		final VolumeScores a = data.add("a", cubes(1), cubes(2)), b = data.add("b", cubes(4), cubes(4));
		assertEquals(2.0 / 3, a.stats().get(0).f1(), 1e-12);
		assertEquals(1.0, b.stats().get(0).f1(), 1e-12);
		final VolumeScores all = data.pooled();
		assertEquals(VolumeDataset.ALL_VOLUMES, all.name());
		for (final MatchingStats s : all.stats())
		{
			assertEquals(5, s.truePositives());
			assertEquals(0, s.falsePositives());
			assertEquals(1, s.falseNegatives());
			// pooled: 2·5 / (5 + 6); the mean of the two F1 would be 5/6
			assertEquals(10.0 / 11, s.f1(), 1e-12);
			assertEquals(10.0 / 11, s.panopticQuality(), 1e-12);
		}
		assertEquals(5.0 / 6, all.seg(), 1e-12, "SEG over the 6 ground-truth cubes");
		assertEquals(List.of(0L, 0L, 1L, 0L), List.of(all.splits(), all.merges(), all.missed(), all.spurious()));
		// COCO: precision 1 up to recall 5/6 at every IoU threshold, so AP = 84 of the 101 recall points (0 … 0.83)
		final double[] coco = all.cocoSummary(), cocoA = a.cocoSummary();
		assertEquals(84.0 / 101, coco[0], 1e-12);
		assertEquals(84.0 / 101, coco[1], 1e-12);
		assertEquals(5.0 / 6, coco[3], 1e-12);
		assertEquals(51.0 / 101, cocoA[0], 1e-12, "volume a alone: recall 1/2");
		assertEquals(1.0, b.cocoSummary()[0], 1e-12);
		assertEquals(List.of("a", "b"), List.of(data.volumes().get(0).name(), data.volumes().get(1).name()));
	}

	@Test
	void aVolumeNameOnceAndAtLeastOneVolume()
	{
		final VolumeDataset data = new VolumeDataset(MatchingOptions.defaults().withThresholds(0.5));
		assertThrows(IllegalStateException.class, data::pooled);
		data.add("a", cubes(1), cubes(1));
		final IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> data.add("a", cubes(1), cubes(1)));
		assertEquals(true, twice.getMessage().contains("'a'"), twice.getMessage());
	}
}
