package io.github.smm.tile;

import java.util.HashMap;
import java.util.Map;

import io.github.smm.model.Box;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * A {@link TileSource} wrapper that counts what its user does: reads per window, and the pixels
 * read but not yet released (with their peak) — what a runner actually holds.
 */
public final class MeteredTileSource<T extends RealType<T>> implements TileSource<T>
{
	private final TileSource<T> source;
	private final Map<Box, Integer> reads = new HashMap<>();
	private final Map<Box, Integer> held = new HashMap<>();
	private long totalReads, heldPixels, peakHeldPixels;

	public MeteredTileSource(final TileSource<T> source)
	{
		this.source = source;
	}

	@Override
	public long width()
	{
		return source.width();
	}

	@Override
	public long height()
	{
		return source.height();
	}

	@Override
	public synchronized RandomAccessibleInterval<T> read(final Box window)
	{
		reads.merge(window, 1, Integer::sum);
		held.merge(window, 1, Integer::sum);
		totalReads++;
		heldPixels += window.area();
		peakHeldPixels = Math.max(peakHeldPixels, heldPixels);
		return source.read(window);
	}

	/** @throws IllegalStateException when the window is not held */
	@Override
	public synchronized void release(final Box window)
	{
		final Integer n = held.get(window);
		if (n == null)
			throw new IllegalStateException("released window " + window + " is not held");
		if (n == 1)
			held.remove(window);
		else
			held.put(window, n - 1);
		heldPixels -= window.area();
		source.release(window);
	}

	/** How often {@code window} was read. */
	public synchronized int reads(final Box window)
	{
		return reads.getOrDefault(window, 0);
	}

	public synchronized long totalReads()
	{
		return totalReads;
	}

	/** Number of distinct windows read. */
	public synchronized int distinctWindows()
	{
		return reads.size();
	}

	/** Pixels read and not released now. */
	public synchronized long heldPixels()
	{
		return heldPixels;
	}

	/** The most pixels held at once. */
	public synchronized long peakHeldPixels()
	{
		return peakHeldPixels;
	}
}
