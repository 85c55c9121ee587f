package io.github.smm.volume.tiled;

import java.util.Locale;

import io.github.smm.solve.SolveSummary;

/** What a {@link TiledVolumeMerge} run did: blocks, predictions, objects, peaks and times. */
public final class TiledVolumeReport
{
	final int blocks;
	int blocksDone, outputs, mergeCalls, peakLiveInstances, pendingInstances;
	long inputInstances, peakLiveVoxels, peakBlockVoxels;
	double seconds, readSeconds, segmentSeconds, mergeSeconds;
	boolean cancelled;
	SolveSummary solved = SolveSummary.NONE;

	TiledVolumeReport(final int blocks)
	{
		this.blocks = blocks;
	}

	/** Blocks of the plan. */
	public int blocks()
	{
		return blocks;
	}

	/** Blocks read and segmented (all unless cancelled). */
	public int blocksDone()
	{
		return blocksDone;
	}

	/** Objects the segmenter found, over all blocks done. */
	public long inputInstances()
	{
		return inputInstances;
	}

	/** Merged objects emitted. */
	public int outputs()
	{
		return outputs;
	}

	/** Live predictions left unmerged (only after a cancelled run). */
	public int pendingInstances()
	{
		return pendingInstances;
	}

	/** The most block predictions live (read, not merged) at once. */
	public int peakLiveInstances()
	{
		return peakLiveInstances;
	}

	/** The most mask voxels of live predictions at once (held sparse, as runs). */
	public long peakLiveVoxels()
	{
		return peakLiveVoxels;
	}

	/** The most dense voxels the runner held at once: one block of values and its labels. */
	public long peakBlockVoxels()
	{
		return peakBlockVoxels;
	}

	public boolean cancelled()
	{
		return cancelled;
	}

	public SolveSummary solveSummary()
	{
		return solved;
	}

	public int mergeCalls()
	{
		return mergeCalls;
	}

	/** Wall time of the whole run. */
	public double seconds()
	{
		return seconds;
	}

	public double readSeconds()
	{
		return readSeconds;
	}

	public double segmentSeconds()
	{
		return segmentSeconds;
	}

	public double mergeSeconds()
	{
		return mergeSeconds;
	}

	@Override
	public String toString()
	{
		return String.format(Locale.ROOT, "%d of %d blocks, %d block predictions -> %d objects in %.3f s (read %.3f s, segment %.3f s, merge %.3f s)%s; %s", blocksDone, blocks,
				inputInstances, outputs, seconds, readSeconds, segmentSeconds, mergeSeconds, cancelled ? " (cancelled: only final objects kept)" : "", solved);
	}
}
