package io.github.smm.tune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

/** The ground truth of an image in an R-tree, to find the objects a mask shares pixels with. */
final class GroundTruthIndex
{
	private final List<Instance> truth;
	private final STRtree tree = new STRtree();

	GroundTruthIndex(final List<Instance> truth)
	{
		this.truth = truth;
		for (int g = 0; g < truth.size(); g++)
			tree.insert(envelope(truth.get(g).box()), g);
		tree.build();
	}

	/** {indices ascending, intersections} of the ground-truth objects sharing pixels with {@code mask}. */
	long[][] overlaps(final RleMask mask)
	{
		final List<Integer> near = new ArrayList<>();
		tree.query(envelope(mask.box()), item -> near.add((Integer) item)); // read-only once built
		near.sort(null);
		final long[] index = new long[near.size()], inter = new long[near.size()];
		int n = 0;
		for (final int g : near)
		{
			final long a = Masks.intersectionArea(mask, truth.get(g).mask());
			if (a > 0)
			{
				index[n] = g;
				inter[n++] = a;
			}
		}
		return new long[][] { Arrays.copyOf(index, n), Arrays.copyOf(inter, n) };
	}

	/** The closed envelope of a box's pixels. */
	private static Envelope envelope(final Box b)
	{
		return new Envelope(b.minX, b.maxX - 1, b.minY, b.maxY - 1);
	}
}
