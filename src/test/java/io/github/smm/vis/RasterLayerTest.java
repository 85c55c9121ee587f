package io.github.smm.vis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.io.FileSaver;
import ij.io.Opener;
import ij.io.RoiDecoder;
import ij.io.RoiEncoder;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import io.github.smm.model.Box;
import io.github.smm.model.RleMask;

class RasterLayerTest
{
	private static final int RED = 0xff0000, BLUE = 0x0000ff;

	@TempDir
	Path dir;

	/** Counts opaque pixels of colour {@code rgb} over the elements named with {@code prefix}. */
	private static int count(final Overlay overlay, final String prefix, final int rgb)
	{
		int n = 0;
		for (final Roi r : Shapes.named(overlay, prefix))
		{
			final ImageProcessor ip = ((ImageRoi) r).getProcessor();
			for (int i = 0; i < ip.getPixelCount(); i++)
				if (ip.get(i) == (0xff000000 | rgb))
					n++;
		}
		return n;
	}

	private static Overlay outline(final RleMask m, final int thickness)
	{
		final RasterLayer r = new RasterLayer(64, 64);
		r.outline(MaskRows.of(m), RED, thickness);
		final Overlay o = new Overlay();
		r.addTo(o, "raster", 0.5, 1);
		return o;
	}

	@Test
	void boundaryThicknessCountsPixelsWithAnOutsidePixelThatClose()
	{
		final RleMask square = RleMask.rectangle(new Box(10, 10, 17, 17));
		assertEquals(24, count(outline(square, 1), "raster", RED), "one-pixel ring of a 7x7 square");
		assertEquals(40, count(outline(square, 2), "raster", RED), "two-pixel ring");
		assertEquals(49, count(outline(square, 4), "raster", RED), "thicker than the square");
	}

	@Test
	void fillsAndOutlinesAreSeparateElementsWithTheirOpacities()
	{
		final RasterLayer r = new RasterLayer(64, 64);
		final MaskRows square = MaskRows.of(RleMask.rectangle(new Box(10, 10, 17, 17)));
		r.fill(square, BLUE);
		r.outline(square, RED, 1);
		final Overlay o = new Overlay();
		r.addTo(o, "raster", 0.25, 0.75);
		assertEquals(List.of("raster-fill-0-0", "raster-0-0"), names(o), "fills below outlines");
		assertEquals(49, count(o, "raster-fill", BLUE));
		assertEquals(24, count(o, "raster-0", RED));
		assertEquals(0.25, ((ImageRoi) o.get(0)).getOpacity(), 0.01);
		assertEquals(0.75, ((ImageRoi) o.get(1)).getOpacity(), 0.01);
		assertEquals(true, ((ImageRoi) o.get(1)).getZeroTransparent());
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
		assertEquals(16, count(outline(ring, 1), "raster", RED));
		final RleMask thick = OutlinesTest.drawn(0, 0, //
				"#######", //
				"#######", //
				"##...##", //
				"##...##", //
				"##...##", //
				"#######", //
				"#######");
		assertEquals(24 + 16, count(outline(thick, 1), "raster", RED), "outer ring 24 + ring of 16 around the 3x3 hole");
	}

	@Test
	void blocksAreAllocatedWhereInstancesAreAndPixelsBeyondTheCanvasAreClipped()
	{
		final RasterLayer r = new RasterLayer(3000, 1500);
		r.fill(MaskRows.of(RleMask.rectangle(new Box(1020, 5, 1030, 8))), RED);
		r.fill(MaskRows.of(RleMask.rectangle(new Box(2990, 1490, 3010, 1510))), RED);
		r.fill(MaskRows.of(RleMask.rectangle(new Box(-5, -5, -1, -1))), RED);
		assertEquals(3, r.blockCount());
		final Overlay o = new Overlay();
		r.addTo(o, "raster", 1, 1);
		assertEquals(30 + 100, count(o, "raster", RED));
		final List<Roi> blocks = List.of(o.toArray());
		assertEquals(List.of("raster-fill-0-0", "raster-fill-1-0", "raster-fill-2-1"), names(o));
		assertEquals(2048, blocks.get(2).getBounds().x);
		assertEquals(1024, blocks.get(2).getBounds().y);
		assertEquals(3000 - 2048, blocks.get(2).getBounds().width, "edge block is cut to the canvas");
		assertEquals(1500 - 1024, blocks.get(2).getBounds().height);
	}

	@Test
	void transparencySurvivesDuplicationAndTiffRoundTrip()
	{
		final ByteProcessor bp = new ByteProcessor(40, 40);
		bp.setColor(0x50);
		bp.fill();
		final ImagePlus imp = new ImagePlus("grey", bp);
		final RasterLayer r = new RasterLayer(40, 40);
		r.fill(MaskRows.of(RleMask.rectangle(new Box(5, 5, 20, 20))), BLUE);
		final Overlay o = new Overlay();
		r.addTo(o, "raster", 0.5, 1);
		imp.setOverlay(o);
		final String path = dir.resolve("overlay.tif").toString();
		new FileSaver(imp).saveAsTiff(path);
		for (final ImagePlus copy : List.of(imp, imp.duplicate(), new Opener().openImage(path)))
		{
			final ImageProcessor flat = copy.flatten().getProcessor();
			assertEquals(0xff505050, flat.get(30, 30), "outside the painted pixels the image shows");
			final int c = flat.get(10, 10);
			assertEquals(0x28, c >> 16 & 0xff, 1, "half blue over grey: red");
			assertEquals(0x28, c >> 8 & 0xff, 1, "green");
			assertEquals(0xa7, c & 0xff, 1, "blue");
		}
	}

	@Test
	void blocksSurviveRoiFilesCroppingAndScaling()
	{
		final RasterLayer r = new RasterLayer(40, 40);
		r.fill(MaskRows.of(RleMask.rectangle(new Box(5, 5, 20, 20))), BLUE);
		final Overlay o = new Overlay();
		r.addTo(o, "raster", 0.5, 1);
		final ImageRoi block = (ImageRoi) o.get(0);
		final Roi decoded = RoiDecoder.openFromByteArray(RoiEncoder.saveAsByteArray(block));
		assertEquals(true, ((ImageRoi) decoded).getZeroTransparent());
		assertEquals(0.5, ((ImageRoi) decoded).getOpacity(), 0.01);
		final ByteProcessor bp = new ByteProcessor(40, 40);
		bp.setColor(0x50);
		bp.fill();
		final List<Overlay> changes = List.of(new Overlay(decoded), o.crop(new java.awt.Rectangle(0, 0, 30, 30)), o.duplicate().scale(1, 1));
		for (int c = 0; c < changes.size(); c++)
		{
			final Overlay changed = changes.get(c);
			final ImagePlus imp = new ImagePlus("grey", bp.duplicate());
			imp.setOverlay(changed);
			final ImageProcessor flat = imp.flatten().getProcessor();
			assertEquals(0xff505050, flat.get(25, 25), "clear pixels stay clear, change " + c + " " + changed.get(0).getBounds());
			assertEquals(0xa7, flat.get(10, 10) & 0xff, 1, "half blue, change " + c);
		}
	}

	@Test
	void emptyCanvasIsRejected()
	{
		assertThrows(IllegalArgumentException.class, () -> new RasterLayer(0, 5));
	}

	private static List<String> names(final Overlay o)
	{
		return List.of(o.toArray()).stream().map(Roi::getName).collect(Collectors.toList());
	}
}
