package io.github.smm.vis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;

import org.junit.jupiter.api.Test;

class ScoreLutTest
{
	@Test
	void luminanceRisesStrictlyWithTheScore()
	{
		for (int i = 1; i < ScoreLut.SIZE; i++)
			assertTrue(Shapes.luminance(new Color(ScoreLut.rgb(i))) > Shapes.luminance(new Color(ScoreLut.rgb(i - 1))), "entry " + i);
		final ScoreLut lut = ScoreLut.unit();
		double previous = -1;
		for (double s = 0; s <= 1; s += 0.001)
		{
			final double l = Shapes.luminance(lut.color(s));
			assertTrue(l >= previous, "score " + s);
			previous = l;
		}
	}

	@Test
	void endsAreDarkVioletAndYellowAndOutOfRangeIsClamped()
	{
		final ScoreLut lut = new ScoreLut(0.5, 1);
		assertEquals(0, lut.index(0.5));
		assertEquals(0, lut.index(0.1));
		assertEquals(ScoreLut.SIZE - 1, lut.index(1));
		assertEquals(ScoreLut.SIZE - 1, lut.index(7));
		assertEquals(128, lut.index(0.75));
		final Color low = lut.color(0), high = lut.color(1);
		assertTrue(low.getBlue() > low.getGreen() && low.getRed() > low.getGreen(), "violet " + low);
		assertTrue(high.getRed() > 200 && high.getGreen() > 200 && high.getBlue() < 100, "yellow " + high);
	}

	@Test
	void badRangesAreRejected()
	{
		assertThrows(IllegalArgumentException.class, () -> new ScoreLut(1, 1));
		assertThrows(IllegalArgumentException.class, () -> new ScoreLut(1, 0));
		assertThrows(IllegalArgumentException.class, () -> new ScoreLut(0, Double.NaN));
	}
}
