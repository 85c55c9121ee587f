package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;
import io.github.smm.model.Box;
import io.github.smm.model.Instances;
import io.github.smm.spark.zarr.ZarrArray;
import io.github.smm.spark.zarr.ZarrTileSource;
import io.github.smm.spark.zarr.ZarrType;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Zarr in and out: an image stored as Zarr v2 and v3 gives, through the block-wise job, the
 * objects Tiled Segment and Merge finds in the same pixels as TIFF, and the label store written
 * chunk by chunk holds the command's label image (the same partition of the pixels). Stores
 * written by other tools (v2 zlib with "/" keys, v3 uncompressed with "c.y.x" keys inside an
 * OME-Zarr group) read back value for value; unsupported codecs are refused by name.
 */
class ZarrRoundTripTest
{
	@RegisterExtension
	static final LocalSpark spark = LocalSpark.of(2);

	@ParameterizedTest(name = "Zarr v{0}")
	@ValueSource(ints = { 2, 3 })
	void zarrImageInZarrLabelsOutEqualTheCommandOnTheTiff(final int format, @TempDir final Path dir) throws Exception
	{
		final ByteProcessor pixels = SeamDiscs.image(500, 420, 160, 40, 60 + format);
		final Path tif = Discs.save(pixels, dir.resolve("discs.tif"));
		final Path store = dir.resolve("discs.zarr");
		final ZarrArray image = ZarrArray.create(store, format, new long[] { 420, 500 }, new int[] { 100, 128 }, ZarrType.UINT8);
		for (long cy = 0; cy * 100 < 420; cy++)
			for (long cx = 0; cx * 128 < 500; cx++)
				image.writeChunk(new long[] { cy, cx }, chunk(pixels, cx * 128, cy * 100, 128, 100));
		final String common = "tile_size=160,overlap=40,min_area=10";
		final Path labels = dir.resolve("labels.zarr");
		final List<JobOptions> job = List.of(JobOptions.parse(common + ",blocks=240,zarr_chunk=96,zarr_format=" + format + ",image_file=[" + store + "],output_labels_zarr=["
				+ labels + "]"));
		final ImageResult r = SparkTiledMerge.blockwiseWritten(spark.sc(), job, 3).get(0);
		assertTrue(r.error() == null && r.blocks() == 4, r.error() + ", " + r.blocks() + " blocks");
		final Path pluginLabels = dir.resolve("plugin.tif");
		final var plugin = Instances.canonical(PluginReference.tiledSegmentAndMerge(common + ",image_file=[" + tif + "],output_labels=[" + pluginLabels + "]",
				dir.resolve("plugin.json")));
		WholeImageJobTest.assertSameObjects(plugin, SparkTiledMerge.blockwise(spark.sc(), List.of(job.get(0).with("output_labels_zarr", "")), 2).get(0).instances(), "v" + format);
		assertEquals(plugin.size(), r.objectCount());
		assertSamePartition(IJ.openImage(pluginLabels.toString()), new ZarrTileSource(labels), plugin.size());
		assertTrue(Files.isRegularFile(labels.resolve(format == 2 ? ".zarray" : "zarr.json")));
	}

	@Test
	void storesOfOtherToolsReadValueForValue(@TempDir final Path dir) throws Exception
	{
		final int w = 70, h = 50;
		final double[] values = new double[w * h];
		for (int i = 0; i < values.length; i++)
			values[i] = (i * 37) % 65536;
		final Path v2 = dir.resolve("v2.zarr");
		write(v2.resolve(".zarray"), "{\"zarr_format\":2,\"shape\":[50,70],\"chunks\":[32,32],\"dtype\":\"<u2\",\"compressor\":{\"id\":\"zlib\",\"level\":1},"
				+ "\"fill_value\":0,\"order\":\"C\",\"filters\":null,\"dimension_separator\":\"/\"}");
		final Path ome = dir.resolve("ome.zarr");
		write(ome.resolve("zarr.json"), "{\"zarr_format\":3,\"node_type\":\"group\",\"attributes\":{\"ome\":{\"version\":\"0.5\",\"multiscales\":[{\"datasets\":[{\"path\":\"s0\"}]}]}}}");
		write(ome.resolve("s0/zarr.json"), "{\"zarr_format\":3,\"node_type\":\"array\",\"shape\":[1,50,70],\"data_type\":\"uint16\",\"chunk_grid\":{\"name\":\"regular\","
				+ "\"configuration\":{\"chunk_shape\":[1,32,32]}},\"chunk_key_encoding\":{\"name\":\"default\",\"configuration\":{\"separator\":\".\"}},\"fill_value\":0,"
				+ "\"codecs\":[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"big\"}}]}");
		for (int cy = 0; cy < 2; cy++)
			for (int cx = 0; cx < 3; cx++)
			{
				final byte[] little = bytes(values, w, h, cx * 32, cy * 32, ByteOrder.LITTLE_ENDIAN);
				Files.createDirectories(v2.resolve(Integer.toString(cy)));
				Files.write(v2.resolve(cy + "/" + cx), zlib(little));
				Files.write(ome.resolve("s0/c.0." + cy + "." + cx), bytes(values, w, h, cx * 32, cy * 32, ByteOrder.BIG_ENDIAN));
			}
		for (final Path store : List.of(v2, ome))
			try (ZarrTileSource source = new ZarrTileSource(store))
			{
				assertEquals(w, source.width());
				assertEquals(h, source.height());
				final RandomAccessibleInterval<FloatType> window = source.read(new Box(5, 7, 69, 49));
				final RandomAccess<FloatType> ra = window.randomAccess();
				for (int y = 7; y < 49; y++)
					for (int x = 5; x < 69; x++)
					{
						ra.setPosition(new long[] { x, y });
						assertEquals(values[y * w + x], ra.get().get(), store + " at " + x + "," + y);
					}
			}
	}

	@Test
	void unsupportedCodecsAndShapesAreRefusedByName(@TempDir final Path dir) throws Exception
	{
		final Path blosc = dir.resolve("blosc.zarr");
		write(blosc.resolve(".zarray"), "{\"zarr_format\":2,\"shape\":[50,70],\"chunks\":[32,32],\"dtype\":\"<u2\",\"compressor\":{\"id\":\"blosc\"},\"fill_value\":0,\"order\":\"C\",\"filters\":null}");
		final IOException e = assertThrows(IOException.class, () -> new ZarrTileSource(blosc));
		assertTrue(e.getMessage().contains(blosc.toString()) && e.getMessage().contains("blosc"), e.getMessage());
		final Path stack = dir.resolve("stack.zarr");
		ZarrArray.create(stack, 3, new long[] { 3, 50, 70 }, new int[] { 1, 32, 32 }, ZarrType.UINT8);
		final IOException s = assertThrows(IOException.class, () -> new ZarrTileSource(stack));
		assertTrue(s.getMessage().contains("dimension 0 has size 3"), s.getMessage());
	}

	/** Same labelled regions: a one-to-one map between the two label values, zero on zero. */
	private static void assertSamePartition(final ImagePlus expected, final ZarrTileSource actual, final int objects)
	{
		final RandomAccessibleInterval<FloatType> all = actual.read(new Box(0, 0, actual.width(), actual.height()));
		final RandomAccess<FloatType> ra = all.randomAccess();
		final Map<Integer, Integer> forward = new HashMap<>(), backward = new HashMap<>();
		for (int y = 0; y < expected.getHeight(); y++)
			for (int x = 0; x < expected.getWidth(); x++)
			{
				ra.setPosition(new long[] { x, y });
				final int a = (int) expected.getProcessor().getPixelValue(x, y), b = (int) ra.get().get();
				assertEquals(a == 0, b == 0, "background at " + x + "," + y);
				if (a == 0)
					continue;
				assertEquals(b, (int) forward.computeIfAbsent(a, k -> b), "label " + a + " at " + x + "," + y);
				assertEquals(a, (int) backward.computeIfAbsent(b, k -> a), "label " + b + " at " + x + "," + y);
			}
		assertEquals(objects, forward.size(), "every object has pixels");
	}

	private static double[] chunk(final ByteProcessor bp, final long x0, final long y0, final int cw, final int ch)
	{
		final double[] out = new double[cw * ch];
		for (int y = 0; y < ch; y++)
			for (int x = 0; x < cw; x++)
				if (x0 + x < bp.getWidth() && y0 + y < bp.getHeight())
					out[y * cw + x] = bp.get((int) x0 + x, (int) y0 + y);
		return out;
	}

	private static byte[] bytes(final double[] values, final int w, final int h, final int x0, final int y0, final ByteOrder order)
	{
		final ByteBuffer b = ByteBuffer.allocate(32 * 32 * 2).order(order);
		for (int y = y0; y < y0 + 32; y++)
			for (int x = x0; x < x0 + 32; x++)
				b.putShort((short) (x < w && y < h ? values[y * w + x] : 0));
		return b.array();
	}

	private static byte[] zlib(final byte[] raw) throws IOException
	{
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream z = new DeflaterOutputStream(out))
		{
			z.write(raw);
		}
		return out.toByteArray();
	}

	private static void write(final Path file, final String text) throws IOException
	{
		Files.createDirectories(file.getParent());
		Files.write(file, text.getBytes(StandardCharsets.UTF_8));
	}
}
