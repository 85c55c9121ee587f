package io.github.smm.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The generated categorical palette: black background, distinct, visible colours far apart. */
class CategoricalColorsTest
{
	private static double distance(final int a, final int b)
	{
		final double[] p = CategoricalColors.lab(a >> 16 & 0xff, a >> 8 & 0xff, a & 0xff), q = CategoricalColors.lab(b >> 16 & 0xff, b >> 8 & 0xff, b & 0xff);
		return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
	}

	@Test
	void paletteIsBlackThenDistinctVisibleColours()
	{
		final int[] rgb = CategoricalColors.rgb();
		assertEquals(256, rgb.length);
		assertEquals(0, rgb[0], "background black");
		final Set<Integer> seen = new HashSet<>();
		for (int i = 1; i < 256; i++)
		{
			assertTrue(seen.add(rgb[i]), "colour " + i + " repeats");
			assertTrue(CategoricalColors.lab(rgb[i] >> 16 & 0xff, rgb[i] >> 8 & 0xff, rgb[i] & 0xff)[0] >= 25, "colour " + i + " too dark on black");
		}
		double nearest = Double.POSITIVE_INFINITY;
		for (int i = 0; i <= 20; i++)
			for (int j = i + 1; j <= 20; j++)
				nearest = Math.min(nearest, distance(rgb[i], rgb[j]));
		assertTrue(nearest > 30, "the first 20 labels are far apart in CIELAB: nearest pair " + nearest);
		double neighbours = Double.POSITIVE_INFINITY;
		for (int i = 1; i < 255; i++)
			neighbours = Math.min(neighbours, distance(rgb[i], rgb[i + 1]));
		assertTrue(neighbours > 10, "consecutive labels never look alike: " + neighbours);
		assertEquals(rgb[1], CategoricalColors.of(256), "labels beyond 255 repeat the palette from 1");
		assertEquals(java.util.Arrays.toString(rgb), java.util.Arrays.toString(CategoricalColors.rgb()), "deterministic");
	}
}
