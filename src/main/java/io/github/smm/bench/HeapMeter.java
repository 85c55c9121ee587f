package io.github.smm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap use of this JVM from the heap memory pools. The peak is the sum of the pools' peak
 * usages since {@link #resetPeaks()}: pools peak at different moments, so it is an upper bound
 * of the true simultaneous peak, and it includes garbage not yet collected.
 */
final class HeapMeter
{
	private static final double MB = 1024.0 * 1024.0;

	private HeapMeter()
	{}

	/** Forgets the peaks seen so far. */
	static void resetPeaks()
	{
		for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
			if (pool.getType() == MemoryType.HEAP && pool.isValid())
				pool.resetPeakUsage();
	}

	/** Sum of the heap pools' peak usages since the last reset, in MiB. */
	static double peakMb()
	{
		long sum = 0;
		for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
			if (pool.getType() == MemoryType.HEAP && pool.isValid())
				sum += pool.getPeakUsage().getUsed();
		return sum / MB;
	}

	/** Heap in use right after a requested full collection, in MiB. */
	static double liveMbAfterGc()
	{
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
	}

	/** The largest heap this JVM may use, in MiB. */
	static double maxMb()
	{
		return Runtime.getRuntime().maxMemory() / MB;
	}
}
