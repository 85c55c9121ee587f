package io.github.smm.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap use of this JVM.
 * <ul>
 * <li>{@link #peakMb()}: the sum of the heap pools' peak usages since {@link #resetPeaks()}.
 * Pools peak at different moments and garbage counts, so this is an upper bound of the true
 * simultaneous peak; it can even exceed the maximum heap.</li>
 * <li>{@link #peakAfterGcMb()}: the largest heap use right after a collection since the reset
 * (from the collectors' notifications): close to the peak of data that was still reachable,
 * i.e. what the run needs at least.</li>
 * </ul>
 */
final class HeapMeter
{
	private static final double MB = 1024.0 * 1024.0;
	private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();
	private static boolean listening;

	private HeapMeter()
	{}

	/** Forgets the peaks seen so far (and starts listening to collections on first use). */
	static synchronized void resetPeaks()
	{
		for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
			if (pool.getType() == MemoryType.HEAP && pool.isValid())
				pool.resetPeakUsage();
		PEAK_AFTER_GC.set(0);
		if (!listening)
		{
			for (final GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans())
				if (gc instanceof NotificationEmitter)
					((NotificationEmitter) gc).addNotificationListener((n, handback) -> afterCollection(n), null, null);
			listening = true;
		}
	}

	private static void afterCollection(final Notification n)
	{
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType()))
			return;
		final GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
		final Set<String> heapPools = new HashSet<>();
		for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
			if (pool.getType() == MemoryType.HEAP)
				heapPools.add(pool.getName());
		long used = 0;
		for (final Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet())
			if (heapPools.contains(e.getKey()))
				used += e.getValue().getUsed();
		PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
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

	/** Largest heap use right after a collection since the last reset, in MiB (0 if none ran). */
	static double peakAfterGcMb()
	{
		return PEAK_AFTER_GC.get() / MB;
	}

	/**
	 * Heap in use right after a requested full collection, in MiB; also counts for
	 * {@link #peakAfterGcMb()} (whose notifications arrive asynchronously).
	 */
	static double liveMbAfterGc()
	{
		System.gc();
		final long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
		return used / MB;
	}

	/** The largest heap this JVM may use, in MiB. */
	static double maxMb()
	{
		return Runtime.getRuntime().maxMemory() / MB;
	}
}
