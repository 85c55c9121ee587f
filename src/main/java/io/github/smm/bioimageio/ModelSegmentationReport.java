package io.github.smm.bioimageio;

import java.util.Locale;

import io.github.smm.tile.BlendReport;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TiledMergeReport;

/** What a {@link ModelSegmentation} run did: tiles, objects, where the time went, memory. */
public final class ModelSegmentationReport
{
	private final TilePlan plan;
	private final ModelSegmentationOptions options;
	private int tilesDone, objects, modelCalls, batchSize = 1;
	private long tilePredictions, peakResidentPixels;
	private boolean cancelled;
	private double seconds, inferenceSeconds, modelSeconds;

	ModelSegmentationReport(final TilePlan plan, final ModelSegmentationOptions options)
	{
		this.plan = plan;
		this.options = options;
	}

	void blended(final BlendReport b, final long found)
	{
		tilesDone = b.tilesDone();
		cancelled = b.cancelled();
		objects = (int) found;
		peakResidentPixels = b.peakResidentPixels();
	}

	void merged(final TiledMergeReport m)
	{
		tilesDone = m.tilesDone();
		cancelled = m.cancelled();
		objects = m.outputs();
		tilePredictions = m.inputInstances();
		peakResidentPixels = m.peakHeldTilePixels();
	}

	void timing(final ModelTilePredictor<?> p, final double total)
	{
		inferenceSeconds = p.inferenceSeconds();
		modelSeconds = p.totalSeconds();
		modelCalls = p.modelCalls();
		batchSize = p.batchSize();
		seconds = total;
	}

	public TilePlan plan()
	{
		return plan;
	}

	public int tiles()
	{
		return plan.tileCount();
	}

	public int tilesDone()
	{
		return tilesDone;
	}

	public boolean cancelled()
	{
		return cancelled;
	}

	/** Objects emitted. */
	public int objects()
	{
		return objects;
	}

	/** Instances found inside the tiles before merging (per_tile route; 0 when blended). */
	public long tilePredictions()
	{
		return tilePredictions;
	}

	/** Calls of the model (ONNX Runtime sessions runs): fewer than tiles when batched. */
	public int modelCalls()
	{
		return modelCalls;
	}

	/** Tiles per model call at most (1 unless the model's batch axis is free). */
	public int batchSize()
	{
		return batchSize;
	}

	/** Wall-clock seconds of the whole run. */
	public double seconds()
	{
		return seconds;
	}

	/** Seconds inside ONNX Runtime. */
	public double inferenceSeconds()
	{
		return inferenceSeconds;
	}

	/** Seconds of everything but inference: reading, tensors, normalising, blending or merging, instances. */
	public double overheadSeconds()
	{
		return seconds - inferenceSeconds;
	}

	/** Tile pixels (and, when blended, the blending strip) held at most at once. */
	public long peakResidentPixels()
	{
		return peakResidentPixels;
	}

	@Override
	public String toString()
	{
		return String.format(Locale.ROOT, "%d of %d tiles (%d x %d px, overlap %d px; %d model calls of up to %d tiles), %s: %s%d objects in %.2f s (inference %.2f s, other %.2f s)%s",
				tilesDone, tiles(), plan.tileWidth(), plan.tileHeight(), plan.overlapX(), modelCalls, batchSize, options, tilePredictions > 0 ? tilePredictions + " tile predictions -> " : "", objects, seconds,
				inferenceSeconds, overheadSeconds(), cancelled ? " (cancelled)" : "");
	}
}
