package io.github.smm.volume.tiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.io.FormatException;
import io.github.smm.volume.Box3;

/**
 * Compressed and tiled stacks, written by {@link TiffFixture} with the test encoders, read region
 * by region voxel for voxel like the plain stack; the strip and tile cache; every refusal.
 */
class CompressedTiffStackTest
{
	private static final int W = 37, H = 21, D = 3;

	@TempDir
	Path dir;

	/** Page {@code z} of a stack with runs (for the run-length coders) and noise, within the range of {@code bits}/{@code format}. */
	private static float[][] stack(final int bits, final int format, final long seed)
	{
		final Random random = new Random(seed);
		final float[][] pages = new float[D][W * H];
		for (final float[] page : pages)
			for (int i = 0; i < page.length; i++)
			{
				final double v = random.nextInt(3) == 0 && i > 0 ? page[i - 1] : random.nextDouble();
				if (bits == 8)
					page[i] = random.nextInt(3) == 0 && i > 0 ? page[i - 1] : random.nextInt(256);
				else if (bits == 16)
					page[i] = random.nextInt(3) == 0 && i > 0 ? page[i - 1] : format == 2 ? random.nextInt(65536) - 32768 : random.nextInt(65536);
				else if (format == 3)
					page[i] = (float) ((v - 0.5) * 1e6);
				else
					page[i] = random.nextInt(3) == 0 && i > 0 ? page[i - 1] : format == 2 ? random.nextInt(1 << 24) - (1 << 23) : random.nextInt(1 << 24);
			}
		return pages;
	}

	private static float expected(final float[][] pages, final long x, final long y, final long z)
	{
		return pages[(int) z][(int) (y * W + x)];
	}

	/** Every voxel of the whole stack and of random regions equals the written value. */
	private static void assertReadsAs(final float[][] pages, final TiffStack in, final Random random, final String what)
	{
		assertEquals(W, in.width(), what);
		assertEquals(H, in.height(), what);
		assertEquals(D, in.depth(), what);
		for (int trial = 0; trial < 12; trial++)
		{
			final Box3 r;
			if (trial == 0)
				r = new Box3(0, 0, 0, W, H, D);
			else
			{
				final int x0 = random.nextInt(W), y0 = random.nextInt(H), z0 = random.nextInt(D);
				r = new Box3(x0, y0, z0, x0 + 1 + random.nextInt(W - x0), y0 + 1 + random.nextInt(H - y0), z0 + 1 + random.nextInt(D - z0));
			}
			final float[] got = in.read(r);
			int k = 0;
			for (long z = r.minZ; z < r.maxZ; z++)
				for (long y = r.minY; y < r.maxY; y++)
					for (long x = r.minX; x < r.maxX; x++)
					{
						final float e = expected(pages, x, y, z);
						if (e != got[k])
							assertEquals(e, got[k], 0f, what + ", region " + r + ", voxel " + x + "," + y + "," + z);
						k++;
					}
		}
	}

	@Test
	void everyCompressionPredictorLayoutSampleTypeAndByteOrderReadsVoxelForVoxel() throws IOException
	{
		final Random random = new Random(14);
		final int[][] types = { { 8, 1 }, { 16, 1 }, { 16, 2 }, { 32, 1 }, { 32, 2 }, { 32, 3 } };
		final int[][] layouts = { { 0, 0, 0 }, { 1, 0, 0 }, { 4, 0, 0 }, { 0, 16, 16 }, { 0, 16, 8 }, { 0, 48, 32 } };
		int files = 0;
		for (final int compression : new int[] { 1, 5, 8, 32946, 32773 })
			for (final int predictor : compression == 5 || compression == 8 || compression == 32946 ? new int[] { 1, 2 } : new int[] { 1 })
				for (final int[] type : types)
					for (final int[] layout : layouts)
						for (final ByteOrder order : new ByteOrder[] { ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN })
						{
							final TiffFixture f = new TiffFixture();
							f.compression = compression;
							f.predictor = predictor;
							f.bits = type[0];
							f.format = type[1];
							f.rowsPerStrip = layout[0];
							f.tileWidth = layout[1];
							f.tileHeight = layout[2];
							f.order = order;
							final float[][] pages = stack(type[0], type[1], files);
							final String what = "compression " + compression + ", predictor " + predictor + ", " + type[0] + "-bit format " + type[1] + ", "
									+ (layout[1] > 0 ? "tiles " + layout[1] + " x " + layout[2] : "strips of " + layout[0] + " rows") + ", " + order;
							final Path file = f.write(dir.resolve("s" + files++ + ".tif"), W, H, pages);
							try (TiffStack in = new TiffStack(file))
							{
								assertReadsAs(pages, in, random, what);
							}
						}
		assertEquals((3 * 2 + 2) * types.length * layouts.length * 2, files);
	}

	@Test
	void aPredictorTagOnUncompressedOrPackBitsPagesIsIgnoredAsLibtiffAndImageJDo() throws IOException
	{
		for (final int compression : new int[] { 1, 32773 })
		{
			final TiffFixture f = new TiffFixture();
			f.compression = compression;
			f.rowsPerStrip = 5;
			f.tags.put(317, 2L); // the tag only: the data is not differenced
			final float[][] pages = stack(8, 1, 4);
			try (TiffStack in = new TiffStack(f.write(dir.resolve("p" + compression + ".tif"), W, H, pages)))
			{
				assertReadsAs(pages, in, new Random(1), "predictor tag on compression " + compression);
			}
		}
	}

	@Test
	void aRegionDecodesOnlyTheTilesItTouchesAndEachOnce() throws IOException
	{
		final TiffFixture f = new TiffFixture();
		f.compression = 5;
		f.tileWidth = 16;
		f.tileHeight = 8;
		final float[][] pages = stack(8, 1, 1);
		try (TiffStack in = new TiffStack(f.write(dir.resolve("t.tif"), W, H, pages)))
		{
			in.read(new Box3(17, 9, 1, 31, 15, 2)); // inside tile (1, 1) of page 2
			assertEquals(1, in.decodedChunks());
			in.read(new Box3(10, 3, 0, 20, 12, 3)); // tiles (0..1, 0..1) of the 3 pages; (1, 1) of page 2 is cached
			assertEquals(1 + 4 * 3 - 1, in.decodedChunks());
			in.read(new Box3(0, 0, 0, W, H, D)); // all 3 x 3 tiles of 3 pages
			assertEquals(27, in.decodedChunks());
			assertEquals(0, in.read(new Box3(W, H, D, W, H, D)).length, "an empty region at the far corner");
			assertEquals(27, in.decodedChunks());
		}
	}

	@Test
	void blocksOfABlockRowShareTheirDecodedStrips() throws IOException
	{
		final TiffFixture f = new TiffFixture();
		f.compression = 8;
		f.rowsPerStrip = 4;
		final float[][] pages = stack(16, 1, 2);
		try (TiffStack in = new TiffStack(f.write(dir.resolve("s.tif"), W, H, pages)))
		{
			for (int x = 0; x < W; x += 10) // the row of blocks 10 wide, rows 5..12 (strips 1..3), all pages
				in.read(new Box3(x, 5, 0, Math.min(W, x + 12), 13, D));
			assertEquals(3 * D, in.decodedChunks(), "each strip decoded once for the whole block row");
		}
	}

	private FormatException refused(final String name, final Consumer<TiffFixture> setup)
	{
		final TiffFixture f = new TiffFixture();
		f.compression = 5;
		f.rowsPerStrip = 8;
		setup.accept(f);
		final Path file;
		try
		{
			file = f.write(dir.resolve(name), W, H, stack(8, 1, 3));
		}
		catch (final IOException e)
		{
			throw new AssertionError(e);
		}
		return assertThrows(FormatException.class, () -> {
			try (TiffStack in = new TiffStack(file))
			{
				in.read(new Box3(0, 0, 0, W, H, D));
			}
		}, name);
	}

	private static void assertSays(final FormatException e, final String... parts)
	{
		for (final String part : parts)
			assertTrue(e.getMessage().contains(part), "\"" + part + "\" in: " + e.getMessage());
	}

	@Test
	void jpegCcittAndUnknownCompressionsAreRefusedByName()
	{
		for (final int c : new int[] { 6, 7 })
			assertSays(refused("jpeg" + c + ".tif", f -> f.tags.put(259, (long) c)), "jpeg" + c + ".tif page 1", "JPEG compression (TIFF compression " + c + ")");
		for (final int c : new int[] { 2, 3, 4 })
			assertSays(refused("fax" + c + ".tif", f -> f.tags.put(259, (long) c)), "fax" + c + ".tif page 1", "CCITT fax compression (TIFF compression " + c + ")");
		assertSays(refused("zstd.tif", f -> f.tags.put(259, 50000L)), "zstd.tif page 1", "TIFF compression 50000 is not read");
	}

	@Test
	void theFloatingPointPredictorAndPlanarSamplesAreRefusedByName()
	{
		assertSays(refused("p3.tif", f -> f.tags.put(317, 3L)), "p3.tif page 1", "floating-point predictor (TIFF predictor 3)");
		assertSays(refused("p9.tif", f -> f.tags.put(317, 9L)), "p9.tif page 1", "unknown TIFF predictor 9");
		assertSays(refused("planar.tif", f -> {
			f.tags.put(277, 3L);
			f.tags.put(284, 2L);
		}), "planar.tif page 1", "3 samples per pixel stored as separate planes (PlanarConfiguration 2)");
	}

	@Test
	void aShortStripOrTileIsNamedWithItsPageAndIndex()
	{
		assertSays(refused("cut.tif", f -> {
			f.cutPage = 1;
			f.cutChunk = 2;
			f.cutBytes = 40;
		}), "cut.tif page 2 strip 2: LZW data ends after");
		assertSays(refused("cutdeflate.tif", f -> {
			f.compression = 8;
			f.cutPage = 2;
			f.cutChunk = 0;
			f.cutBytes = 30;
		}), "cutdeflate.tif page 3 strip 0: Deflate data ends after");
		assertSays(refused("cuttile.tif", f -> {
			f.compression = 32773;
			f.rowsPerStrip = 0;
			f.tileWidth = 16;
			f.tileHeight = 16;
			f.cutPage = 0;
			f.cutChunk = 4;
			f.cutBytes = 20;
		}), "cuttile.tif page 1 tile 4: PackBits data ends after");
		assertSays(refused("cutplain.tif", f -> {
			f.compression = 1;
			f.tileWidth = 16;
			f.tileHeight = 16;
			f.cutPage = 1;
			f.cutChunk = 5;
			f.cutBytes = 1;
		}), "cutplain.tif page 2 tile 5: holds 255 bytes, its 16 x 16 pixels need 256");
	}

	@Test
	void aByteCountRunningPastTheFileIsNamed()
	{
		assertSays(refused("past.tif", f -> {
			f.countPage = 2;
			f.countChunk = 1;
			f.countDelta = 1 << 20;
		}), "past.tif page 3 strip 1: its ", "run past the end of the file");
		assertSays(refused("pasttile.tif", f -> {
			f.compression = 1;
			f.tileWidth = 16;
			f.tileHeight = 16;
			f.countPage = 0;
			f.countChunk = 3;
			f.countDelta = 1 << 20;
		}), "pasttile.tif page 1 tile 3: its ", "run past the end of the file");
	}

	@Test
	void aStripDecodingToMoreThanItsRowsOrTooFewStripsAreNamed()
	{
		assertSays(refused("long.tif", f -> {
			f.compression = 8;
			f.tags.put(278, 7L); // RowsPerStrip says 7, the strips hold 8 rows
		}), "long.tif page 1 strip 0: Deflate data decodes to more than the 259 bytes");
		assertSays(refused("few.tif", f -> f.tags.put(278, 4L)), "few.tif page 1: 3 strip offsets for the 6 strips");
	}
}
