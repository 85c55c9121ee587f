package io.github.smm.volume;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.github.smm.index.CandidatePairs;

/**
 * Gives every voxel claimed by several output instances to one of them, so the outputs form a
 * valid label volume, by the rules of the 2D {@link io.github.smm.fuse.OverlapResolution}:
 * higher score, then larger volume, then earlier position; an output that loses all its voxels is
 * absorbed by the stronger output that shares most voxels with it.
 */
public final class VolumeOverlapResolution
{
	private VolumeOverlapResolution()
	{}

	/** The outcome: new outputs and, for each old output, the index of the output it became. */
	public static final class Resolved
	{
		public final List<VolumeInstance> outputs;
		public final int[] newIndexOf;

		Resolved(final List<VolumeInstance> outputs, final int[] newIndexOf)
		{
			this.outputs = outputs;
			this.newIndexOf = newIndexOf;
		}
	}

	public static Resolved resolve(final List<VolumeInstance> outputs, final int threads)
	{
		final int n = outputs.size();
		final Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++)
			order[i] = i;
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -outputs.get(i).score()).thenComparingLong(i -> -outputs.get(i).volume()).thenComparingInt(i -> i));
		final int[] rank = new int[n];
		for (int r = 0; r < n; r++)
			rank[order[r]] = r;
		final CandidatePairs pairs = VolumeCandidates.find(outputs, 0, true, VoxelSize.ISOTROPIC, threads);
		final List<List<Integer>> stronger = new ArrayList<>();
		for (int i = 0; i < n; i++)
			stronger.add(new ArrayList<>());
		for (int k = 0; k < pairs.size(); k++)
		{
			final int a = pairs.first(k), b = pairs.second(k);
			if (!outputs.get(a).box().intersects(outputs.get(b).box()))
				continue;
			if (rank[a] < rank[b])
				stronger.get(b).add(a);
			else
				stronger.get(a).add(b);
		}
		final VolumeMask[] masks = new VolumeMask[n];
		for (final int i : order)
		{
			VolumeMask m = outputs.get(i).mask();
			for (final int s : stronger.get(i))
				m = VolumeMasks.subtract(m, outputs.get(s).mask());
			masks[i] = m;
		}
		return assemble(outputs, masks, stronger);
	}

	private static Resolved assemble(final List<VolumeInstance> outputs, final VolumeMask[] masks, final List<List<Integer>> stronger)
	{
		final int n = outputs.size();
		final int[] target = new int[n];
		for (int i = 0; i < n; i++)
			target[i] = masks[i].isEmpty() ? takerOf(i, outputs, stronger.get(i)) : i;
		for (int i = 0; i < n; i++)
			while (masks[target[i]].isEmpty())
				target[i] = takerOf(target[i], outputs, stronger.get(target[i]));
		final int[] newIndex = new int[n];
		final List<VolumeInstance> result = new ArrayList<>();
		for (int i = 0; i < n; i++)
			if (!masks[i].isEmpty())
			{
				newIndex[i] = result.size();
				result.add(outputs.get(i).withMask(masks[i]));
			}
		final int[] newIndexOf = new int[n];
		for (int i = 0; i < n; i++)
			newIndexOf[i] = newIndex[target[i]];
		return new Resolved(result, newIndexOf);
	}

	private static int takerOf(final int i, final List<VolumeInstance> outputs, final List<Integer> stronger)
	{
		int best = -1;
		long bestShared = -1;
		for (final int s : stronger)
		{
			final long shared = VolumeMasks.intersectionVolume(outputs.get(i).mask(), outputs.get(s).mask());
			if (shared > bestShared || shared == bestShared && s < best)
			{
				best = s;
				bestShared = shared;
			}
		}
		return best;
	}
}
