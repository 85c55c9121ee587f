package io.github.smm.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.github.smm.index.CandidatePairs;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The 3D candidate grid finds exactly the pairs a brute-force box comparison finds, once each, on any thread count. */
class VolumeCandidatesProperties
{
	@Property(tries = 60)
	void gridFindsThePairsOfBruteForce(@ForAll @IntRange(min = 1, max = 300) final int n, @ForAll final long seed, @ForAll @IntRange(min = 0, max = 6) final int rho,
			@ForAll @IntRange(min = 0, max = 2) final int voxelKind)
	{
		final Random r = new Random(seed);
		final VoxelSize voxel = voxelKind == 0 ? VoxelSize.ISOTROPIC : voxelKind == 1 ? new VoxelSize(2, 0.5, 0.5) : new VoxelSize(0.5, 1, 1);
		final List<VolumeInstance> in = new ArrayList<>();
		for (int i = 0; i < n; i++)
		{
			final Box3 b = Box3.ofSize(r.nextInt(60) - 10, r.nextInt(60), r.nextInt(20), 1 + r.nextInt(r.nextInt(10) < 8 ? 6 : 30), 1 + r.nextInt(6), 1 + r.nextInt(4));
			in.add(new VolumeInstance(i, VolumeMask.box(b), 1, r.nextInt(2), null, 0));
		}
		final boolean agnostic = r.nextBoolean();
		final StringBuilder expected = new StringBuilder();
		for (int a = 0; a < n; a++)
			for (int b = a + 1; b < n; b++)
				if ((agnostic || in.get(a).classId() == in.get(b).classId()) && in.get(a).box().gap(in.get(b).box(), voxel) <= rho)
					expected.append(a).append('-').append(b).append(' ');
		for (final int threads : new int[] { 1, 3 })
			assertEquals(expected.toString(), describe(VolumeCandidates.find(in, rho, agnostic, voxel, threads)), "threads " + threads);
	}

	private static String describe(final CandidatePairs p)
	{
		final StringBuilder s = new StringBuilder();
		for (int k = 0; k < p.size(); k++)
			s.append(p.first(k)).append('-').append(p.second(k)).append(' ');
		return s.toString();
	}
}
