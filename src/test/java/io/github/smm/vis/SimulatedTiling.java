package io.github.smm.vis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

/**
 * Tile predictions made from ground truth, for pictures of real images: every object cut by
 * every overlapping tile window it meets, scored by the fraction of the object the tile sees.
 * The merged result is the ground truth itself; {@link #clusterOf} maps each piece to it.
 */
final class SimulatedTiling
{
	final List<Box> tiles = new ArrayList<>();
	final List<Instance> pieces = new ArrayList<>();
	final Map<Long, Long> clusterOf = new HashMap<>();

	SimulatedTiling(final List<Instance> truth, final long width, final long height, final long tile, final long overlap)
	{
		for (final long y : starts(height, tile, overlap))
			for (final long x : starts(width, tile, overlap))
				tiles.add(new Box(x, y, Math.min(width, x + tile), Math.min(height, y + tile)));
		long id = 1;
		for (int t = 0; t < tiles.size(); t++)
			for (final Instance i : truth)
			{
				final RleMask piece = Masks.clip(i.mask(), tiles.get(t));
				if (piece.isEmpty())
					continue;
				pieces.add(new Instance(id, piece, piece.area() / (double) i.area(), i.classId(), tiles.get(t), t));
				clusterOf.put(id, i.id());
				id++;
			}
	}

	private static List<Long> starts(final long size, final long tile, final long overlap)
	{
		final List<Long> out = new ArrayList<>();
		for (long s = 0;; s += tile - overlap)
		{
			out.add(Math.min(s, Math.max(0, size - tile)));
			if (s + tile >= size)
				return out;
		}
	}

	long cluster(final long pieceId)
	{
		return clusterOf.getOrDefault(pieceId, -1L);
	}
}
