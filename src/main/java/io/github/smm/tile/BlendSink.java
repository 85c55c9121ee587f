package io.github.smm.tile;

import io.github.smm.model.Box;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Receives the blended map part by part, as parts become final, in sweep order: the rows
 * (or columns) of one band at a time.
 */
@FunctionalInterface
public interface BlendSink
{
	/**
	 * @param region the final part of the image, in global coordinates
	 * @param values its blended values, in global coordinates; valid during this call only
	 */
	void accept(Box region, RandomAccessibleInterval<FloatType> values);

	/** Called once after the last part (or after cancellation, with {@code complete} false). */
	default void finish(final boolean complete)
	{}
}
