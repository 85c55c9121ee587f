package io.github.smm.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.IntArray;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.view.Views;

class LabelImagesTest
{
	/** A label image from rows of values: {@code map[y][x]}. */
	static ArrayImg<IntType, IntArray> image(final int[][] map)
	{
		final int h = map.length, w = map[0].length;
		final int[] data = new int[w * h];
		for (int y = 0; y < h; y++)
			System.arraycopy(map[y], 0, data, y * w, w);
		return ArrayImgs.ints(data, w, h);
	}

	static int[][] toArray(final RandomAccessibleInterval<IntType> img)
	{
		final int w = (int) img.dimension(0), h = (int) img.dimension(1);
		final int[][] out = new int[h][w];
		final RandomAccess<IntType> ra = img.randomAccess();
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				out[y][x] = ra.setPositionAndGet(img.min(0) + x, img.min(1) + y).get();
		return out;
	}

	@Test
	void handDrawnMapGivesOneInstancePerLabel()
	{
		final int[][] map = {
				{ 0, 0, 1, 1, 0 },
				{ 0, 2, 1, 1, 0 },
				{ 0, 0, 0, 0, 2 } };
		final Box window = new Box(10, 20, 15, 23);
		final List<Instance> got = LabelImages.fromLabels(image(map), 10, 20, window, 3);
		assertEquals(2, got.size());
		final Instance one = got.get(0), two = got.get(1);
		assertEquals(1, one.id());
		assertEquals(RleMask.rectangle(new Box(12, 20, 14, 22)), one.mask());
		assertEquals(2, two.id());
		assertEquals(2, two.area(), "label 2 is not connected but is one instance");
		assertTrue(two.mask().contains(11, 21) && two.mask().contains(14, 22));
		assertEquals(1.0, one.score());
		assertEquals(0, one.classId());
		assertEquals(window, one.window());
		assertEquals(3, one.tile());
	}

	@Test
	void idOffsetIsAddedToLabels()
	{
		final List<Instance> got = LabelImages.fromLabels(image(new int[][] { { 0, 7, 0, 3 } }), 0, 0, null, Instance.NO_TILE, 100);
		assertEquals(103, got.get(0).id());
		assertEquals(107, got.get(1).id());
		assertNull(got.get(0).window());
	}

	@Test
	void viewKeepsItsPositionAndTrailingSingletonDimensionsAreAccepted()
	{
		final ArrayImg<IntType, IntArray> big = ArrayImgs.ints(8, 6, 1);
		big.randomAccess().setPositionAndGet(5, 4, 0).set(9);
		final RandomAccessibleInterval<IntType> view = Views.interval(big, new long[] { 4, 3, 0 }, new long[] { 7, 5, 0 });
		final List<Instance> got = LabelImages.fromLabels(view, 100, 0, null, Instance.NO_TILE);
		assertEquals(1, got.size());
		assertEquals(RleMask.rectangle(new Box(105, 4, 106, 5)), got.get(0).mask());
	}

	@Test
	void notTwoDimensionalIsRejected()
	{
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelImages.fromLabels(ArrayImgs.ints(4, 4, 2), 0, 0, null, 0));
		assertTrue(e.getMessage().contains("dimension 2 has size 2"), e.getMessage());
	}

	@Test
	void negativeLabelIsNamedWithItsPixel()
	{
		final int[][] map = { { 0, 1, 1 }, { 1, 0, -4 } };
		final FormatException e = assertThrows(FormatException.class, () -> LabelImages.fromLabels(image(map), 0, 0, null, 0));
		assertTrue(e.getMessage().contains("-4") && e.getMessage().contains("(2, 1)"), e.getMessage());
	}

	@Test
	void randomLabelMapsMatchBruteForceAndRoundTrip()
	{
		final Random rnd = new Random(42);
		for (int trial = 0; trial < 200; trial++)
		{
			final int w = 1 + rnd.nextInt(25), h = 1 + rnd.nextInt(25), labels = 1 + rnd.nextInt(8);
			final int[][] map = new int[h][w];
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++)
					map[y][x] = rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(labels) * (1 + rnd.nextInt(2) * 1000);
			final long ox = rnd.nextInt(100) - 50, oy = rnd.nextInt(100) - 50;
			final List<Instance> got = LabelImages.fromLabels(image(map), ox, oy, null, 0);
			// brute force: pixels per label
			final TreeMap<Integer, List<long[]>> expected = new TreeMap<>();
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++)
					if (map[y][x] != 0)
						expected.computeIfAbsent(map[y][x], k -> new ArrayList<>()).add(new long[] { x + ox, y + oy });
			assertEquals(expected.size(), got.size());
			int k = 0;
			for (final Map.Entry<Integer, List<long[]>> e : expected.entrySet())
			{
				final Instance inst = got.get(k++);
				assertEquals((long) e.getKey(), inst.id());
				assertEquals(e.getValue().size(), inst.area());
				for (final long[] p : e.getValue())
					assertTrue(inst.mask().contains(p[0], p[1]));
			}
			// back to labels: the same map up to the relabelling (label -> rank)
			final int[][] back = toArray(LabelImages.toLabels(got, Box.ofSize(ox, oy, w, h)));
			final Map<Integer, Integer> rank = new HashMap<>();
			for (final Integer v : expected.keySet())
				rank.put(v, rank.size() + 1);
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++)
					assertEquals(map[y][x] == 0 ? 0 : rank.get(map[y][x]), back[y][x]);
		}
	}

	@Test
	void overlapsGoToTheHigherScoreThenTheEarlierInstance()
	{
		final Random rnd = new Random(7);
		for (int trial = 0; trial < 100; trial++)
		{
			final List<Instance> instances = new ArrayList<>();
			final int n = 1 + rnd.nextInt(6);
			for (int i = 0; i < n; i++)
			{
				final Box b = Box.ofSize(rnd.nextInt(12) - 2, rnd.nextInt(12) - 2, 1 + rnd.nextInt(8), 1 + rnd.nextInt(8));
				instances.add(new Instance(i, RleMask.rectangle(b), rnd.nextInt(3) / 2.0));
			}
			final Box region = new Box(0, 0, 12, 10);
			final int[][] got = toArray(LabelImages.toLabels(instances, region));
			for (int y = 0; y < 10; y++)
				for (int x = 0; x < 12; x++)
				{
					int best = 0;
					for (int i = 0; i < n; i++)
						if (instances.get(i).mask().contains(x, y) && (best == 0 || instances.get(i).score() > instances.get(best - 1).score()))
							best = i + 1;
					assertEquals(best, got[y][x], "pixel (" + x + ", " + y + ")");
				}
		}
	}

	@Test
	void toLabelsIsACropOfTheRegion()
	{
		final Instance a = new Instance(5, RleMask.rectangle(new Box(-2, -2, 2, 1)), 0.5);
		final int[][] got = toArray(LabelImages.toLabels(List.of(a), new Box(0, -1, 3, 1)));
		assertArrayEquals(new int[] { 1, 1, 0 }, got[0]);
		assertArrayEquals(new int[] { 1, 1, 0 }, got[1]);
	}

	@Test
	void emptyRegionIsRejected()
	{
		assertThrows(IllegalArgumentException.class, () -> LabelImages.toLabels(List.of(), new Box(0, 0, 0, 5)));
	}
}
