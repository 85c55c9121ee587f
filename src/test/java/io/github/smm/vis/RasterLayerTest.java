package io.github.smm.vis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.process.ImageProcessor;
import io.github.smm.model.Box;
import io.github.smm.model.RleMask;

class RasterLayerTest
{
	private static final int RED = 0xffff0000, BLUE = 0xff0000ff;

	/** Counts pixels equal to {@code argb} over all blocks. */
	private static int count(final Overlay overlay, final int argb)
	{
		int n = 0;
		for (final Roi r : overlay.toArray())
		{
			final ImageProcessor ip = ((ImageRoi) r).getProcessor();
			for (int i = 0; i < ip.getPixelCount(); i++)
				if (ip.get(i) == argb)
					n++;
		}
		return n;
	}

	private static Overlay paint(final RleMask m, final int fill, final int line, final int thickness, final int w, final int h)
	{
		final RasterLayer r = new RasterLayer(w, h);
		r.paint(MaskRows.of(m), fill, line, thickness);
		final Overlay o = new Overlay();
		r.addTo(o, "raster");
		return o;
	}

	@Test
	void boundaryThicknessCountsPixelsWithAnOutsidePixelThatClose()
	{
		final RleMask square = RleMask.rectangle(new Box(10, 10, 17, 17));
		assertEquals(24, count(paint(square, 0, RED, 1, 64, 64), RED), "one-pixel ring of a 7x7 square");
		assertEquals(40, count(paint(square, 0, RED, 2, 64, 64), RED), "two-pixel ring");
		assertEquals(49, count(paint(square, 0, RED, 4, 64, 64), RED), "thicker than the square");
		final Overlay both = paint(square, BLUE, RED, 1, 64, 64);
		assertEquals(24, count(both, RED));
		assertEquals(25, count(both, BLUE), "the fill shows inside the ring");
	}

	@Test
	void holesHaveInnerBoundaries()
	{
		final RleMask ring = OutlinesTest.drawn(0, 0, //
				"#####", //
				"#...#", //
				"#...#", //
				"#...#", //
				"#####");
		assertEquals(16, count(paint(ring, 0, RED, 1, 8, 8), RED));
		final RleMask thick = OutlinesTest.drawn(0, 0, //
				"#######", //
				"#######", //
				"##...##", //
				"##...##", //
				"##...##", //
				"#######", //
				"#######");
		assertEquals(24 + 16, count(paint(thick, 0, RED, 1, 8, 8), RED), "outer ring 24 + ring of 16 around the 3x3 hole");
	}

	@Test
	void blocksAreAllocatedWhereInstancesAreAndPixelsBeyondTheCanvasAreClipped()
	{
		final RasterLayer r = new RasterLayer(3000, 1500);
		r.paint(MaskRows.of(RleMask.rectangle(new Box(1020, 5, 1030, 8))), RED, 0, 1);
		r.paint(MaskRows.of(RleMask.rectangle(new Box(2990, 1490, 3010, 1510))), RED, 0, 1);
		r.paint(MaskRows.of(RleMask.rectangle(new Box(-5, -5, -1, -1))), RED, 0, 1);
		assertEquals(3, r.blockCount());
		final Overlay o = new Overlay();
		r.addTo(o, "raster");
		assertEquals(30 + 100, count(o, RED));
		final List<Roi> blocks = List.of(o.toArray());
		assertEquals(List.of("raster-0-0", "raster-1-0", "raster-2-1"), blocks.stream().map(Roi::getName).collect(java.util.stream.Collectors.toList()));
		assertEquals(2048, blocks.get(2).getBounds().x);
		assertEquals(1024, blocks.get(2).getBounds().y);
		assertEquals(3000 - 2048, blocks.get(2).getBounds().width, "edge block is cut to the canvas");
		assertEquals(1500 - 1024, blocks.get(2).getBounds().height);
	}

	@Test
	void emptyCanvasIsRejected()
	{
		assertThrows(IllegalArgumentException.class, () -> new RasterLayer(0, 5));
	}
}
