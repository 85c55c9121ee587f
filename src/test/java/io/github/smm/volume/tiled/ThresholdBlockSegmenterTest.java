package io.github.smm.volume.tiled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.github.smm.volume.Box3;

/** Threshold + 6-connected components on hand-drawn blocks. */
class ThresholdBlockSegmenterTest
{
	/** Voxels from slices of rows ('#' = 9, '.' = 1), x fastest. */
	private static float[] draw(final String... slices)
	{
		final StringBuilder all = new StringBuilder();
		for (final String s : slices)
			all.append(s.replace("|", ""));
		final float[] out = new float[all.length()];
		for (int i = 0; i < out.length; i++)
			out[i] = all.charAt(i) == '#' ? 9 : 1;
		return out;
	}

	@Test
	void facesConnectAcrossRowsAndSlicesButEdgesDoNot()
	{
		// z=0: ##..# / .#..#   z=1: ..... / .#...   (5 x 2 x 2)
		final float[] v = draw("##..#|.#..#", ".....|.#...");
		final int[] labels = new ThresholdBlockSegmenter(5, false, 0).labels(new Box3(0, 0, 0, 5, 2, 2), v);
		assertArrayEquals(new int[] { 1, 1, 0, 0, 2, 0, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0 }, labels);
		// diagonal neighbours (sharing an edge only) are apart
		final int[] diagonal = new ThresholdBlockSegmenter(5, false, 0).labels(new Box3(0, 0, 0, 2, 2, 1), draw("#.|.#"));
		assertArrayEquals(new int[] { 1, 0, 0, 2 }, diagonal);
	}

	@Test
	void smallComponentsAreDroppedAndLabelsStayConsecutive()
	{
		final float[] v = draw("#.##.#|#.##..");
		final int[] labels = new ThresholdBlockSegmenter(5, false, 2).labels(new Box3(0, 0, 0, 6, 2, 1), v);
		assertArrayEquals(new int[] { 1, 0, 2, 2, 0, 0, 1, 0, 2, 2, 0, 0 }, labels);
	}

	@Test
	void darkObjectsAreBelowTheLevel()
	{
		final int[] labels = new ThresholdBlockSegmenter(5, true, 0).labels(new Box3(0, 0, 0, 3, 1, 1), draw("#.#"));
		assertArrayEquals(new int[] { 0, 1, 0 }, labels);
	}

	@Test
	void aBlockOfTheWrongSizeIsNamed()
	{
		assertThrows(IllegalArgumentException.class, () -> new ThresholdBlockSegmenter(5, false, 0).labels(new Box3(0, 0, 0, 3, 3, 3), new float[5]));
		assertThrows(IllegalArgumentException.class, () -> new ThresholdBlockSegmenter(Double.NaN, false, 0));
	}
}
