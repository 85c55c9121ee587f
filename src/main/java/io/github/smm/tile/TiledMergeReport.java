package io.github.smm.tile;

import java.util.Locale;

import io.github.smm.solve.SolveSummary;

/** What a {@link TiledMerge} run did: counts, memory actually held, and whether it finished. */
public final class TiledMergeReport
{
	final int tiles;
	int tilesDone, outputs, mergeCalls, peakLiveInstances, pendingInstances;
	long inputInstances, peakHeldTilePixels, peakLivePixels;
	double objective, seconds, segmentSeconds, mergeSeconds;
	boolean cancelled;
	SolveSummary solved = SolveSummary.NONE;

	TiledMergeReport(final int tiles)
	{
		this.tiles = tiles;
	}

	/** Tiles of the plan. */
	public int tiles()
	{
		return tiles;
	}

	/** Tiles read and segmented (all of them unless cancelled). */
	public int tilesDone()
	{
		return tilesDone;
	}

	/** Instances the segmenter returned, over all tiles done. */
	public long inputInstances()
	{
		return inputInstances;
	}

	/** Outputs emitted to the sinks. */
	public int outputs()
	{
		return outputs;
	}

	/** Calls of {@link io.github.smm.SpatialMaskMerging#merge} (one per band with closed groups). */
	public int mergeCalls()
	{
		return mergeCalls;
	}

	/** The SMM objective of the emitted partition, summed over the merge calls. */
	public double objective()
	{
		return objective;
	}

	/** What the solver proved, over all merge calls. */
	public SolveSummary solveSummary()
	{
		return solved;
	}

	/** The most live (read, not yet merged) instances at once. */
	public int peakLiveInstances()
	{
		return peakLiveInstances;
	}

	/** The most mask pixels of live instances at once. */
	public long peakLivePixels()
	{
		return peakLivePixels;
	}

	/** The most tile pixels the runner held at once (read, not yet released). */
	public long peakHeldTilePixels()
	{
		return peakHeldTilePixels;
	}

	public boolean cancelled()
	{
		return cancelled;
	}

	/** Instances read but never merged, because the run was cancelled (0 otherwise). */
	public int pendingInstances()
	{
		return pendingInstances;
	}

	/** Wall-clock seconds of the whole run. */
	public double seconds()
	{
		return seconds;
	}

	/** Seconds spent in the segmenter. */
	public double segmentSeconds()
	{
		return segmentSeconds;
	}

	/** Seconds spent finding closed groups and merging them. */
	public double mergeSeconds()
	{
		return mergeSeconds;
	}

	@Override
	public String toString()
	{
		return String.format(Locale.ROOT, "%s%d/%d tiles, %d instances -> %d outputs in %d merges; peak live %d instances (%d px), peak tile pixels held %d; %.3f s (segment %.3f s, merge %.3f s)",
				cancelled ? "CANCELLED with " + pendingInstances + " instances pending: " : "", tilesDone, tiles, inputInstances, outputs, mergeCalls,
				peakLiveInstances, peakLivePixels, peakHeldTilePixels, seconds, segmentSeconds, mergeSeconds);
	}
}
