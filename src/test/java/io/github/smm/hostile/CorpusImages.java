package io.github.smm.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;

/** Hostile label images: broken TIFFs, wrong types, values a label image cannot hold; and valid edge cases. */
final class CorpusImages
{
	private CorpusImages()
	{}

	static byte[] jpeg()
	{
		try
		{
			final ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "jpg", out);
			return out.toByteArray();
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException(e);
		}
	}

	private static HostileCase.Content tiff(final TinyTiff t)
	{
		return f -> Files.write(f, t.bytes());
	}

	private static HostileCase.Content imagej(final ImagePlus imp)
	{
		return f -> {
			if (!IJ.saveAsTiff(imp, f.toString()))
				throw new IOException("cannot write " + f);
		};
	}

	private static TinyTiff with(final java.util.function.Consumer<TinyTiff> change)
	{
		final TinyTiff t = TinyTiff.labels8();
		change.accept(t);
		return t;
	}

	private static byte[] ints(final int... values)
	{
		final ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
		for (final int v : values)
			b.putInt(v);
		return b.array();
	}

	private static byte[] shorts(final int n, final short value)
	{
		final ByteBuffer b = ByteBuffer.allocate(n * 2).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < n; i++)
			b.putShort(value);
		return b.array();
	}

	/** Broken label images: name, content. */
	private static Object[][] broken()
	{
		final int[] big = new int[64];
		big[0] = (1 << 24) + 1;
		big[1] = 1 << 24;
		final FloatProcessor nan = new FloatProcessor(8, 8);
		nan.setf(3, 3, Float.NaN);
		final FloatProcessor half = new FloatProcessor(8, 8);
		half.setf(2, 5, 1.5f);
		final FloatProcessor negative = new FloatProcessor(8, 8);
		negative.setf(1, 1, -4);
		final ImageStack stack = new ImageStack(8, 8);
		for (int k = 0; k < 3; k++)
			stack.addSlice(new ij.process.ByteProcessor(8, 8));
		return new Object[][] {
				{ "empty file", CorpusCoco.text("") },
				{ "garbage bytes", CorpusCoco.bytes("this is not a TIFF at all, just text".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) },
				{ "a JPEG named .tif", CorpusCoco.bytes(jpeg()) },
				{ "truncated strip", tiff(with(t -> t.cut = 40)) },
				{ "strip byte count beyond the file", tiff(with(t -> t.stripBytes = 1 << 30)) },
				{ "IFD chain loops", tiff(with(t -> t.nextIfd = 8)) },
				{ "IFD offset beyond the file", tiff(with(t -> t.nextIfd = 1 << 30)) },
				{ "declared 2^31 pixels wide", tiff(with(t -> t.width = 1L << 31)) },
				{ "declared 65535 x 65535", tiff(with(t -> { t.width = 65535; t.height = 65535; })) },
				{ "declared width 0", tiff(with(t -> t.width = 0)) },
				{ "garbage LZW", tiff(with(t -> t.compression = 5)) },
				// Clear, then 300 (no byte value): 100000000 100101100
				{ "LZW: a code that is no byte value after Clear", tiff(new TinyTiff() { { compression = 5; pixels = new byte[] { (byte) 0x80, 0x4B, 0 }; } }) },
				// Clear, 1, 300 (beyond the table, whose next entry is 258)
				{ "LZW: a code beyond the table", tiff(new TinyTiff() { { compression = 5; pixels = new byte[] { (byte) 0x80, 0, 0x65, (byte) 0x80 }; } }) },
				// Clear, 1, End: one of the 64 pixels
				{ "LZW that ends after one pixel", tiff(new TinyTiff() { { compression = 5; pixels = new byte[] { (byte) 0x80, 0, 0x60, 0x20 }; } }) },
				{ "unknown compression", tiff(with(t -> t.compression = 34712)) },
				{ "signed 16-bit", tiff(new TinyTiff() { { bits = 16; sampleFormat = 2; pixels = shorts(64, (short) 0); } }) },
				{ "32-bit integer labels above 2^24", tiff(new TinyTiff() { { bits = 32; sampleFormat = 1; pixels = ints(big); } }) },
				{ "RGB", imagej(new ImagePlus("rgb", new ColorProcessor(8, 8))) },
				{ "a stack of 3 planes", imagej(new ImagePlus("stack", stack)) },
				{ "float NaN", imagej(new ImagePlus("nan", nan)) },
				{ "float 1.5", imagej(new ImagePlus("half", half)) },
				{ "float negative", imagej(new ImagePlus("neg", negative)) } };
	}

	static void add(final List<HostileCase> cases)
	{
		for (final Object[] c : broken())
		{
			final String name = (String) c[0];
			final HostileCase.Content content = (HostileCase.Content) c[1];
			// a stack of z planes is a label volume for Merge Label Images and Check Annotations (issue 14; VolumeCommandsTest), not a bad input
			if (name.equals("a stack of 3 planes"))
				cases.add(HostileCase.valid(name, "Check Annotations", "ground_truth={dir}/bad.tif", (d, s) -> assertTrue(s.contains("1 volume(s), 0 objects"), s)).file("bad.tif", content));
			else
			{
				cases.add(HostileCase.error(name, "Merge Label Images", "input={dir}/bad.tif,output_labels={dir}/out.tif", "bad.tif").file("bad.tif", content));
				cases.add(HostileCase.error(name, "Check Annotations", "ground_truth={dir}/bad.tif", "bad.tif").file("bad.tif", content));
			}
			cases.add(HostileCase.error(name, "Evaluate Segmentation", "prediction={dir}/bad.tif,ground_truth={dir}/gt.tif", "bad.tif").file("bad.tif", content).file("gt.tif", tiff(TinyTiff.labels8())));
		}
		cases.add(HostileCase.valid("valid 8-bit labels", "Merge Label Images", "input={dir}/in.tif,output_labels={dir}/out.tif", (d, s) -> size(d.resolve("out.tif"), 8, 8, 2))
				.file("in.tif", tiff(TinyTiff.labels8())));
		cases.add(HostileCase.valid("all-zero labels", "Merge Label Images", "input={dir}/in.tif,output_labels={dir}/out.tif", (d, s) -> size(d.resolve("out.tif"), 8, 8, 0))
				.file("in.tif", tiff(new TinyTiff().pixels(new byte[64]))));
		cases.add(HostileCase.valid("output sized as the input", "Merge Label Images", "input={dir}/in.tif,output_labels={dir}/out.tif", (d, s) -> size(d.resolve("out.tif"), 8, 8, 1))
				.file("in.tif", tiff(new TinyTiff().pixels(one()))));
		cases.add(HostileCase.valid("all-zero ground truth", "Check Annotations", "ground_truth={dir}/in.tif", (d, s) -> {})
				.file("in.tif", tiff(new TinyTiff().pixels(new byte[64]))));
		cases.add(HostileCase.valid("identical labels score 1", "Evaluate Segmentation", "prediction={dir}/a.tif,ground_truth={dir}/b.tif,summary_csv={dir}/s.csv", CorpusImages::perfect)
				.file("a.tif", tiff(TinyTiff.labels8())).file("b.tif", tiff(TinyTiff.labels8())));
		cases.add(HostileCase.error("prediction 8x8, truth 16x16", "Evaluate Segmentation", "prediction={dir}/a.tif,ground_truth={dir}/b.tif", "a.tif", "b.tif")
				.file("a.tif", tiff(TinyTiff.labels8())).file("b.tif", tiff(new TinyTiff() { { width = 16; height = 16; pixels = new byte[256]; } })));
	}

	private static byte[] one()
	{
		final byte[] p = new byte[64];
		p[9] = 5;
		return p;
	}

	private static void size(final Path file, final int w, final int h, final int objects)
	{
		final ImagePlus imp = IJ.openImage(file.toString());
		assertEquals(w, imp.getWidth(), "width of the input");
		assertEquals(h, imp.getHeight(), "height of the input");
		final java.util.Set<Float> labels = new java.util.TreeSet<>();
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				if (imp.getProcessor().getPixelValue(x, y) != 0)
					labels.add(imp.getProcessor().getPixelValue(x, y));
		assertEquals(objects, labels.size(), "objects: " + labels);
	}

	private static void perfect(final Path dir, final String summary) throws IOException
	{
		final List<String> lines = Files.readAllLines(dir.resolve("s.csv"));
		final List<String> header = java.util.Arrays.asList(lines.get(0).split(","));
		assertEquals(1.0, Double.parseDouble(lines.get(1).split(",")[header.indexOf("f1")]), 1e-9, lines.toString());
	}
}
