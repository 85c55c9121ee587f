package io.github.smm.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import io.github.smm.model.Box;

import scala.Tuple2;

/**
 * The second stage of the block-wise job, keyed by seam and corner. The block tasks' open
 * predictions go to one small task per pair of neighbouring blocks, which finds the key edges
 * between the two blocks with the merge's weights ({@link SeamEdges}); with each block's own
 * components of the key graph ({@link BlockGroups}) these go, per image, to one small task that
 * puts the components of the key graph together and keys each by the set of blocks it touches
 * ({@link SeamComponents}); the open predictions (masks) then go to one merge task per key. A
 * key of two blocks is a seam, of up to four a corner; a component running along several seams
 * gets the larger set it touches.
 */
final class SeamStage
{
	private SeamStage()
	{}

	/** The objects of every seam task, keyed by image, with the group each task merged; {@code grids}: the blocks of each image. */
	static JavaPairRDD<Integer, ImagePart> merge(final JavaRDD<BlockResult> blocks, final List<JobOptions> images, final Map<Integer, List<Block>> grids,
			final int partitions)
	{
		final List<JobOptions> options = new ArrayList<>(images);
		// one copy per executor, not one per task: the regions of every block of the batch
		final Broadcast<Map<Integer, long[]>> grid = JavaSparkContext.fromSparkContext(blocks.context()).broadcast(regions(grids));
		final int p = Math.max(1, partitions);
		final JavaRDD<BlockResult> open = blocks.filter(r -> !r.open.isEmpty());
		final JavaPairRDD<Integer, long[]> edges = open
				.flatMapToPair(r -> SeamEdges.near(r, boxes(grid.value().get(r.image)), options.get(r.image).mergeOptions().rho()).iterator()).groupByKey(p)
				.flatMapToPair(e -> ofImage(e._1.image, SeamEdges.edges(e._2, options.get(e._1.image).mergeOptions())).iterator());
		final JavaPairRDD<Long, SeamKey[]> keys = open.mapToPair(r -> new Tuple2<>(r.image, BlockGroups.of(r))).cogroup(edges)
				.flatMapToPair(e -> perBlock(e._1, SeamComponents.keys(e._1, e._2._1, e._2._2)).iterator());
		return open.mapToPair(r -> new Tuple2<>(blockKey(r.image, r.block), r.open)).join(keys, p).flatMapToPair(e -> keyed(e._2._1, e._2._2).iterator())
				.groupByKey(p).mapToPair(e -> new Tuple2<>(e._1.image, seamTask(e._1, e._2, options.get(e._1.image))));
	}

	/** The regions of each image's blocks, by block index, packed as {@code minX, minY, maxX, maxY} per block. */
	private static Map<Integer, long[]> regions(final Map<Integer, List<Block>> grids)
	{
		final Map<Integer, long[]> out = new HashMap<>();
		grids.forEach((image, blocks) -> {
			final long[] packed = new long[4 * blocks.size()];
			for (final Block b : blocks)
			{
				final Box r = b.region();
				System.arraycopy(new long[] { r.minX, r.minY, r.maxX, r.maxY }, 0, packed, 4 * b.index, 4);
			}
			out.put(image, packed);
		});
		return out;
	}

	private static Box[] boxes(final long[] packed)
	{
		final Box[] out = new Box[packed.length / 4];
		for (int b = 0; b < out.length; b++)
			out[b] = new Box(packed[4 * b], packed[4 * b + 1], packed[4 * b + 2], packed[4 * b + 3]);
		return out;
	}

	private static List<Tuple2<Integer, long[]>> ofImage(final int image, final List<long[]> edges)
	{
		final List<Tuple2<Integer, long[]>> out = new ArrayList<>(edges.size());
		for (final long[] e : edges)
			out.add(new Tuple2<>(image, e));
		return out;
	}

	/** One seam task: the merge of the open predictions of its components, in id order (a union of whole components). */
	static ImagePart seamTask(final SeamKey key, final Iterable<ObjectRecord> members, final JobOptions o)
	{
		final List<ObjectRecord> sorted = new ArrayList<>();
		members.forEach(sorted::add);
		sorted.sort(Comparator.comparingLong(ObjectRecord::id));
		return ImagePart.seam(SparkTiledMerge.seamMerge(sorted, o), new SeamGroup(key, sorted.size()));
	}

	private static List<Tuple2<SeamKey, ObjectRecord>> keyed(final List<ObjectRecord> open, final SeamKey[] keys)
	{
		if (keys.length != open.size())
			throw new IllegalStateException(open.size() + " open predictions but " + keys.length + " seam keys");
		final List<Tuple2<SeamKey, ObjectRecord>> out = new ArrayList<>(open.size());
		for (int i = 0; i < keys.length; i++)
			out.add(new Tuple2<>(keys[i], open.get(i)));
		return out;
	}

	private static List<Tuple2<Long, SeamKey[]>> perBlock(final int image, final Map<Integer, SeamKey[]> keys)
	{
		final List<Tuple2<Long, SeamKey[]>> out = new ArrayList<>(keys.size());
		keys.forEach((block, k) -> out.add(new Tuple2<>(blockKey(image, block), k)));
		return out;
	}

	private static long blockKey(final int image, final int block)
	{
		return ((long) image << 32) | block;
	}
}
