package io.github.smm.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import io.github.smm.io.coco.CocoJson;

/** Hostile COCO JSON: broken syntax, wrong types, bad values, RLE and polygon abuse, each through the commands that read COCO. */
final class CorpusCoco
{
	static final String IMAGE = "{\"id\":1,\"file_name\":\"a.png\",\"width\":32,\"height\":32}";
	static final String CATEGORY = "{\"id\":1,\"name\":\"cell\"}";
	static final String ANN1 = "{\"id\":1,\"image_id\":1,\"category_id\":1,\"score\":0.9,\"bbox\":[2,2,8,8],\"area\":64,\"segmentation\":[[2,2,10,2,10,10,2,10]]}";
	static final String ANN2 = "{\"id\":2,\"image_id\":1,\"category_id\":1,\"score\":0.8,\"bbox\":[4,2,8,8],\"area\":64,\"segmentation\":[[4,2,12,2,12,10,4,10]]}";
	static final String ANN3 = "{\"id\":3,\"image_id\":1,\"category_id\":1,\"score\":0.7,\"bbox\":[20,20,5,5],\"area\":25,"
			+ "\"segmentation\":{\"size\":[32,32],\"counts\":[660,5,27,5,27,5,27,5,27,5,231]}}";

	private CorpusCoco()
	{}

	/** A dataset with these annotations. */
	static String dataset(final String images, final String annotations)
	{
		return "{\"images\":[" + images + "],\"categories\":[" + CATEGORY + "],\"annotations\":[" + annotations + "]}";
	}

	static String valid()
	{
		return dataset(IMAGE, ANN1 + "," + ANN2 + "," + ANN3);
	}

	static HostileCase.Content text(final String s)
	{
		return f -> Files.write(f, s.getBytes(StandardCharsets.UTF_8));
	}

	static HostileCase.Content bytes(final byte[] b)
	{
		return f -> Files.write(f, b);
	}

	/** Annotation 2 with one field replaced ({@code to} null: removed). */
	private static String ann2(final String field, final String to)
	{
		final int start = ANN2.indexOf("\"" + field + "\":");
		if (start < 0)
			return ANN2.substring(0, ANN2.length() - 1) + ",\"" + field + "\":" + to + "}";
		int end = start + field.length() + 3;
		int depth = 0;
		while (end < ANN2.length())
		{
			final char c = ANN2.charAt(end);
			if (c == '[' || c == '{')
				depth++;
			else if (c == ']' || c == '}')
			{
				if (depth == 0)
					break;
				depth--;
			}
			else if (c == ',' && depth == 0)
				break;
			end++;
		}
		if (to == null)
			return ANN2.substring(0, start) + ANN2.substring(end + 1);
		return ANN2.substring(0, start) + "\"" + field + "\":" + to + ANN2.substring(end);
	}

	/** Broken files: name, content, the fragments the error must name. */
	static List<Object[]> broken()
	{
		final List<Object[]> b = new ArrayList<>();
		b.add(new Object[] { "empty file", "" });
		b.add(new Object[] { "only a brace", "{" });
		b.add(new Object[] { "null", "null" });
		b.add(new Object[] { "a number", "42" });
		b.add(new Object[] { "a string", "\"images\"" });
		b.add(new Object[] { "images not an array", "{\"images\":5,\"annotations\":[]}" });
		b.add(new Object[] { "annotations an object", "{\"images\":[" + IMAGE + "],\"annotations\":{}}" });
		b.add(new Object[] { "truncated", valid().substring(0, valid().length() / 2) });
		b.add(new Object[] { "trailing garbage", valid() + " {]" });
		b.add(new Object[] { "nested 100000 deep", "{\"images\":" + "[".repeat(100000) + "]".repeat(100000) + "}" });
		b.add(new Object[] { "nested objects 50000 deep", "{\"images\":[" + IMAGE + "],\"x\":" + "{\"a\":".repeat(50000) + "1" + "}".repeat(50000) + "}" });
		b.add(new Object[] { "duplicate image id", dataset(IMAGE + "," + IMAGE, ANN1), "image id 1" });
		b.add(new Object[] { "duplicate category id", "{\"images\":[" + IMAGE + "],\"categories\":[" + CATEGORY + "," + CATEGORY + "],\"annotations\":[]}", "category id 1" });
		b.add(new Object[] { "duplicate annotation id", dataset(IMAGE, ANN1 + "," + ANN1), "annotation id 1" });
		b.add(new Object[] { "image width 0", dataset(IMAGE.replace("\"width\":32", "\"width\":0"), ANN1), "images[0]" });
		b.add(new Object[] { "image width negative", dataset(IMAGE.replace("\"width\":32", "\"width\":-5"), ANN1), "images[0]" });
		b.add(new Object[] { "image width a string", dataset(IMAGE.replace("\"width\":32", "\"width\":\"32\""), ANN1), "images[0]" });
		b.add(new Object[] { "image width fractional", dataset(IMAGE.replace("\"width\":32", "\"width\":32.5"), ANN1), "images[0]" });
		b.add(new Object[] { "image width 2^31", dataset(IMAGE.replace("\"width\":32", "\"width\":2147483648"), ANN1), "images[0]" });
		b.add(new Object[] { "image height missing", dataset(IMAGE.replace(",\"height\":32", ""), ANN1), "images[0]" });
		b.add(new Object[] { "image id missing", dataset(IMAGE.replace("\"id\":1,", ""), ANN1), "images[0]" });
		b.add(new Object[] { "image id null", dataset(IMAGE.replace("\"id\":1", "\"id\":null"), ANN1), "images[0]" });
		final String[][] fields = {
				{ "score", "NaN" }, { "score", "Infinity" }, { "score", "-0.5" }, { "score", "\"high\"" }, { "score", "null" }, { "score", "1e400" }, { "score", "true" },
				{ "image_id", "99" }, { "image_id", "\"1\"" }, { "image_id", "null" }, { "image_id", null }, { "image_id", "1.5" },
				{ "category_id", "7" }, { "category_id", "null" }, { "category_id", null }, { "category_id", "[1]" },
				{ "id", "1" }, { "id", "\"two\"" }, { "id", "null" }, { "id", "2.5" },
				{ "area", "-3" }, { "area", "\"big\"" }, { "area", "NaN" },
				{ "iscrowd", "\"yes\"" }, { "iscrowd", "7" },
				{ "segmentation", "null" }, { "segmentation", null }, { "segmentation", "\"poly\"" }, { "segmentation", "[[4,2,12,2,12]]" },
				{ "segmentation", "[[4,2,12,2]]" }, { "segmentation", "[[4,2,\"x\",2,12,10]]" }, { "segmentation", "[[4,2,NaN,2,12,10]]" },
				{ "segmentation", "[[1e8,1e8,100000005,1e8,100000005,100000005]]" }, { "segmentation", "[[-50,-50,-40,-50,-40,-40]]" },
				{ "segmentation", "[[4,2,1e300,2,12,10]]" }, { "segmentation", "[[4,2,12,2,12,10,4,10],5]" },
				{ "segmentation", "{\"size\":[32,32],\"counts\":[2000,5]}" }, { "segmentation", "{\"size\":[32,32],\"counts\":[-5,10]}" },
				{ "segmentation", "{\"size\":[32,32],\"counts\":[2147483647,2147483647,2147483647]}" },
				{ "segmentation", "{\"size\":[32,32],\"counts\":[1e20,5]}" }, { "segmentation", "{\"size\":[32,32],\"counts\":[3.5,5]}" },
				{ "segmentation", "{\"size\":[64,64],\"counts\":[100,5,3991]}" }, { "segmentation", "{\"size\":[32,32],\"counts\":\"!!!~~~\"}" },
				{ "segmentation", "{\"size\":[32,32],\"counts\":\"" + "P".repeat(400) + "\"}" }, { "segmentation", "{\"size\":[32,32]}" },
				{ "segmentation", "{\"counts\":[1024]}" }, { "segmentation", "{\"size\":[-1,32],\"counts\":[1]}" }, { "segmentation", "{\"size\":[32],\"counts\":[1024]}" },
				{ "segmentation", "{\"size\":[2147483647,2147483647],\"counts\":[5,9223372036854775807]}" }, { "segmentation", "{\"size\":[32,32],\"counts\":null}" },
				{ "slice_bbox", "[0,0,-5,8]" }, { "slice_bbox", "\"all\"" }, { "tile", "-2" }, { "image_width", "0" } };
		for (final String[] f : fields)
		{
			final String ann = ann2(f[0], f[1]);
			b.add(new Object[] { f[0] + (f[1] == null ? " missing" : " = " + f[1]), dataset(IMAGE, ANN1 + "," + ann), f[0].equals("id") && f[1].equals("1") ? "annotation id" : "annotations[1]" });
		}
		return b;
	}

	static void add(final List<HostileCase> cases)
	{
		for (final Object[] c : broken())
		{
			final String name = (String) c[0];
			final String content = (String) c[1];
			final String[] item = c.length > 2 ? new String[] { "bad.json", (String) c[2] } : new String[] { "bad.json" };
			cases.add(HostileCase.error(name, "Merge COCO JSON", "input={dir}/bad.json,output={dir}/out.json", item).file("bad.json", text(content)));
			cases.add(HostileCase.error(name, "Evaluate Segmentation", "prediction={dir}/bad.json,ground_truth={dir}/gt.json", item)
					.file("bad.json", text(content)).file("gt.json", text(valid())));
			cases.add(HostileCase.error(name, "Check Annotations", "ground_truth={dir}/bad.json", item).file("bad.json", text(content)));
		}
		cases.add(HostileCase.error("a JPEG named .json", "Merge COCO JSON", "input={dir}/bad.json", "bad.json").file("bad.json", bytes(CorpusImages.jpeg())));
		cases.add(HostileCase.error("UTF-16", "Merge COCO JSON", "input={dir}/bad.json", "bad.json").file("bad.json", bytes(valid().getBytes(StandardCharsets.UTF_16))));
		cases.add(HostileCase.error("does not exist", "Merge COCO JSON", "input={dir}/nope.json", "nope.json"));
		cases.add(HostileCase.error("a folder", "Merge COCO JSON", "input={dir}/sub", "sub").file("sub/x.txt", text("x")));
		cases.add(HostileCase.valid("valid", "Merge COCO JSON", "input={dir}/in.json,output={dir}/out.json,overlap_measure=ios", CorpusCoco::twoObjects).file("in.json", text(valid())));
		cases.add(HostileCase.valid("image 2^31-1 squared, sparse masks: nothing allocated", "Merge COCO JSON", "input={dir}/in.json,output={dir}/out.json",
				(d, s) -> assertEquals(1, CocoJson.read(d.resolve("out.json")).annotations().size(), s))
				.file("in.json", text(dataset(IMAGE.replace("\"width\":32", "\"width\":2147483647").replace("\"height\":32", "\"height\":2147483647"), ANN1))));
		cases.add(HostileCase.valid("UTF-8 BOM", "Merge COCO JSON", "input={dir}/in.json,output={dir}/out.json,overlap_measure=ios", CorpusCoco::twoObjects)
				.file("in.json", text("\uFEFF" + valid())));
		cases.add(HostileCase.valid("unknown keys", "Merge COCO JSON", "input={dir}/in.json,output={dir}/out.json,overlap_measure=ios", CorpusCoco::twoObjects)
				.file("in.json", text(valid().replace("{\"images\"", "{\"info\":{\"x\":[1,{}]},\"licenses\":[],\"images\"").replace("\"score\":0.8", "\"score\":0.8,\"extra\":{\"deep\":[1,2]}"))));
		cases.add(HostileCase.valid("no annotations", "Merge COCO JSON", "input={dir}/in.json,output={dir}/out.json", (d, s) -> assertEquals(0, CocoJson.read(d.resolve("out.json")).annotations().size()))
				.file("in.json", text(dataset(IMAGE, ""))));
		cases.add(HostileCase.valid("no images", "Merge COCO JSON", "input={dir}/in.json,output={dir}/out.json", (d, s) -> assertEquals(0, CocoJson.read(d.resolve("out.json")).images().size()))
				.file("in.json", text("{\"images\":[],\"categories\":[],\"annotations\":[]}")));
		cases.add(HostileCase.valid("results list, empty", "Merge COCO JSON", "input={dir}/in.json,output={dir}/out.json", (d, s) -> assertEquals(0, CocoJson.read(d.resolve("out.json")).annotations().size()))
				.file("in.json", text("[]")));
		cases.add(HostileCase.valid("identical prediction and truth", "Evaluate Segmentation", "prediction={dir}/in.json,ground_truth={dir}/in.json,summary_csv={dir}/s.csv",
				(d, s) -> CorpusCoco.perfect(d, s)).file("in.json", text(valid())));
		cases.add(HostileCase.valid("valid ground truth", "Check Annotations", "ground_truth={dir}/in.json,csv={dir}/p.csv", (d, s) -> assertEquals(true, Files.exists(d.resolve("p.csv"))))
				.file("in.json", text(valid())));
	}

	private static void twoObjects(final java.nio.file.Path dir, final String summary)
	{
		assertEquals(2, CocoJson.read(dir.resolve("out.json")).annotations().size(), "1 and 2 overlap by 3/4 and merge, 3 stays: " + summary);
	}

	private static void perfect(final java.nio.file.Path dir, final String summary) throws java.io.IOException
	{
		final List<String> lines = Files.readAllLines(dir.resolve("s.csv"));
		final List<String> header = java.util.Arrays.asList(lines.get(0).split(","));
		final int f1 = header.indexOf("f1");
		assertEquals(1.0, Double.parseDouble(lines.get(1).split(",")[f1]), 1e-9, lines.toString());
	}
}
