package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad image fails alone, with an error naming its file, and the batch goes on; with
 * {@code fail_fast} the job stops on it. Bad: a file that is no image (fails when probed) and
 * a TIFF cut short (its header reads, its blocks fail). The summary table lists every image.
 */
class FailureTest
{
	private static final String OPTIONS = "tile_size=160,overlap=40,threshold=otsu_per_tile,blocks=240,";

	@Test
	void aBadImageFailsItsOwnTasksAndTheBatchGoesOn(@TempDir final Path dir) throws Exception
	{
		final Path images = batch(dir);
		final Path alone = Files.createDirectories(dir.resolve("alone"));
		Files.copy(images.resolve("a_good.tif"), alone.resolve("a_good.tif"));
		final Run clean = run(OPTIONS + "batch=[" + alone + "],output_folder=[" + dir.resolve("clean") + "]");
		assertEquals(0, clean.code, clean.err);
		final Run r = run(OPTIONS + "batch=[" + images + "],output_folder=[" + dir.resolve("out") + "]");
		assertEquals(1, r.code, "an image failed: " + r.out + r.err);
		assertTrue(r.err.contains("2 of 3 images failed"), r.err);
		assertTrue(r.out.contains(images.resolve("b_noimage.tif") + ": failed: " + images.resolve("b_noimage.tif") + ": not a TIFF"), r.out);
		assertTrue(r.out.contains(images.resolve("c_corrupt.tif") + ": failed: " + images.resolve("c_corrupt.tif") + ": block "), r.out);
		assertArrayEquals(Files.readAllBytes(dir.resolve("clean/a_good.json")), Files.readAllBytes(dir.resolve("out/a_good.json")), "the good image as if alone");
		assertTrue(Files.notExists(dir.resolve("out/b_noimage.json")) && Files.notExists(dir.resolve("out/c_corrupt.json")), "no output for a failed image");
		final List<String> summary = Files.readAllLines(dir.resolve("out/summary.csv"));
		assertEquals(SummaryTable.HEADER, summary.get(0));
		assertEquals(4, summary.size(), String.join("\n", summary));
		assertTrue(summary.get(1).startsWith(images.resolve("a_good.tif") + ",done,400,400,4,9,"), summary.get(1));
		assertTrue(summary.get(2).startsWith(images.resolve("b_noimage.tif") + ",failed,") && summary.get(2).contains("not a TIFF"), summary.get(2));
		assertTrue(summary.get(3).startsWith(images.resolve("c_corrupt.tif") + ",failed,") && summary.get(3).contains("c_corrupt.tif: block "), summary.get(3));
	}

	@Test
	void failFastStopsTheJobOnTheFirstBadImageNamingIt(@TempDir final Path dir) throws Exception
	{
		final Path images = batch(dir);
		final Run r = run(OPTIONS + "fail_fast=true,batch=[" + images + "],output_folder=[" + dir.resolve("out") + "]");
		assertEquals(1, r.code, r.out + r.err);
		assertTrue(r.err.contains("Tiled Segment and Merge failed: " + images.resolve("b_noimage.tif") + ": not a TIFF"), r.err);
		assertTrue(Files.notExists(dir.resolve("out/summary.csv")), "the job stopped before any summary");
	}

	/**
	 * a_good.tif, b_noimage.tif (text), c_corrupt.tif (a Deflate TIFF whose compressed pixels
	 * are overwritten with garbage: its header reads, its pixels do not).
	 */
	private static Path batch(final Path dir) throws Exception
	{
		final Path images = Files.createDirectories(dir.resolve("images"));
		Discs.save(SeamDiscs.image(400, 400, 160, 40, 41), images.resolve("a_good.tif"));
		Files.write(images.resolve("b_noimage.tif"), "this is no image".getBytes(StandardCharsets.UTF_8));
		corruptTiff(SeamDiscs.image(400, 400, 160, 40, 42).getBufferedImage(), images.resolve("c_corrupt.tif"));
		return images;
	}

	/** A Deflate TIFF of {@code image} whose compressed pixels are overwritten with garbage: its header reads, its pixels do not. */
	static void corruptTiff(final BufferedImage image, final Path c) throws Exception
	{
		deflateTiff(image, c);
		final byte[] bytes = Files.readAllBytes(c);
		final ByteBuffer tiff = ByteBuffer.wrap(bytes).order(bytes[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		final long[] strips = field(tiff, 273), counts = field(tiff, 279);
		assertTrue(strips.length > 0 && strips.length == counts.length, "strips of " + c);
		for (int s = 0; s < strips.length; s++)
			for (long k = strips[s] + 2; k < strips[s] + counts[s]; k++)
				bytes[(int) k] = (byte) (k * 31);
		Files.write(c, bytes);
	}

	/** The values of a SHORT or LONG field of the first IFD. */
	private static long[] field(final ByteBuffer tiff, final int tag)
	{
		final int ifd = tiff.getInt(4), entries = tiff.getShort(ifd) & 0xffff;
		for (int e = 0; e < entries; e++)
		{
			final int at = ifd + 2 + 12 * e;
			if ((tiff.getShort(at) & 0xffff) != tag)
				continue;
			final int type = tiff.getShort(at + 2), count = tiff.getInt(at + 4), size = type == 3 ? 2 : 4;
			final int values = count * size <= 4 ? at + 8 : tiff.getInt(at + 8);
			final long[] out = new long[count];
			for (int k = 0; k < count; k++)
				out[k] = type == 3 ? tiff.getShort(values + 2 * k) & 0xffff : tiff.getInt(values + 4 * k) & 0xffffffffL;
			return out;
		}
		return new long[0];
	}

	private static void deflateTiff(final BufferedImage image, final Path file) throws Exception
	{
		final ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
		final ImageWriteParam p = w.getDefaultWriteParam();
		p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		p.setCompressionType("Deflate");
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile()))
		{
			w.setOutput(out);
			w.write(null, new IIOImage(image, null, null), p);
		}
		finally
		{
			w.dispose();
		}
	}

	private static Run run(final String options)
	{
		final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		final int code = SparkMain.run(new String[] { "--master", "local[2]", "Tiled Segment and Merge", options }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static final class Run
	{
		final int code;
		final String out, err;

		Run(final int code, final String out, final String err)
		{
			this.code = code;
			this.out = out;
			this.err = err;
		}
	}
}
