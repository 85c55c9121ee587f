package io.github.smm.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VolumeMask;

/**
 * Scores merged perfect block predictions against the 3D truth: {@code split} = cells whose
 * pieces end in two or more outputs, {@code wrongMerges} = outputs holding pieces of two or more
 * cells, {@code wrongMasks} = outputs of one cell whose voxels differ from the cell's, {@code missed}
 * = cells with no output. {@code errors} is their sum (0 for a perfect merge).
 */
final class VolumeQuality
{
	final int split, wrongMerges, wrongMasks, missed;

	private VolumeQuality(final int split, final int wrongMerges, final int wrongMasks, final int missed)
	{
		this.split = split;
		this.wrongMerges = wrongMerges;
		this.wrongMasks = wrongMasks;
		this.missed = missed;
	}

	int errors()
	{
		return split + wrongMerges + wrongMasks + missed;
	}

	static VolumeQuality score(final Map<Integer, VolumeMask> truth, final int[] truthLabel, final int[] clusterOfInput, final List<VolumeInstance> merged)
	{
		final Map<Integer, Set<Integer>> labelsOfOutput = new HashMap<>(), outputsOfLabel = new HashMap<>();
		for (int i = 0; i < truthLabel.length; i++)
		{
			labelsOfOutput.computeIfAbsent(clusterOfInput[i], k -> new HashSet<>()).add(truthLabel[i]);
			outputsOfLabel.computeIfAbsent(truthLabel[i], k -> new HashSet<>()).add(clusterOfInput[i]);
		}
		int split = 0, wrongMerges = 0, wrongMasks = 0, missed = 0;
		for (final Set<Integer> o : outputsOfLabel.values())
			split += o.size() > 1 ? 1 : 0;
		for (final Map.Entry<Integer, Set<Integer>> e : labelsOfOutput.entrySet())
			if (e.getValue().size() > 1)
				wrongMerges++;
			else if (!merged.get(e.getKey()).mask().equals(truth.get(e.getValue().iterator().next())))
				wrongMasks++;
		for (final Integer label : truth.keySet())
			missed += outputsOfLabel.containsKey(label) ? 0 : 1;
		return new VolumeQuality(split, wrongMerges, wrongMasks, missed);
	}
}
