package io.github.smm.tile;

/**
 * Groups consecutive tiles of a plan into batches for segmenters and predictors that take
 * several tiles per call: a batch never reaches past the end of a band, so whatever becomes
 * final after a band is final after the batch that ends it.
 */
final class TileBatches
{
	private TileBatches()
	{}

	/** The (exclusive) end of the batch of at most {@code size} tiles starting at tile {@code first}. */
	static int end(final TilePlan plan, final int first, final int size)
	{
		int k = first;
		while (k < plan.tileCount() && k - first < Math.max(1, size))
			if (plan.step(k++).endsBand())
				break;
		return k;
	}
}
