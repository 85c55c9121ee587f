package io.github.smm.io.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.io.FormatException;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.testutil.Golden;

/**
 * Detection-results lists read without an images file. {@code golden/detectron2_results.json}
 * is what detectron2's COCO evaluator writes ({@code coco_instances_results.json}: image_id,
 * category_id, bbox, score, compressed RLE with size); its RLE strings were made with
 * pycocotools' encoding (see {@code golden/README.md}).
 */
class CocoResultListGoldenTest
{
	static RleMask rect(final long x0, final long y0, final long x1, final long y1)
	{
		return RleMask.rectangle(new Box(x0, y0, x1, y1));
	}

	@Test
	void detectron2ListReadsAloneWithSizesFromTheRle() throws Exception
	{
		final CocoDataset d = CocoJson.readResults(Golden.file("detectron2_results.json"));
		assertEquals(2, d.images().size());
		assertEquals(24, d.image(1).width());
		assertEquals(16, d.image(1).height());
		assertEquals(10, d.image(2).width());
		assertEquals(List.of(1, 2), List.of(d.categories().get(0).id(), d.categories().get(1).id()), "categories are the ids found");
		assertEquals(6, d.annotations().size());
		final RleMask[] expected = { rect(2, 2, 6, 6), rect(10, 4, 16, 8), rect(10, 4, 16, 8), rect(13, 9, 16, 13), rect(13, 9, 20, 13), rect(3, 3, 7, 8) };
		for (int i = 0; i < expected.length; i++)
		{
			final CocoAnnotation a = d.annotations().get(i);
			assertEquals(i + 1, a.id(), "ids 1, 2, ... in file order, as pycocotools' loadRes");
			assertEquals(expected[i], a.mask(), "result " + i);
			assertNull(a.window());
		}
		assertEquals(0.62, d.annotations().get(3).score());
		assertEquals(2, d.annotations().get(3).categoryId());
	}

	@Test
	void polygonResultsNeedTheirImageSize()
	{
		final String poly = "{\"image_id\": 3, \"category_id\": 1, \"score\": 0.9, \"segmentation\": [[1, 1, 5, 1, 5, 4, 1, 4]]";
		final FormatException e = assertThrows(FormatException.class, () -> CocoJson.readResults(new StringReader("[" + poly + "}]"), "yolo.json"));
		assertTrue(e.getMessage().startsWith("yolo.json: results[0]: image_id 3 has only polygon results"), e.getMessage());
		assertTrue(e.getMessage().contains("\"image_width\" and \"image_height\"") && e.getMessage().contains("'images'"), e.getMessage());
		final CocoDataset d = CocoJson.readResults(new StringReader("[" + poly + ", \"image_width\": 8, \"image_height\": 6}]"), "yolo.json");
		assertEquals(8, d.image(3).width());
		assertEquals(6, d.image(3).height());
		assertEquals(12, d.annotations().get(0).mask().area(), "pycocotools' polygon rasterisation of a 4 x 3 rectangle");
	}

	@Test
	void resultsOfOneImageMustAgreeOnItsSize()
	{
		final String a = "{\"image_id\": 1, \"category_id\": 1, \"score\": 0.9, \"segmentation\": {\"size\": [4, 5], \"counts\": [0, 20]}}";
		final String b = "{\"image_id\": 1, \"category_id\": 1, \"score\": 0.8, \"segmentation\": {\"size\": [4, 6], \"counts\": [0, 24]}}";
		final FormatException e = assertThrows(FormatException.class, () -> CocoJson.readResults(new StringReader("[" + a + ", " + b + "]"), "r.json"));
		assertEquals("r.json: results[1]: image_id 1 is 6x4 here but 5x4 in results[0]", e.getMessage());
		final String c = "{\"image_id\": 1, \"category_id\": 1, \"score\": 0.8, \"image_width\": 9, \"image_height\": 4, \"segmentation\": [[0, 0, 2, 0, 2, 2]]}";
		final FormatException f = assertThrows(FormatException.class, () -> CocoJson.readResults(new StringReader("[" + a + ", " + c + "]"), "r.json"));
		assertTrue(f.getMessage().startsWith("r.json: results[1]: image_id 1 is 9x4 here but 5x4"), f.getMessage());
	}

	@Test
	void sliceBoxesBecomeSourceWindowsAndTileIndicesAreKept()
	{
		final String a = "{\"image_id\": 1, \"category_id\": 1, \"score\": 0.9, \"slice_bbox\": [2, 0, 12, 10], \"segmentation\": {\"size\": [4, 5], \"counts\": [8, 4, 8]}}";
		final String b = "{\"image_id\": 1, \"category_id\": 1, \"score\": 0.9, \"tile\": 3, \"segmentation\": {\"size\": [4, 5], \"counts\": [8, 4, 8]}}";
		final CocoDataset d = CocoJson.readResults(new StringReader("[" + a + ", " + b + "]"), "sahi.json");
		final Instance first = d.annotations().get(0).toInstance();
		assertEquals(new Box(2, 0, 5, 4), first.window(), "the slice box clipped to the 5 x 4 image");
		assertEquals(3, d.annotations().get(1).toInstance().tile());
		final String outside = "{\"image_id\": 1, \"category_id\": 1, \"score\": 0.9, \"slice_bbox\": [3, 0, 5, 4], \"segmentation\": {\"size\": [4, 5], \"counts\": [8, 4, 8]}}";
		final FormatException e = assertThrows(FormatException.class, () -> CocoJson.readResults(new StringReader("[" + outside + "]"), "sahi.json"));
		assertTrue(e.getMessage().startsWith("sahi.json: results[0]: the mask") && e.getMessage().contains("is not inside its slice_bbox"), e.getMessage());
		final String xywh = "{\"image_id\": 1, \"category_id\": 1, \"score\": 0.9, \"slice_bbox\": [2, 2, 2, 2], \"segmentation\": {\"size\": [4, 5], \"counts\": [8, 4, 8]}}";
		final FormatException g = assertThrows(FormatException.class, () -> CocoJson.readResults(new StringReader("[" + xywh + "]"), "sahi.json"));
		assertTrue(g.getMessage().contains("[x_min, y_min, x_max, y_max]"), g.getMessage());
	}
}
