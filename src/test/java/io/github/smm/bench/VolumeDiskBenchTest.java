package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench --scene voronoi3d-disk on a small volume: the image and the label stack go through disk; scored against the truth. */
class VolumeDiskBenchTest
{
	@Test
	void theDiskBenchStreamsAndScores(@TempDir final Path dir) throws Exception
	{
		final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		final int code = Bench.run(new String[] { "--scene", "voronoi3d-disk", "--width", "80", "--height", "64", "--depth", "48", "--block", "32", "--block-z", "24", "--overlap", "8",
				"--spacing", "8", "--dir", dir.resolve("run").toString() }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		final String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
		@SuppressWarnings("unchecked")
		final Map<String, Object> json = new com.google.gson.Gson().fromJson(lines[lines.length - 1], Map.class);
		assertEquals(0.0, json.get("wrong_merges"));
		assertEquals(0.0, json.get("missed"));
		assertEquals(0.0, json.get("wrong_masks"));
		assertTrue((double) json.get("split") <= 0.05 * (double) json.get("cells"), lines[lines.length - 1]);
		assertTrue((double) json.get("merge_calls") > 1, "merged slab by slab");
		assertEquals(2.0 * 32 * 32 * 24, (double) json.get("peak_dense_voxels"), "one block of values and its labels");
		assertFalse(Files.exists(dir.resolve("run")), "files removed without --keep");
		for (final String[] storage : new String[][] { { "--compression", "lzw" }, { "--compression", "deflate", "--predictor", "true", "--tile", "16" } })
		{
			final ByteArrayOutputStream o = new ByteArrayOutputStream();
			final String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(new String[] { "--scene", "voronoi3d-disk", "--width", "80", "--height", "64", "--depth", "48", "--block", "32",
					"--block-z", "24", "--overlap", "8", "--spacing", "8" }), java.util.Arrays.stream(storage)).toArray(String[]::new);
			assertEquals(0, Bench.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
			final String[] l = o.toString(StandardCharsets.UTF_8).trim().split("\n");
			@SuppressWarnings("unchecked")
			final Map<String, Object> j = new com.google.gson.Gson().fromJson(l[l.length - 1], Map.class);
			for (final String key : new String[] { "outputs", "predictions", "split", "wrong_merges", "wrong_masks", "missed" })
				assertEquals(json.get(key), j.get(key), key + " of the " + String.join(" ", storage) + " image, as of the uncompressed one");
			assertTrue((double) j.get("image_mb") < (double) json.get("image_mb"), "compressed: " + j.get("image_mb") + " MB");
			assertTrue(((String) j.get("storage")).startsWith(storage[1]), (String) j.get("storage"));
		}
		final ByteArrayOutputStream bad = new ByteArrayOutputStream();
		assertEquals(2, Bench.run(new String[] { "--scene", "voronoi3d-disk", "--blok", "3" }, new PrintStream(new ByteArrayOutputStream()), new PrintStream(bad, true, StandardCharsets.UTF_8)));
		assertTrue(bad.toString(StandardCharsets.UTF_8).contains("--blok"), bad.toString(StandardCharsets.UTF_8));
	}
}
