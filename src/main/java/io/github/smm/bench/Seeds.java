package io.github.smm.bench;

import java.util.SplittableRandom;

/** Deterministic random streams derived from the run seed and a position (tile, grid cell). */
final class Seeds
{
	private Seeds()
	{}

	/** A well-mixed 64-bit value of the seed and the keys (SplitMix64 finaliser per step). */
	static long mix(final long seed, final long... keys)
	{
		long h = seed ^ 0x9E3779B97F4A7C15L;
		for (final long k : keys)
			h = finalise(h + 0x9E3779B97F4A7C15L + finalise(k));
		return finalise(h);
	}

	/** A random stream that depends only on the seed and the keys. */
	static SplittableRandom random(final long seed, final long... keys)
	{
		return new SplittableRandom(mix(seed, keys));
	}

	private static long finalise(long z)
	{
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
