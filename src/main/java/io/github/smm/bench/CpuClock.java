package io.github.smm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * CPU time of the whole process (all threads, including garbage collection and compilation),
 * where the JVM reports it. Unlike wall time, it does not grow while other processes hold the
 * cores, which makes runs on a shared machine comparable.
 */
final class CpuClock
{
	private CpuClock()
	{}

	/** Process CPU seconds so far, or {@code NaN} when the JVM does not report them. */
	static double processSeconds()
	{
		final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		if (os instanceof com.sun.management.OperatingSystemMXBean)
		{
			final long nanos = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
			return nanos < 0 ? Double.NaN : nanos / 1e9;
		}
		return Double.NaN;
	}

	/** The one-minute system load average, or −1 where the system does not report it. */
	static double loadAverage()
	{
		final double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return load < 0 ? -1 : load;
	}
}
