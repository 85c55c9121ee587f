package io.github.smm.tile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.MergeOptions;
import io.github.smm.io.LabelImages;
import io.github.smm.model.Instance;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.img.basictypeaccess.array.IntArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Segmenters and predictors that take several tiles per call get consecutive tiles of one band
 * at a time, and the runners give exactly what they give tile by tile.
 */
class TileBatchesTest
{
	/** 230 × 170, 64 px tiles, overlap 16: 5 columns × 4 rows (bands of 4 along the sweep). */
	private static final TilePlan PLAN = TilePlan.of(230, 170, 64, Overlap.pixels(16));

	@Test
	void batchesStopAtTheEndOfABand()
	{
		final List<int[]> batches = new ArrayList<>();
		for (int k = 0; k < PLAN.tileCount(); k = TileBatches.end(PLAN, k, 3))
			batches.add(new int[] { k, TileBatches.end(PLAN, k, 3) });
		int next = 0;
		for (final int[] b : batches)
		{
			assertEquals(next, b[0], "batches follow the plan order");
			assertTrue(b[1] - b[0] >= 1 && b[1] - b[0] <= 3, "batch of " + (b[1] - b[0]));
			for (int k = b[0]; k < b[1]; k++)
				assertEquals(PLAN.tile(b[0]).band(), PLAN.tile(k).band(), "one band per batch");
			for (int k = b[0]; k < b[1] - 1; k++)
				assertTrue(!PLAN.step(k).endsBand(), "a band end closes its batch");
			next = b[1];
		}
		assertEquals(PLAN.tileCount(), next);
		assertTrue(batches.size() < PLAN.tileCount(), "tiles were batched");
		assertEquals(1, TileBatches.end(PLAN, 0, 1));
		assertEquals(1, TileBatches.end(PLAN, 0, 0), "a batch holds at least one tile");
	}

	/** Labels as instances, in batches of three; records the batch sizes it was given. */
	private static final class BatchingOracle<T extends RealType<T>> implements TileSegmenter<T>
	{
		final OracleSegmenter<T> oracle;
		final List<Integer> sizes = new ArrayList<>();

		BatchingOracle(final ArrayImg<IntType, IntArray> truth)
		{
			oracle = new OracleSegmenter<>(truth);
		}

		@Override
		public List<Instance> segment(final Tile tile, final RandomAccessibleInterval<T> pixels)
		{
			sizes.add(1);
			return oracle.segment(tile, pixels);
		}

		@Override
		public int batchSize()
		{
			return 3;
		}

		@Override
		public List<List<Instance>> segmentAll(final List<Tile> tiles, final List<RandomAccessibleInterval<T>> pixels)
		{
			sizes.add(tiles.size());
			final List<List<Instance>> out = new ArrayList<>();
			for (int i = 0; i < tiles.size(); i++)
				out.add(oracle.segment(tiles.get(i), pixels.get(i)));
			return out;
		}
	}

	@Test
	void theMergeRunnerGivesTheSameOutputsInBatches()
	{
		final ArrayImg<IntType, IntArray> truth = ArrayImgs.ints(230, 170);
		int label = 1;
		for (long y = 5; y + 12 < 170; y += 19)
			for (long x = 3; x + 12 < 230; x += 17)
			{
				final long l = label++;
				for (long yy = y; yy < y + 11; yy++)
					for (long xx = x; xx < x + 11; xx++)
						if ((xx - x - 5) * (xx - x - 5) + (yy - y - 5) * (yy - y - 5) <= 25)
							truth.getAt(xx, yy).setInteger(l);
			}
		final List<Instance> one = new ArrayList<>(), batched = new ArrayList<>();
		final TiledMergeReport r1 = new TiledMerge(PLAN, MergeOptions.defaults()).run(TileSources.of(truth), new OracleSegmenter<>(truth), o -> one.add(o.instance()));
		final BatchingOracle<IntType> b = new BatchingOracle<>(truth);
		final TiledMergeReport r3 = new TiledMerge(PLAN, MergeOptions.defaults()).run(TileSources.of(truth), b, o -> batched.add(o.instance()));
		assertTrue(one.size() >= LabelImages.fromLabels(truth, 0, 0, null, Instance.NO_TILE).size());
		assertEquals(masks(one), masks(batched));
		assertEquals(r1.inputInstances(), r3.inputInstances());
		assertEquals(PLAN.tileCount(), b.sizes.stream().mapToInt(Integer::intValue).sum());
		assertTrue(b.sizes.contains(3), "batches of three: " + b.sizes);
		assertEquals(3 * PLAN.tileWidth() * PLAN.tileHeight(), r3.peakHeldTilePixels(), "a batch of tiles is held at once");
	}

	@Test
	void theBlenderGivesTheSameMapInBatches()
	{
		final ArrayImg<FloatType, FloatArray> image = ArrayImgs.floats(230, 170);
		final java.util.Random random = new java.util.Random(7);
		image.forEach(v -> v.set(random.nextFloat()));
		final List<Integer> sizes = new ArrayList<>();
		final TilePredictor<FloatType> batching = new TilePredictor<>()
		{
			@Override
			public RandomAccessibleInterval<? extends RealType<?>> predict(final Tile tile, final RandomAccessibleInterval<FloatType> pixels)
			{
				sizes.add(1);
				return pixels;
			}

			@Override
			public int batchSize()
			{
				return 4;
			}

			@Override
			public List<RandomAccessibleInterval<? extends RealType<?>>> predictAll(final List<Tile> tiles, final List<RandomAccessibleInterval<FloatType>> pixels)
			{
				sizes.add(tiles.size());
				return new ArrayList<>(pixels);
			}
		};
		final ArrayImg<FloatType, FloatArray> one = ArrayImgs.floats(230, 170), four = ArrayImgs.floats(230, 170);
		new TileBlender(PLAN, Taper.COSINE).blendMaps(TileSources.of(image), BlendSinks.into(one));
		new TileBlender(PLAN, Taper.COSINE).blend(TileSources.of(image), batching, BlendSinks.into(four));
		assertArrayEquals(one.update(null).getCurrentStorageArray(), four.update(null).getCurrentStorageArray());
		assertEquals(PLAN.tileCount(), sizes.stream().mapToInt(Integer::intValue).sum());
		assertTrue(sizes.contains(4), "batches of four: " + sizes);
	}

	private static List<String> masks(final List<Instance> instances)
	{
		final List<String> out = new ArrayList<>();
		for (final Instance i : instances)
			out.add(i.box() + " " + i.area() + " " + i.mask().hashCode());
		out.sort(null);
		return out;
	}
}
