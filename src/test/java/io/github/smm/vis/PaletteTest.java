package io.github.smm.vis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;

import org.junit.jupiter.api.Test;

class PaletteTest
{
	private static double distance(final Color a, final Color b)
	{
		final int dr = a.getRed() - b.getRed(), dg = a.getGreen() - b.getGreen(), db = a.getBlue() - b.getBlue();
		return Math.sqrt(dr * dr + dg * dg + db * db);
	}

	@Test
	void colourDependsOnlyOnTheKey()
	{
		assertEquals(Palette.distinct(12345), Palette.distinct(12345));
		assertEquals(Palette.distinct(-7), Palette.distinct(-7));
		assertEquals(255, Palette.distinct(3).getAlpha());
	}

	@Test
	void neighbouringKeysAreClearlyDifferent()
	{
		for (long k = -50; k < 5000; k++)
			assertTrue(distance(Palette.distinct(k), Palette.distinct(k + 1)) > 60, "keys " + k + " and " + (k + 1));
	}

	@Test
	void firstTenKeysAreMutuallyDistinct()
	{
		for (int a = 0; a < 10; a++)
			for (int b = a + 1; b < 10; b++)
				assertTrue(distance(Palette.distinct(a), Palette.distinct(b)) > 25, a + " vs " + b);
	}

	@Test
	void coloursAreBrightEnoughToReadOnDarkImages()
	{
		for (long k = 0; k < 1000; k++)
			assertTrue(Math.max(Palette.distinct(k).getRed(), Math.max(Palette.distinct(k).getGreen(), Palette.distinct(k).getBlue())) >= 200, "key " + k);
	}

	@Test
	void opacityIsCheckedAndApplied()
	{
		assertEquals(128, Palette.withOpacity(Color.RED, 0.5).getAlpha());
		assertThrows(IllegalArgumentException.class, () -> Palette.withOpacity(Color.RED, 1.5));
		assertThrows(IllegalArgumentException.class, () -> Palette.withOpacity(Color.RED, Double.NaN));
	}
}
