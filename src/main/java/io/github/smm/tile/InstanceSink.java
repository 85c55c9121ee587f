package io.github.smm.tile;

/**
 * Receives the final outputs of a {@link TiledMerge} as soon as they are final: a list, a
 * label image, a ROI set, a COCO file. Outputs arrive from the runner's thread, in a
 * deterministic order.
 */
@FunctionalInterface
public interface InstanceSink
{
	/** One final output. */
	void accept(MergedInstance output);

	/**
	 * Called once after the last output: {@code complete} is false when the run was cancelled
	 * (what was accepted is final; the rest of the image was not merged).
	 */
	default void finish(final boolean complete)
	{}
}
