package io.github.smm.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ij.gui.EllipseRoi;
import ij.gui.Line;
import ij.gui.OvalRoi;
import ij.gui.PointRoi;
import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.plugin.filter.ThresholdToSelection;
import ij.process.ByteProcessor;
import ij.process.FloatPolygon;
import ij.process.ImageProcessor;
import io.github.smm.io.FormatException;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

class RoisTest
{
	/** The pixels of {@code roi} by brute force over its bounds, from {@code roi.getMask()}. */
	static RleMask bruteForce(final Roi roi)
	{
		final Rectangle b = roi.getBounds();
		final ImageProcessor m = roi.getMask();
		final boolean[] bits = new boolean[b.width * b.height];
		for (int y = 0; y < b.height; y++)
			for (int x = 0; x < b.width; x++)
				bits[y * b.width + x] = m == null || m.get(x, y) != 0;
		return RleMask.fromBitmap(bits, b.width, b.height, b.x, b.y);
	}

	/** The pixels ImageJ paints with {@code fill(roi)} on a 64×64 image. */
	static RleMask filledByImageJ(final Roi roi)
	{
		final ByteProcessor bp = new ByteProcessor(64, 64);
		bp.setColor(255);
		bp.fill(roi);
		final boolean[] bits = new boolean[64 * 64];
		for (int i = 0; i < bits.length; i++)
			bits[i] = bp.get(i) != 0;
		return RleMask.fromBitmap(bits, 64, 64, 0, 0);
	}

	static List<Roi> shapes()
	{
		final Roi rect = new Roi(2, 3, 7, 5);
		final Roi subpixelRect = new Roi(2.5, 3.25, 6.5, 4.6);
		final Roi rounded = new Roi(5, 5, 20, 12, 8);
		final Roi oval = new OvalRoi(4.5, 6, 17, 11);
		final Roi ellipse = new EllipseRoi(5, 30, 30, 45, 0.4);
		final Roi polygon = new PolygonRoi(new FloatPolygon(new float[] { 3.2f, 20.7f, 15.1f, 4f }, new float[] { 2.5f, 6.1f, 19.9f, 14.3f }), Roi.POLYGON);
		final Roi freehand = new PolygonRoi(new int[] { 10, 14, 19, 22, 20, 15, 11 }, new int[] { 10, 8, 9, 14, 20, 21, 16 }, 7, Roi.FREEROI);
		final Roi traced = new PolygonRoi(new int[] { 2, 6, 6, 4, 4, 2 }, new int[] { 2, 2, 5, 5, 4, 4 }, 6, Roi.TRACED_ROI);
		final Roi withHole = new ShapeRoi(new Roi(10, 10, 20, 20)).not(new ShapeRoi(new OvalRoi(15, 15, 8, 8)));
		final Roi twoParts = new ShapeRoi(new Roi(1, 1, 4, 4)).or(new ShapeRoi(new OvalRoi(30, 30, 9, 7)));
		return List.of(rect, subpixelRect, rounded, oval, ellipse, polygon, freehand, traced, withHole, twoParts);
	}

	@Test
	void everyRoiKindRasterisesExactlyAsImageJ()
	{
		for (final Roi roi : shapes())
		{
			final RleMask got = Rois.toInstance(roi, 1).instance().mask();
			assertEquals(bruteForce(roi), got, roi.getTypeAsString());
			assertEquals(filledByImageJ(roi), got, roi.getTypeAsString() + " as filled by ImageJ");
		}
	}

	@Test
	void compositeWithHoleLeavesTheHoleOut()
	{
		final Roi withHole = new ShapeRoi(new Roi(0, 0, 10, 10)).not(new ShapeRoi(new Roi(3, 3, 3, 3)));
		final RleMask m = Rois.toInstance(withHole, 1).instance().mask();
		assertEquals(91, m.area());
		assertTrue(!m.contains(4, 4) && m.contains(2, 4));
	}

	@Test
	void plainRectangleIsItsBounds()
	{
		final Roi rect = new Roi(-3, 2, 4, 2);
		assertNull(rect.getMask());
		assertEquals(RleMask.rectangle(new io.github.smm.model.Box(-3, 2, 1, 4)), Rois.mask(rect));
	}

	@Test
	void scoreAndClassComeFromPropertiesOrDefaultWithWarnings()
	{
		final Roi a = new Roi(0, 0, 2, 2);
		a.setName("a");
		a.setProperty(Rois.SCORE, "0.25");
		a.setProperty(Rois.CLASS, "3");
		final Roi b = new Roi(5, 5, 2, 2);
		b.setName("b");
		final RoiImport got = Rois.toInstances(List.of(a, b), 100);
		assertEquals(100, got.instances().get(0).id());
		assertEquals(0.25, got.instances().get(0).score());
		assertEquals(3, got.instances().get(0).classId());
		assertTrue(got.items().get(0).warnings().isEmpty());
		final Instance ib = got.instances().get(1);
		assertEquals(101, ib.id());
		assertEquals(1.0, ib.score());
		assertEquals(0, ib.classId());
		final List<RoiWarning> w = got.warnings();
		assertEquals(2, w.size());
		assertEquals(RoiWarning.Kind.MISSING_SCORE, w.get(0).kind());
		assertEquals(RoiWarning.Kind.MISSING_CLASS, w.get(1).kind());
		assertEquals(101, w.get(0).instanceId());
		assertTrue(w.get(0).toString().contains("ROI 1 'b'") && w.get(0).toString().contains("score 1 used"), w.get(0).toString());
	}

	@Test
	void malformedPropertiesAndNonAreaRoisAreNamed()
	{
		final Roi ok = new Roi(0, 0, 2, 2);
		final Roi badScore = new Roi(0, 0, 2, 2);
		badScore.setName("cell 7");
		badScore.setProperty(Rois.SCORE, "high");
		FormatException e = assertThrows(FormatException.class, () -> Rois.toInstances(List.of(ok, badScore), 0));
		assertTrue(e.getMessage().startsWith("ROI 1 'cell 7'") && e.getMessage().contains("'high'"), e.getMessage());
		badScore.setProperty(Rois.SCORE, "1.5");
		e = assertThrows(FormatException.class, () -> Rois.toInstance(badScore, 0));
		assertTrue(e.getMessage().contains("'cell 7'") && e.getMessage().contains("not in [0, 1]"), e.getMessage());
		badScore.setProperty(Rois.SCORE, "NaN");
		assertThrows(FormatException.class, () -> Rois.toInstance(badScore, 0));
		badScore.setProperty(Rois.SCORE, "0.5");
		badScore.setProperty(Rois.CLASS, "2.5");
		e = assertThrows(FormatException.class, () -> Rois.toInstance(badScore, 0));
		assertTrue(e.getMessage().contains("class '2.5'"), e.getMessage());
		final Roi line = new Line(0, 0, 5, 5);
		line.setName("edge");
		e = assertThrows(FormatException.class, () -> Rois.toInstance(line, 0));
		assertTrue(e.getMessage().contains("'edge'") && e.getMessage().contains("no area"), e.getMessage());
		e = assertThrows(FormatException.class, () -> Rois.toInstance(new PointRoi(3, 3), 0));
		assertTrue(e.getMessage().contains("no area"), e.getMessage());
	}

	@Test
	void positionIsKeptAndFilters()
	{
		final Roi all = new Roi(0, 0, 2, 2);
		final Roi plain = new Roi(0, 0, 2, 2);
		plain.setPosition(3);
		final Roi hyper = new Roi(0, 0, 2, 2);
		hyper.setPosition(0, 2, 5);
		final RoiImport got = Rois.toInstances(List.of(all, plain, hyper), 0);
		assertEquals(RoiPosition.ALL, got.items().get(0).position());
		assertEquals(new RoiPosition(0, 0, 0, 3), got.items().get(1).position());
		assertEquals(new RoiPosition(0, 2, 5, 0), got.items().get(2).position());
		assertEquals(List.of(0L, 1L), ids(got.onPlane(1, 1, 1, 3)));
		assertEquals(List.of(0L, 2L), ids(got.onPlane(1, 2, 5, 12)));
		assertEquals(List.of(0L), ids(got.onPlane(1, 2, 4, 7)));
	}

	private static List<Long> ids(final RoiImport r)
	{
		return r.instances().stream().map(Instance::id).collect(java.util.stream.Collectors.toList());
	}

	@Test
	void instanceToRoiToInstanceKeepsPixelsAndProperties()
	{
		final Random rnd = new Random(11);
		for (int trial = 0; trial < 300; trial++)
		{
			final int w = 1 + rnd.nextInt(14), h = 1 + rnd.nextInt(14);
			final boolean[] bits = new boolean[w * h];
			for (int i = 0; i < bits.length; i++)
				bits[i] = rnd.nextInt(5) < 2 + trial % 3;
			final RleMask mask = RleMask.fromBitmap(bits, w, h, rnd.nextInt(60) - 30, rnd.nextInt(60) - 30);
			if (mask.isEmpty())
				continue;
			final Instance in = new Instance(1000 + trial, mask, rnd.nextInt(9) / 8.0, rnd.nextInt(4), null, Instance.NO_TILE);
			final Roi roi = Rois.fromInstance(in);
			assertEquals(mask, bruteForce(roi), "trial " + trial);
			final RoiInstance back = Rois.toInstance(roi, in.id());
			assertEquals(mask, back.instance().mask(), "trial " + trial);
			assertEquals(in.score(), back.instance().score());
			assertEquals(in.classId(), back.instance().classId());
			assertTrue(back.warnings().isEmpty());
			assertEquals(Long.toString(in.id()), roi.getProperty(Rois.ID));
			assertEquals("instance-" + in.id(), roi.getName());
		}
	}

	@Test
	void maskWithHoleBecomesACompositeRoi()
	{
		final boolean[] ring = new boolean[25];
		for (int i = 0; i < 25; i++)
			ring[i] = i != 12;
		final Instance in = new Instance(4, RleMask.fromBitmap(ring, 5, 5, 10, 20), 0.5);
		final Roi roi = Rois.fromInstance(in);
		assertEquals(Roi.COMPOSITE, roi.getType());
		assertEquals(new Rectangle(10, 20, 5, 5), roi.getBounds());
		assertEquals(in.mask(), Rois.mask(roi));
	}

	@Test
	void tracedSelectionOfImageJRoundTrips()
	{
		// ImageJ's own traced selection of a thresholded blob, as a user would make it
		final ByteProcessor bp = new ByteProcessor(40, 40);
		bp.setColor(255);
		bp.fill(new OvalRoi(5, 7, 21, 15));
		bp.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
		final Roi traced = new ThresholdToSelection().convert(bp);
		final RleMask m = Rois.mask(traced);
		assertEquals(filledByImageJ(new OvalRoi(5, 7, 21, 15)), m);
		assertEquals(m, Rois.mask(Rois.fromInstance(new Instance(1, m, 1))));
	}
}
