package io.github.smm.io.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;
import io.github.smm.testutil.SharedData;

/** Reading the golden COCO files, and write-read round trips. */
class CocoJsonTest
{
	@Test
	void readsTheGoldenGroundTruthAndResults()
	{
		final CocoDataset gt = CocoJson.read(SharedData.require("coco_golden/gt.json"));
		assertEquals(3, gt.images().size());
		assertEquals(2, gt.categories().size());
		assertEquals("nucleus", gt.categories().get(0).name());
		assertEquals(463, gt.annotations().size());
		assertEquals(6, gt.annotations().stream().filter(CocoAnnotation::isCrowd).count());
		assertEquals(1024, gt.image(1).width());
		for (final CocoAnnotation a : gt.annotations())
		{
			assertTrue(a.mask().area() > 0, a.toString());
			assertEquals(1.0, a.score());
			assertTrue(new Box(0, 0, gt.image(a.imageId()).width(), gt.image(a.imageId()).height()).contains(a.box()));
		}
		final CocoAnnotation first = gt.annotations().get(0);
		assertEquals(1, first.id());
		assertEquals(127.0, first.area());
		assertEquals(127, first.mask().area());
		assertEquals(Arrays.toString(new double[] { 344, 178, 14, 12 }), Arrays.toString(first.bbox()));
		final List<CocoAnnotation> dt = CocoJson.readResults(SharedData.require("coco_golden/dt.json"), gt);
		assertEquals(469, dt.size());
		assertEquals(1, dt.get(0).id());
		assertEquals(469, dt.get(468).id());
		assertEquals(0.8209, dt.get(0).score());
		for (final CocoAnnotation d : dt)
			assertEquals(d.mask().area(), d.area(), 0);
	}

	@Test
	void groundTruthRoundTripsThroughRle() throws IOException
	{
		final CocoDataset gt = CocoJson.read(SharedData.require("coco_golden/gt.json"));
		final CocoDataset back = roundTrip(gt, CocoWriteOptions.rle().withScores(false));
		assertSame(gt, back, true);
	}

	@Test
	void instancesRoundTripThroughRleAndExactPolygons() throws IOException
	{
		final CocoDataset d = randomDataset(new Random(5));
		assertSame(d, roundTrip(d, CocoWriteOptions.rle()), true);
		assertSame(d, roundTrip(d, CocoWriteOptions.polygons(0)), true);
	}

	@Test
	void filledHolesAreTheOnlyLossOfExactPolygons() throws IOException
	{
		final RleMask ring = Masks.subtract(RleMask.rectangle(new Box(2, 2, 9, 9)), RleMask.rectangle(new Box(4, 4, 6, 6)));
		final CocoDataset d = CocoDataset.builder().image(1, "a.png", 12, 12).category(1, "cell")
				.annotation(CocoAnnotation.groundTruth(1, 1, 1, ring, false)).build();
		assertEquals(ring, roundTrip(d, CocoWriteOptions.polygons(0)).annotations().get(0).mask(), "holes written as RLE");
		final CocoDataset filled = roundTrip(d, CocoWriteOptions.polygons(0).withHoles(CocoWriteOptions.Holes.FILL));
		assertEquals(RleMask.rectangle(new Box(2, 2, 9, 9)), filled.annotations().get(0).mask());
		assertEquals(ring.area(), filled.annotations().get(0).area(), "the area field stays the mask's");
	}

	@Test
	void simplifiedPolygonsStayWithinTolerance() throws IOException
	{
		final CocoDataset d = randomDataset(new Random(9));
		final double tolerance = 1.5;
		final CocoDataset back = roundTrip(d, CocoWriteOptions.polygons(tolerance).withHoles(CocoWriteOptions.Holes.FILL));
		for (int i = 0; i < d.annotations().size(); i++)
		{
			final RleMask original = d.annotations().get(i).mask(), simplified = back.annotations().get(i).mask();
			final org.locationtech.jts.geom.Geometry outline = MaskOutlines.geometry(original);
			// every changed pixel has its centre within tolerance (+ half a pixel diagonal) of the outline
			final RleMask changed = Masks.union(Masks.subtract(original, simplified), Masks.subtract(simplified, original));
			changed.forEachRun((y, s, e) -> {
				for (long x = s; x < e; x++)
				{
					final org.locationtech.jts.geom.Point centre = outline.getFactory().createPoint(new org.locationtech.jts.geom.Coordinate(x + 0.5, y + 0.5));
					assertTrue(outline.getBoundary().distance(centre) <= tolerance + Math.sqrt(0.5) + 1e-9, "pixel " + x + "," + y);
				}
			});
			assertTrue(Masks.iou(original, simplified) > 0.6, "IoU " + Masks.iou(original, simplified));
		}
	}

	@Test
	void resultsRoundTrip() throws IOException
	{
		final CocoDataset d = randomDataset(new Random(13));
		final StringWriter w = new StringWriter();
		CocoJson.writeResults(d, w, CocoWriteOptions.rle());
		assertTrue(w.toString().startsWith("[{\"image_id\""), w.toString().substring(0, 40));
		final List<CocoAnnotation> back = CocoJson.readResults(new StringReader(w.toString()), "results.json", d);
		assertEquals(d.annotations().size(), back.size());
		for (int i = 0; i < back.size(); i++)
		{
			final CocoAnnotation a = d.annotations().get(i), b = back.get(i);
			assertEquals(i + 1, b.id());
			assertEquals(a.mask(), b.mask());
			assertEquals(a.score(), b.score());
			assertEquals(a.categoryId(), b.categoryId());
			assertEquals(a.imageId(), b.imageId());
		}
	}

	@Test
	void fileRoundTrip(@org.junit.jupiter.api.io.TempDir final Path dir)
	{
		final CocoDataset d = randomDataset(new Random(17));
		final Path file = dir.resolve("out.json");
		CocoJson.write(d, file, CocoWriteOptions.rle());
		assertSame(d, CocoJson.read(file), true);
	}

	/** A few images with random blob instances, one crowd region, two categories. */
	static CocoDataset randomDataset(final Random rnd)
	{
		final CocoDataset.Builder b = CocoDataset.builder().image(7, "a.png", 60, 40).image(3, "b.png", 33, 50).category(1, "cell").category(4, "debris");
		long id = 100;
		for (final long image : new long[] { 7, 3 })
		{
			final int w = image == 7 ? 60 : 33, h = image == 7 ? 40 : 50;
			for (int k = 0; k < 6; k++)
			{
				final RleMask blob = blob(rnd, w, h);
				final Instance inst = new Instance(id++, blob, Math.round(rnd.nextDouble() * 1000) / 1000.0, rnd.nextBoolean() ? 1 : 4, null, Instance.NO_TILE);
				b.annotation(CocoAnnotation.of(image, inst));
			}
			b.annotation(CocoAnnotation.groundTruth(id++, image, 1, RleMask.rectangle(new Box(0, 0, 5, 4)), true));
		}
		return b.build();
	}

	private static RleMask blob(final Random rnd, final int w, final int h)
	{
		final double cx = rnd.nextDouble() * w, cy = rnd.nextDouble() * h, rx = 2 + rnd.nextDouble() * 8, ry = 2 + rnd.nextDouble() * 8;
		final boolean[] bits = new boolean[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
			{
				final double dx = (x + 0.5 - cx) / rx, dy = (y + 0.5 - cy) / ry;
				final double r = dx * dx + dy * dy;
				bits[y * w + x] = r < 1 && rnd.nextDouble() < 0.97 || r < 1.3 && rnd.nextDouble() < 0.3;
			}
		final RleMask m = RleMask.fromBitmap(bits, w, h, 0, 0);
		return m.isEmpty() ? RleMask.rectangle(new Box(1, 1, 3, 3)) : m;
	}

	static CocoDataset roundTrip(final CocoDataset d, final CocoWriteOptions options) throws IOException
	{
		final StringWriter w = new StringWriter();
		CocoJson.write(d, w, options);
		return CocoJson.read(new StringReader(w.toString()), "memory.json");
	}

	static void assertSame(final CocoDataset a, final CocoDataset b, final boolean masks)
	{
		assertEquals(a.images().size(), b.images().size());
		for (int i = 0; i < a.images().size(); i++)
		{
			assertEquals(a.images().get(i).id(), b.images().get(i).id());
			assertEquals(a.images().get(i).fileName(), b.images().get(i).fileName());
			assertEquals(a.images().get(i).width(), b.images().get(i).width());
			assertEquals(a.images().get(i).height(), b.images().get(i).height());
		}
		assertEquals(a.categories().size(), b.categories().size());
		for (int i = 0; i < a.categories().size(); i++)
		{
			assertEquals(a.categories().get(i).id(), b.categories().get(i).id());
			assertEquals(a.categories().get(i).name(), b.categories().get(i).name());
		}
		assertEquals(a.annotations().size(), b.annotations().size());
		for (int i = 0; i < a.annotations().size(); i++)
		{
			final CocoAnnotation x = a.annotations().get(i), y = b.annotations().get(i);
			assertEquals(x.id(), y.id());
			assertEquals(x.imageId(), y.imageId());
			assertEquals(x.categoryId(), y.categoryId());
			assertEquals(x.isCrowd(), y.isCrowd());
			assertEquals(x.area(), y.area());
			assertEquals(x.score(), y.score());
			if (masks)
				assertEquals(x.mask(), y.mask(), x.toString());
		}
		assertFalse(a.annotations().isEmpty());
	}
}
