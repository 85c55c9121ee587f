package io.github.smm.io.coco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.io.FormatException;
import io.github.smm.model.Box;
import io.github.smm.model.RleMask;

/** COCO RLE against a brute-force column-major encoder on random masks, and its errors. */
class CocoRleTest
{
	/** Reference: counts of a row-major bitmap read column by column. */
	static long[] bruteCounts(final boolean[] bits, final int h, final int w)
	{
		final List<Long> counts = new ArrayList<>();
		boolean value = false;
		long run = 0;
		for (int x = 0; x < w; x++)
			for (int y = 0; y < h; y++)
			{
				if (bits[y * w + x] != value)
				{
					counts.add(run);
					run = 0;
					value = !value;
				}
				run++;
			}
		counts.add(run);
		return counts.stream().mapToLong(Long::longValue).toArray();
	}

	static boolean[] randomBits(final Random rnd, final int h, final int w, final double density)
	{
		final boolean[] bits = new boolean[h * w];
		final int style = rnd.nextInt(3);
		for (int i = 0; i < bits.length; i++)
			bits[i] = style == 0 ? rnd.nextDouble() < density : style == 1 ? (i / w + i % w) % 5 < 3 && rnd.nextDouble() < 0.9 : rnd.nextDouble() < 0.97;
		return bits;
	}

	@Test
	void javadocExample()
	{
		// 3 rows, 2 columns: (1,0) and (0,2) set
		final RleMask m = RleMask.fromBitmap(new boolean[] { false, true, false, false, true, false }, 2, 3, 0, 0);
		assertArrayEquals(new long[] { 2, 2, 2 }, CocoRle.counts(m, 3, 2));
	}

	@Test
	void countsMatchBruteForceOnRandomMasks()
	{
		final Random rnd = new Random(42);
		for (int trial = 0; trial < 400; trial++)
		{
			final int h = 1 + rnd.nextInt(20), w = 1 + rnd.nextInt(20);
			final boolean[] bits = randomBits(rnd, h, w, rnd.nextDouble());
			final RleMask mask = RleMask.fromBitmap(bits, w, h, 0, 0);
			final long[] expected = bruteCounts(bits, h, w);
			final String what = "trial " + trial + " " + w + "x" + h;
			assertArrayEquals(expected, CocoRle.counts(mask, h, w), what);
			assertEquals(mask, CocoRle.decode(expected, h, w), what);
			assertEquals(mask, CocoRle.decode(CocoRle.encode(mask, h, w), h, w), what);
			assertEquals(mask.area(), CocoRle.area(expected), what);
			assertArrayEquals(CocoRle.bbox(mask), CocoRle.bbox(expected, h, w), what);
		}
	}

	@Test
	void maskAwayFromTheOriginAndTouchingTheBorders()
	{
		final RleMask m = RleMask.builder().addRun(4, 7, 10).addRun(5, 9, 10).addRun(9, 0, 10).build();
		final long[] c = CocoRle.counts(m, 10, 10);
		assertEquals(m, CocoRle.decode(c, 10, 10));
		assertEquals(m.area(), CocoRle.area(c));
		assertThrows(IllegalArgumentException.class, () -> CocoRle.counts(m, 10, 9));
		assertThrows(IllegalArgumentException.class, () -> CocoRle.counts(m.translate(0, -5), 10, 10));
	}

	@Test
	void runsSpanningColumnsAndNonCanonicalCountsDecode()
	{
		// a run through the bottom of column 0 and the top of column 1; zero-length runs inside
		final RleMask m = CocoRle.decode(new long[] { 2, 1, 0, 2, 1 }, 3, 2);
		assertEquals(RleMask.builder().addRun(2, 0, 1).addRun(0, 1, 2).addRun(1, 1, 2).build(), m);
		assertArrayEquals(new long[] { 2, 3, 1 }, CocoRle.counts(m, 3, 2));
		assertEquals(RleMask.rectangle(new Box(0, 0, 2, 3)), CocoRle.decode(new long[] { 0, 6 }, 3, 2));
		assertEquals(RleMask.EMPTY, CocoRle.decode(new long[] { 6 }, 3, 2));
	}

	@Test
	void compressionRoundTripsLargeAndNegativeDifferences()
	{
		final Random rnd = new Random(7);
		for (int trial = 0; trial < 200; trial++)
		{
			final long[] counts = new long[1 + rnd.nextInt(12)];
			for (int i = 0; i < counts.length; i++)
				counts[i] = rnd.nextInt(3) == 0 ? rnd.nextInt(3) : (long) (rnd.nextDouble() * (1L << rnd.nextInt(40)));
			final String s = CocoRle.compress(counts);
			assertTrue(s.chars().allMatch(ch -> ch >= '0' && ch <= 'o'), s);
			assertArrayEquals(counts, CocoRle.decompress(s));
		}
	}

	@Test
	void countsThatDoNotCoverTheImageAreRejected()
	{
		final FormatException e = assertThrows(FormatException.class, () -> CocoRle.decode(new long[] { 3, 2 }, 3, 2));
		assertTrue(e.getMessage().contains("sum to 5"), e.getMessage());
		assertThrows(FormatException.class, () -> CocoRle.decode(new long[] { 3, 2, 2 }, 3, 2));
	}

	@Test
	void negativeCountsAreRejected()
	{
		final FormatException e = assertThrows(FormatException.class, () -> CocoRle.decode(new long[] { 3, -1, 4 }, 3, 2));
		assertTrue(e.getMessage().contains("count 1 is negative"), e.getMessage());
		// a compressed string whose delta makes a count negative
		final String s = CocoRle.compress(new long[] { 1, 1, 1, -5 });
		assertThrows(FormatException.class, () -> CocoRle.decode(s, 1, 1));
	}

	@Test
	void badCompressedCharactersAreRejected()
	{
		final FormatException e = assertThrows(FormatException.class, () -> CocoRle.decompress("12 3"));
		assertTrue(e.getMessage().contains("bad character ' ' at position 2"), e.getMessage());
		assertThrows(FormatException.class, () -> CocoRle.decompress("1p"));
		assertThrows(FormatException.class, () -> CocoRle.decompress("1/"));
	}

	@Test
	void truncatedCompressedStringsAreRejected()
	{
		// 'P' = 0x20 | 0: "more groups follow" on the last character
		final FormatException e = assertThrows(FormatException.class, () -> CocoRle.decompress("1P"));
		assertTrue(e.getMessage().contains("truncated"), e.getMessage());
		assertThrows(FormatException.class, () -> CocoRle.decompress("PPPPPPPPPPPPPPP1"));
	}
}
