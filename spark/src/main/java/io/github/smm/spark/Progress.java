package io.github.smm.spark;

import java.util.Locale;
import java.util.function.Consumer;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;

/**
 * The progress of a run, on the driver: the tiles segmented so far, counted by the block tasks
 * in a Spark accumulator ({@link #tilesDone()}, one per tile) and reported when a task ends,
 * each new count once, in increasing order, the last being the total. Spark merges a task's
 * count when the task succeeds, so a failed and re-run attempt counts once.
 */
public final class Progress extends SparkListener
{
	private final transient JavaSparkContext sc;
	private final transient LongAccumulator tiles;
	private final long total;
	private final transient Consumer<String> sink;
	private long reported = -1;

	/** Starts reporting {@code "tiles done: n of total"} lines to {@code sink}. */
	Progress(final JavaSparkContext sc, final long total, final Consumer<String> sink)
	{
		this.sc = sc;
		this.total = total;
		this.sink = sink;
		tiles = sc.sc().longAccumulator("smm tiles done");
		sc.sc().addSparkListener(this);
	}

	/** The accumulator the block tasks add their tiles to. */
	LongAccumulator tilesDone()
	{
		return tiles;
	}

	@Override
	public void onTaskEnd(final SparkListenerTaskEnd taskEnd)
	{
		report(tiles.value());
	}

	/** Stops listening and reports the final count. */
	void finish()
	{
		sc.sc().removeSparkListener(this);
		report(tiles.value());
	}

	private synchronized void report(final long done)
	{
		if (done <= reported)
			return;
		reported = done;
		sink.accept(String.format(Locale.ROOT, "tiles done: %d of %d (%.0f %%)", done, total, total == 0 ? 100.0 : 100.0 * done / total));
	}
}
