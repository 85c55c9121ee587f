package io.github.smm.property;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.github.smm.io.coco.CocoPolygons;
import io.github.smm.io.coco.CocoRle;
import io.github.smm.model.Box;
import io.github.smm.model.RleMask;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Round trips of the mask formats, against brute force: COCO RLE (counts and compressed strings) and polygons. */
class RoundTripProperties
{
	/** A random bitmap of up to 12 × 12 pixels, row-major. */
	@Provide
	Arbitrary<boolean[]> bitmaps()
	{
		return Arbitraries.of(true, false).array(boolean[].class).ofSize(144);
	}

	@Property(tries = 500)
	void rleCountsAndCompressedStringsGiveBackTheMask(@ForAll("bitmaps") final boolean[] bits, @ForAll @IntRange(min = 1, max = 12) final int w,
			@ForAll @IntRange(min = 1, max = 12) final int h, @ForAll @IntRange(min = 0, max = 20) final int x0, @ForAll @IntRange(min = 0, max = 20) final int y0)
	{
		final boolean[] cut = java.util.Arrays.copyOf(bits, w * h);
		final RleMask mask = RleMask.fromBitmap(cut, w, h, x0, y0);
		final int height = y0 + h + 3, width = x0 + w + 2;
		final long[] counts = CocoRle.counts(mask, height, width);
		assertEquals((long) height * width, java.util.Arrays.stream(counts).sum(), "counts cover the image");
		assertEquals(mask, CocoRle.decode(counts, height, width));
		assertEquals(mask, CocoRle.decode(CocoRle.encode(mask, height, width), height, width));
		assertArrayEquals(counts, CocoRle.decompress(CocoRle.compress(counts)));
		assertEquals(mask.area(), CocoRle.area(counts));
		long brute = 0;
		for (final boolean b : cut)
			brute += b ? 1 : 0;
		assertEquals(brute, mask.area(), "area against brute force");
	}

	@Property(tries = 300)
	void compressedCountsOfAnySizeRoundTrip(@ForAll("runs") final long[] counts)
	{
		assertArrayEquals(counts, CocoRle.decompress(CocoRle.compress(counts)));
	}

	/** Run lengths from 0 to 2⁶², the largest a huge image can need. */
	@Provide
	Arbitrary<long[]> runs()
	{
		return Arbitraries.longs().between(0, 1L << 62).array(long[].class).ofMinSize(1).ofMaxSize(12);
	}

	@Property(tries = 300)
	void anAxisAlignedPolygonRastersToItsRectangle(@ForAll @IntRange(min = 0, max = 30) final int x, @ForAll @IntRange(min = 0, max = 30) final int y,
			@ForAll @IntRange(min = 1, max = 20) final int w, @ForAll @IntRange(min = 1, max = 20) final int h)
	{
		final double[] square = { x, y, x + w, y, x + w, y + h, x, y + h };
		final RleMask mask = CocoPolygons.rasterize(List.of(square), 64, 64);
		assertEquals(RleMask.rectangle(Box.ofSize(x, y, w, h)), mask, "polygon [" + x + "," + y + " " + w + "x" + h + "]");
	}
}
