package io.github.smm.volume.tiled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.io.FormatException;
import io.github.smm.volume.Box3;

/**
 * Stacks compressed and tiled by libtiff's {@code tiffcp} (an encoder independent of this
 * project; {@code src/test/resources/io/github/smm/volume/tiled/tiffcp/README.md} says how they
 * were made) read voxel for voxel like their uncompressed sources; the JPEG and floating-point
 * predictor ones refused by name.
 */
class TiffcpGoldenTest
{
	private static Path fixture(final String name) throws URISyntaxException
	{
		return Paths.get(TiffcpGoldenTest.class.getResource("tiffcp/" + name).toURI());
	}

	private static void assertSame(final String plain, final String... encoded) throws IOException, URISyntaxException
	{
		try (TiffStack source = new TiffStack(fixture(plain)))
		{
			final Random random = new Random(plain.hashCode());
			for (final String name : encoded)
				try (TiffStack in = new TiffStack(fixture(name)))
				{
					assertEquals(source.width(), in.width(), name);
					assertEquals(source.height(), in.height(), name);
					assertEquals(source.depth(), in.depth(), name);
					assertArrayEquals(source.read(source.extent()), in.read(in.extent()), 0f, name);
					for (int trial = 0; trial < 20; trial++)
					{
						final int x = random.nextInt((int) in.width()), y = random.nextInt((int) in.height()), z = random.nextInt((int) in.depth());
						final Box3 r = new Box3(x, y, z, x + 1 + random.nextInt((int) in.width() - x), y + 1 + random.nextInt((int) in.height() - y), z + 1 + random.nextInt((int) in.depth() - z));
						assertArrayEquals(source.read(r), in.read(r), 0f, name + ", region " + r);
					}
				}
		}
	}

	@Test
	void libtiffsStripsAndTilesReadLikeTheirSources() throws IOException, URISyntaxException
	{
		assertSame("plain8.tif", "lzw8.tif", "lzw8p_r3.tif", "zip8p.tif", "packbits8.tif", "tiled8_lzw.tif");
		assertSame("plain16.tif", "zip16p_be.tif", "tiled16_zip.tif");
		assertSame("plainf.tif", "lzwf_p2.tif");
	}

	@Test
	void theSourcesHoldTheValuesTheScriptWrote() throws IOException, URISyntaxException
	{
		try (TiffStack in = new TiffStack(fixture("plain8.tif")))
		{
			assertEquals(3, in.depth());
			final int x = 9, y = 7, z = 2;
			assertEquals((x * 3 + y * 5 + z * 40 + ((x / 8 + y / 5) % 2) * 60) % 256, in.read(new Box3(x, y, z, x + 1, y + 1, z + 1))[0], 0f);
		}
		try (TiffStack in = new TiffStack(fixture("plainf.tif")))
		{
			assertEquals((float) (Math.sin(5 / 5.0) * 1000 + 3 * 0.25 - 3.5), in.read(new Box3(5, 3, 1, 6, 4, 2))[0], 0f);
		}
	}

	@Test
	void libtiffsJpegAndFloatingPointPredictorStacksAreRefusedByName()
	{
		final FormatException jpeg = assertThrows(FormatException.class, () -> new TiffStack(fixture("jpeg8.tif")).close());
		assertTrue(jpeg.getMessage().contains("jpeg8.tif page 1: JPEG compression (TIFF compression 7)"), jpeg.getMessage());
		final FormatException p3 = assertThrows(FormatException.class, () -> new TiffStack(fixture("zipf_p3.tif")).close());
		assertTrue(p3.getMessage().contains("zipf_p3.tif page 1: the floating-point predictor (TIFF predictor 3)"), p3.getMessage());
	}
}
