package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Macro option values by whole key, in ImageJ's three spellings. */
class MacroOptionsTest
{
	@Test
	void keysAreWholeWords()
	{
		final String options = "probability_threshold=0.5 image=[my slide.tif] output_labels=[a [b] c] labels='x y' threshold=otsu_per_tile";
		assertEquals("otsu_per_tile", MacroOptions.value(options, "threshold"));
		assertEquals("0.5", MacroOptions.value(options, "probability_threshold"));
		assertEquals("my slide.tif", MacroOptions.value(options, "image"));
		assertEquals("a [b] c", MacroOptions.value(options, "output_labels"));
		assertEquals("x y", MacroOptions.value(options, "labels"));
		assertNull(MacroOptions.value("probability_threshold=0.5", "threshold"));
		assertNull(MacroOptions.value("method=", "methods"));
		assertEquals("", MacroOptions.value("method= preset=x", "method"));
		assertEquals("magic", MacroOptions.value("method=magic", "method"));
	}
}
