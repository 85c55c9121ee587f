package io.github.smm.vis;

import static io.github.smm.vis.Shapes.named;
import static io.github.smm.vis.Shapes.one;
import static io.github.smm.vis.Shapes.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;
import io.github.smm.model.Instance;

class ErrorMapTest
{
	private static final Instance TRUTH_1 = rect(1, 0, 0, 10, 10, 1, 0, 0);
	private static final Instance PRED_1 = rect(1, 1, 1, 10, 10, 0.9, 0, 0);
	private static final Instance MISSED = rect(2, 20, 0, 30, 10, 1, 0, 0);
	private static final Instance SPURIOUS = rect(3, 40, 0, 50, 10, 0.4, 0, 0);
	private static final Instance SPLIT = rect(4, 0, 20, 20, 30, 1, 0, 0);
	private static final Instance MERGED = rect(5, 30, 20, 60, 30, 0.8, 0, 0);

	private static ErrorMap sample()
	{
		return ErrorMap.create().add(SPURIOUS, ErrorKind.SPURIOUS).add(TRUTH_1, ErrorKind.MATCHED).add(PRED_1, ErrorKind.MATCHED).add(MISSED, ErrorKind.MISSED)
				.add(SPLIT, ErrorKind.SPLIT).add(MERGED, ErrorKind.MERGED);
	}

	@Test
	void everyKindHasItsOwnClearlyDistinctColour()
	{
		final Set<Color> colours = new HashSet<>();
		for (final ErrorKind k : ErrorKind.values())
			colours.add(k.color());
		assertEquals(ErrorKind.values().length, colours.size());
		for (final ErrorKind a : ErrorKind.values())
			for (final ErrorKind b : ErrorKind.values())
				if (a.ordinal() < b.ordinal())
				{
					final Color x = a.color(), y = b.color();
					final double d = Math.sqrt(Math.pow(x.getRed() - y.getRed(), 2) + Math.pow(x.getGreen() - y.getGreen(), 2) + Math.pow(x.getBlue() - y.getBlue(), 2));
					assertTrue(d > 80, a + " vs " + b + ": " + d);
				}
	}

	@Test
	void eachObjectIsDrawnInTheColourOfItsKindWithKindNames()
	{
		final Overlay o = sample().draw(DrawMode.OUTLINE).legend(false).rendering(Rendering.VECTOR).build(64, 40);
		assertEquals(6, o.size());
		assertEquals(2, named(o, "matched-1").size(), "truth and prediction may share an id");
		assertEquals(ErrorKind.MISSED.color(), one(o, "missed-2").getStrokeColor());
		assertEquals(ErrorKind.SPURIOUS.color(), one(o, "spurious-3").getStrokeColor());
		assertEquals(ErrorKind.SPLIT.color(), one(o, "split-4").getStrokeColor());
		assertEquals(ErrorKind.MERGED.color(), one(o, "merged-5").getStrokeColor());
		assertEquals(List.of("matched-1", "matched-1", "missed-2", "spurious-3", "split-4", "merged-5"), names(o), "kind order, not insertion order");
	}

	@Test
	void legendListsAllKindsWithCounts()
	{
		final Overlay o = sample().rendering(Rendering.VECTOR).build(64, 40);
		assertEquals(1 + 2 * ErrorKind.values().length, named(o, "legend-").size());
		assertEquals("matched (2)", ((TextRoi) one(o, "legend-text-0")).getText().trim());
		assertEquals("missed (1)", ((TextRoi) one(o, "legend-text-1")).getText().trim());
		assertEquals(ErrorKind.MERGED.color(), one(o, "legend-swatch-4").getFillColor());
		assertEquals("split (0)", ((TextRoi) one(ErrorMap.create().add(MISSED, ErrorKind.MISSED).build(64, 40), "legend-text-3")).getText().trim());
	}

	@Test
	void rasterErrorMapPaintsKindColours()
	{
		final Overlay o = sample().draw(DrawMode.FILL_AND_OUTLINE).legend(false).rendering(Rendering.RASTER).build(64, 40);
		assertEquals(2, o.size(), "one fill and one outline block");
		final ImageRoi fills = (ImageRoi) one(o, "errors-raster-fill-0-0"), lines = (ImageRoi) one(o, "errors-raster-0-0");
		assertEquals(ErrorKind.SPURIOUS.color().getRGB(), lines.getProcessor().get(40, 5), "outline pixel");
		assertEquals(ErrorKind.SPLIT.color().getRGB(), fills.getProcessor().get(10, 25), "fill pixel");
		assertEquals(0.35, fills.getOpacity(), 0.01);
		assertEquals(0, fills.getProcessor().get(5, 5) >>> 24, "matched objects are not filled");
		assertEquals(ErrorKind.MATCHED.color().getRGB(), lines.getProcessor().get(0, 5));
	}

	@Test
	void matchedObjectsAreOutlinesUnlessAskedOtherwise()
	{
		final Overlay plain = sample().legend(false).rendering(Rendering.VECTOR).build(64, 40);
		assertEquals(1 + 1 + 2 * 4, plain.size(), "two matched outlines, four filled outlined errors");
		assertEquals(0, named(plain, "matched-1-fill").size());
		final Overlay filled = sample().fillMatched(true).legend(false).rendering(Rendering.VECTOR).build(64, 40);
		assertEquals(2 * 6, filled.size());
		assertEquals(ErrorKind.MATCHED.color().getRGB() & 0xffffff, one(filled, "matched-1-fill").getFillColor().getRGB() & 0xffffff);
	}

	@Test
	void anObjectCannotBeAddedTwice()
	{
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ErrorMap.create().add(MISSED, ErrorKind.MISSED).add(MISSED, ErrorKind.SPLIT));
		assertTrue(e.getMessage().contains("Instance 2") && e.getMessage().contains("missed") && e.getMessage().contains("split"), e.getMessage());
		final List<Instance> withNull = new ArrayList<>(List.of(MISSED));
		withNull.add(null);
		assertThrows(NullPointerException.class, () -> ErrorMap.create().addAll(withNull, ErrorKind.MISSED));
	}

	private static List<String> names(final Overlay o)
	{
		final List<String> out = new ArrayList<>();
		for (final Roi r : o.toArray())
			out.add(r.getName());
		return out;
	}
}
