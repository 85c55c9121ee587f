package io.github.smm.vis;

import static io.github.smm.vis.Shapes.named;
import static io.github.smm.vis.Shapes.one;
import static io.github.smm.vis.Shapes.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import ij.CompositeImage;
import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Overlay;
import ij.process.ByteProcessor;
import ij.process.ShortProcessor;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;

class BeforeAfterTest
{
	/** Two tiles split at x = 30 with overlap 10: one object seen by both, one by tile 1 only. */
	private static final List<Box> TILES = List.of(new Box(0, 0, 40, 50), new Box(30, 0, 80, 50));
	private static final List<Instance> BEFORE = List.of(rect(1, 20, 10, 40, 20, 0.9, 0, 0), rect(2, 30, 10, 45, 20, 0.8, 0, 1), rect(3, 60, 30, 70, 40, 0.7, 0, 1));
	private static final List<Instance> AFTER = List.of(rect(100, 20, 10, 45, 20, 0.85, 0, Instance.NO_TILE), rect(101, 60, 30, 70, 40, 0.7, 0, Instance.NO_TILE));

	private static ImagePlus gradient()
	{
		final ByteProcessor bp = new ByteProcessor(80, 50);
		for (int i = 0; i < 80 * 50; i++)
			bp.set(i, i % 251);
		return new ImagePlus("cells", bp);
	}

	@Test
	void sideBySideIsTwiceAsWideWithTheImageTwiceAndAfterShiftedRight()
	{
		final ImagePlus image = gradient();
		final ImagePlus both = BeforeAfter.of(BEFORE, AFTER).tiles(TILES).rendering(Rendering.VECTOR).render(image);
		assertNotSame(image, both);
		assertNull(image.getOverlay(), "the original is left alone");
		assertEquals(160, both.getWidth());
		assertEquals(50, both.getHeight());
		for (int y = 0; y < 50; y++)
			for (int x = 0; x < 80; x++)
			{
				assertEquals(image.getProcessor().get(x, y), both.getProcessor().get(x, y));
				assertEquals(image.getProcessor().get(x, y), both.getProcessor().get(x + 80, y));
			}
		final Overlay o = both.getOverlay();
		assertEquals(3, named(o, "before-").size());
		assertEquals(2, named(o, "after-").size());
		assertEquals(2, named(o, "tile-").size());
		assertEquals(2, named(o, "caption").size());
		assertEquals(20, one(o, "before-1").getBounds().x);
		assertEquals(80 + 20, one(o, "after-100").getBounds().x);
		assertEquals(80 + 60, one(o, "after-101").getBounds().x);
		assertEquals(30, one(o, "tile-1").getBounds().x, "the grid is on the left, with the tile predictions");
		assertEquals(BeforeAfter.AFTER_WIDTH, one(o, "after-100").getStrokeWidth());
		assertEquals(Palette.withOpacity(Palette.distinct(1), BeforeAfter.BEFORE_OPACITY), one(o, "before-2").getStrokeColor(), "coloured by tile");
	}

	@Test
	void superimposedDrawsBothOnTheImageItself()
	{
		final ImagePlus image = gradient();
		final ImagePlus shown = BeforeAfter.of(BEFORE, AFTER).layout(BeforeAfter.Layout.SUPERIMPOSED).tiles(TILES).labels(LabelField.ID).rendering(Rendering.VECTOR).render(image);
		assertSame(image, shown);
		final Overlay o = image.getOverlay();
		assertEquals(3 + 2 + 2 + 2, o.size(), "before, grid, after, after labels");
		assertEquals(20, one(o, "after-100").getBounds().x);
		final int lastBefore = o.getIndex("before-3"), firstAfter = o.getIndex("after-100");
		assertEquals(true, lastBefore < firstAfter, "after drawn above before");
		assertEquals(Palette.withOpacity(Palette.distinct(1), BeforeAfter.BEFORE_FILL_OPACITY), one(o, "before-2").getFillColor(), "translucent fill by tile");
		assertEquals(Palette.distinct(100), one(o, "after-100").getStrokeColor());
	}

	@Test
	void clusterAssignmentGivesInputsTheColourOfTheirMergedInstance()
	{
		final Overlay o = BeforeAfter.of(BEFORE, AFTER).layout(BeforeAfter.Layout.SUPERIMPOSED).clusterOf(id -> id == 3 ? 101 : 100).rendering(Rendering.VECTOR).superimposed(80, 50);
		final java.awt.Color merged = one(o, "after-100").getStrokeColor();
		assertEquals(merged.getRGB() & 0xffffff, one(o, "before-1").getFillColor().getRGB() & 0xffffff);
		assertEquals(merged.getRGB() & 0xffffff, one(o, "before-2").getFillColor().getRGB() & 0xffffff);
		assertEquals(one(o, "after-101").getStrokeColor().getRGB() & 0xffffff, one(o, "before-3").getFillColor().getRGB() & 0xffffff);
	}

	@Test
	void rasterHalvesAreShiftedToo()
	{
		final Overlay o = BeforeAfter.of(BEFORE, AFTER).rendering(Rendering.RASTER).render(gradient()).getOverlay();
		assertEquals(0, one(o, "befores-raster-0-0").getBounds().x);
		assertEquals(80, one(o, "afters-raster-0-0").getBounds().x);
	}

	@Test
	void sideBySideKeepsStacksDisplayRangeAndChannels()
	{
		final ImageStack stack = new ImageStack(10, 6);
		for (int i = 0; i < 6; i++)
		{
			final ShortProcessor sp = new ShortProcessor(10, 6);
			sp.set(3, 2, 1000 * (i + 1));
			stack.addSlice("plane " + i, sp);
		}
		final ImagePlus hyper = new ImagePlus("h", stack);
		hyper.setDimensions(2, 3, 1);
		final CompositeImage composite = new CompositeImage(hyper, CompositeImage.COMPOSITE);
		composite.setPosition(2, 3, 1);
		composite.setDisplayRange(10, 500);
		final ImagePlus both = SideBySide.of(composite, "both");
		assertEquals(20, both.getWidth());
		assertEquals(2, both.getNChannels());
		assertEquals(3, both.getNSlices());
		assertEquals(true, both.isComposite());
		assertEquals(6, both.getStack().getSize());
		assertEquals(6000, both.getStack().getProcessor(6).get(13, 2));
		assertEquals(6000, both.getStack().getProcessor(6).get(3, 2));
		assertEquals("plane 5", both.getStack().getSliceLabel(6));
		assertEquals(2, both.getChannel());
		assertEquals(3, both.getSlice());
		assertEquals(500, both.getDisplayRangeMax(), 0);

		final ShortProcessor single = new ShortProcessor(4, 4);
		single.setMinAndMax(5, 77);
		final ImagePlus plain = SideBySide.of(new ImagePlus("p", single), "p2");
		assertEquals(77, plain.getDisplayRangeMax(), 0);
		assertEquals(5, plain.getDisplayRangeMin(), 0);
	}
}
