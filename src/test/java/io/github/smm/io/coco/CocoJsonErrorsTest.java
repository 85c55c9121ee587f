package io.github.smm.io.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import io.github.smm.io.FormatException;

/** Every malformed input fails with a {@link FormatException} naming the file and the item. */
class CocoJsonErrorsTest
{
	private static final String HEAD = "{\"images\": [{\"id\": 1, \"file_name\": \"a.png\", \"width\": 3, \"height\": 2}],"
			+ " \"categories\": [{\"id\": 1, \"name\": \"cell\"}], \"annotations\": [";

	/** A valid first annotation, then {@code second} as annotations[1] (id 7). */
	private static String withAnnotation(final String second)
	{
		return HEAD + "{\"id\": 5, \"image_id\": 1, \"category_id\": 1, \"segmentation\": {\"size\": [2, 3], \"counts\": [1, 2, 3]}}, " + second + "]}";
	}

	private static String annotation(final String segmentation)
	{
		return "{\"id\": 7, \"image_id\": 1, \"category_id\": 1, \"segmentation\": " + segmentation + "}";
	}

	private static String fails(final String json)
	{
		final FormatException e = assertThrows(FormatException.class, () -> CocoJson.read(new StringReader(json), "bad.json"));
		assertTrue(e.getMessage().startsWith("bad.json: "), e.getMessage());
		return e.getMessage();
	}

	private static void failsAtSecond(final String second, final String problem)
	{
		final String message = fails(withAnnotation(second));
		assertTrue(message.startsWith("bad.json: annotations[1] (id 7)"), message);
		assertTrue(message.contains(problem), message);
	}

	@Test
	void validFileReads()
	{
		final CocoDataset d = CocoJson.read(new StringReader(withAnnotation(annotation("[[0, 0, 2, 0, 2, 2]]"))), "ok.json");
		assertEquals(2, d.annotations().size());
		assertEquals(2, d.annotations().get(0).mask().area());
		assertEquals(2.0, d.annotations().get(0).area(), "a missing area is the mask's");
	}

	@Test
	void truncatedJson()
	{
		final String full = withAnnotation(annotation("{\"size\": [2, 3], \"counts\": [0, 6]}"));
		for (final int cut : new int[] { 3, 6, 12, 20, 40 })
		{
			final String message = fails(full.substring(0, full.length() - cut));
			assertTrue(message.contains("truncated"), message);
		}
		assertTrue(fails("").contains("truncated JSON"));
	}

	@Test
	void malformedJson()
	{
		assertTrue(fails(HEAD + "{\"id\": 5,, }]}").contains("malformed JSON"));
		assertTrue(fails(HEAD + "]} trailing").contains("malformed JSON") || fails(HEAD + "]} trailing").contains("unexpected content"));
		assertTrue(fails("[1, 2]").contains("not a JSON object"));
		assertTrue(fails("{\"categories\": []}").contains("no \"images\""));
		assertTrue(fails("{\"images\": {}}").contains("\"images\" is not an array"));
	}

	@Test
	void rleCountsThatDoNotSumToTheImage()
	{
		failsAtSecond(annotation("{\"size\": [2, 3], \"counts\": [1, 2, 2]}"), "sum to 5, expected height x width = 2 x 3 = 6");
		failsAtSecond(annotation("{\"size\": [2, 3], \"counts\": \"14\"}"), "sum to 5");
	}

	@Test
	void negativeCounts()
	{
		failsAtSecond(annotation("{\"size\": [2, 3], \"counts\": [1, -2, 7]}"), "count 1 is negative");
	}

	@Test
	void badCompressedCharacters()
	{
		failsAtSecond(annotation("{\"size\": [2, 3], \"counts\": \"1~1\"}"), "bad character '~' at position 1");
		failsAtSecond(annotation("{\"size\": [2, 3], \"counts\": \"1P\"}"), "truncated");
	}

	@Test
	void unknownImageOrCategory()
	{
		failsAtSecond("{\"id\": 7, \"image_id\": 2, \"category_id\": 1, \"segmentation\": [[0, 0, 1, 0, 1, 1]]}", "unknown image_id 2");
		failsAtSecond("{\"id\": 7, \"image_id\": 1, \"category_id\": 9, \"segmentation\": [[0, 0, 1, 0, 1, 1]]}", "unknown category_id 9");
	}

	@Test
	void polygonsWithFewerThanThreePoints()
	{
		failsAtSecond(annotation("[[0, 0, 1, 0, 1, 1], [0, 0, 1, 1]]"), "polygon 1 has 4 numbers");
		failsAtSecond(annotation("[[0, 0, 1, 0, 1, 1, 2]]"), "polygon 0 has 7 numbers");
		failsAtSecond(annotation("[]"), "empty polygon list");
		failsAtSecond(annotation("[[0, 0, 1, \"a\", 1, 1]]"), "coordinate 3 of polygon 0 is not a number");
	}

	@Test
	void rleSizeMismatch()
	{
		failsAtSecond(annotation("{\"size\": [3, 2], \"counts\": [6]}"), "RLE size [3, 2] does not match image 1");
		failsAtSecond(annotation("{\"size\": [2], \"counts\": [6]}"), "\"size\" must be [height, width]");
	}

	@Test
	void missingOrMistypedFields()
	{
		failsAtSecond("{\"id\": 7, \"image_id\": 1, \"category_id\": 1}", "missing \"segmentation\"");
		failsAtSecond("{\"id\": 7, \"image_id\": \"1\", \"category_id\": 1, \"segmentation\": [[0, 0, 1, 0, 1, 1]]}", "\"image_id\" is not a number");
		failsAtSecond("{\"id\": 7, \"image_id\": 1.5, \"category_id\": 1, \"segmentation\": [[0, 0, 1, 0, 1, 1]]}", "is not an integer");
		failsAtSecond("{\"id\": 7, \"image_id\": 1, \"category_id\": 1, \"iscrowd\": 2, \"segmentation\": [[0, 0, 1, 0, 1, 1]]}", "neither 0 nor 1");
		failsAtSecond("{\"id\": 7, \"image_id\": 1, \"category_id\": 1, \"area\": -1, \"segmentation\": [[0, 0, 1, 0, 1, 1]]}", "negative");
		failsAtSecond(annotation("\"abc\""), "neither a polygon list nor an RLE object");
		final String noId = fails(withAnnotation("{\"image_id\": 1, \"category_id\": 1, \"segmentation\": [[0, 0, 1, 0, 1, 1]]}"));
		assertTrue(noId.startsWith("bad.json: annotations[1]: missing \"id\""), noId);
		assertTrue(fails(HEAD + "], \"images\": [{\"id\": 1, \"width\": 0, \"height\": 2}]}").contains("images[0]: size 0x2 is not positive"));
	}

	@Test
	void repeatedIds()
	{
		final String dup = fails(withAnnotation(annotation("[[0, 0, 1, 0, 1, 1]]").replace("\"id\": 7", "\"id\": 5")));
		assertTrue(dup.contains("annotations[1] (id 5): annotation id 5 is already used by annotations[0]"), dup);
		assertTrue(fails("{\"images\": [{\"id\": 1, \"width\": 1, \"height\": 1}, {\"id\": 1, \"width\": 1, \"height\": 1}]}").contains("images[1]: image id 1 is used more than once"));
	}

	@Test
	void resultsFormatErrors()
	{
		final CocoDataset gt = CocoJson.read(new StringReader(withAnnotation(annotation("[[0, 0, 2, 0, 2, 2]]"))), "gt.json");
		final String seg = "\"segmentation\": {\"size\": [2, 3], \"counts\": \"06\"}";
		assertEquals(1, CocoJson.readResults(new StringReader("[{\"image_id\": 1, \"category_id\": 1, " + seg + ", \"score\": 0.5}]"), "dt.json", gt).size());
		assertTrue(failsResults(gt, "{\"annotations\": []}").contains("must be a JSON array"));
		assertTrue(failsResults(gt, "[{\"image_id\": 1, \"category_id\": 1, " + seg + "}]").contains("dt.json: results[0]: missing \"score\""));
		assertTrue(failsResults(gt, "[{\"image_id\": 3, \"category_id\": 1, " + seg + ", \"score\": 1}]").contains("results[0]: unknown image_id 3"));
		assertTrue(failsResults(gt, "[{\"image_id\": 1, \"category_id\": 2, " + seg + ", \"score\": 1}]").contains("results[0]: unknown category_id 2"));
		assertTrue(failsResults(gt, "[{\"image_id\": 1, \"category_id\": 1, " + seg + ", \"score\": 1}").contains("truncated JSON"));
	}

	private static String failsResults(final CocoDataset gt, final String json)
	{
		final FormatException e = assertThrows(FormatException.class, () -> CocoJson.readResults(new StringReader(json), "dt.json", gt));
		assertTrue(e.getMessage().startsWith("dt.json: "), e.getMessage());
		return e.getMessage();
	}
}
