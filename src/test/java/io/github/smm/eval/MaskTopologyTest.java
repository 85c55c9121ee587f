package io.github.smm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.model.RleMask;

/** Pieces and holes on runs against flood fill on a pixel array, on random bitmaps. */
class MaskTopologyTest
{
	@Test
	void agreesWithFloodFill()
	{
		final Random rnd = new Random(17);
		for (int round = 0; round < 500; round++)
		{
			final int w = 1 + rnd.nextInt(9), h = 1 + rnd.nextInt(9);
			final double density = 0.3 + 0.5 * rnd.nextDouble();
			final boolean[] bits = new boolean[w * h];
			for (int i = 0; i < bits.length; i++)
				bits[i] = rnd.nextDouble() < density;
			final RleMask mask = RleMask.fromBitmap(bits, w, h, 3, 7);
			if (mask.isEmpty())
				continue;
			for (final Connectivity c : new Connectivity[] { Connectivity.FOUR, Connectivity.EIGHT })
			{
				final String where = "round " + round + " " + c;
				assertEquals(floodPieces(bits, w, h, c), MaskTopology.pieces(mask, c), where);
				final long[] holes = floodHoles(bits, w, h, c.complement());
				final MaskTopology.Holes got = MaskTopology.holes(mask, c);
				assertEquals(holes[0], got.count, where);
				assertEquals(holes[1], got.size, where);
			}
		}
	}

	private static int floodPieces(final boolean[] bits, final int w, final int h, final Connectivity c)
	{
		final int[] label = new int[w * h];
		int n = 0;
		for (int i = 0; i < bits.length; i++)
			if (bits[i] && label[i] == 0)
				fill(bits, true, label, ++n, i, w, h, c);
		return n;
	}

	/** Count and area of background regions not reaching the edge of the pixel array. */
	private static long[] floodHoles(final boolean[] bits, final int w, final int h, final Connectivity bg)
	{
		final int[] label = new int[w * h];
		int n = 0;
		long count = 0, area = 0;
		for (int i = 0; i < bits.length; i++)
			if (!bits[i] && label[i] == 0)
			{
				final long[] size = fill(bits, false, label, ++n, i, w, h, bg);
				if (size[1] == 0)
				{
					count++;
					area += size[0];
				}
			}
		return new long[] { count, area };
	}

	/** Fills the region of {@code value} at {@code seed}; returns its size and whether it reaches the edge. */
	private static long[] fill(final boolean[] bits, final boolean value, final int[] label, final int id, final int seed, final int w, final int h, final Connectivity c)
	{
		final ArrayDeque<Integer> todo = new ArrayDeque<>();
		label[seed] = id;
		todo.add(seed);
		long size = 0, edge = 0;
		while (!todo.isEmpty())
		{
			final int p = todo.poll();
			size++;
			final int x = p % w, y = p / w;
			if (x == 0 || y == 0 || x == w - 1 || y == h - 1)
				edge = 1;
			for (int dy = -1; dy <= 1; dy++)
				for (int dx = -1; dx <= 1; dx++)
				{
					if (dx == 0 && dy == 0 || c == Connectivity.FOUR && dx != 0 && dy != 0)
						continue;
					final int nx = x + dx, ny = y + dy;
					if (nx < 0 || ny < 0 || nx >= w || ny >= h)
						continue;
					final int q = ny * w + nx;
					if (bits[q] == value && label[q] == 0)
					{
						label[q] = id;
						todo.add(q);
					}
				}
		}
		return new long[] { size, edge };
	}
}
