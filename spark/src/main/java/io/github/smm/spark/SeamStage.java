package io.github.smm.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;

import scala.Tuple2;

/**
 * The second stage of the block-wise job, keyed by seam and corner: the boxes of every block's
 * open predictions go, per image, to one small task that finds the components of their
 * candidate graph and keys each by the set of blocks it touches ({@link SeamComponents}); the
 * open predictions (masks) then go to one merge task per key. A key of two blocks is a seam, of
 * up to four a corner; a component running along several seams gets the larger set it touches.
 */
final class SeamStage
{
	private SeamStage()
	{}

	/** The objects of every seam task, keyed by image, with the group each task merged. */
	static JavaPairRDD<Integer, ImagePart> merge(final JavaRDD<BlockResult> blocks, final List<JobOptions> images, final int partitions)
	{
		final List<JobOptions> options = new ArrayList<>(images);
		final JavaRDD<BlockResult> open = blocks.filter(r -> !r.open.isEmpty());
		final JavaPairRDD<Long, SeamKey[]> keys = open.mapToPair(r -> new Tuple2<>(r.image, BlockBoxes.of(r.image, r.block, r.open))).groupByKey()
				.flatMapToPair(e -> perBlock(e._1, SeamComponents.keys(e._1, e._2, options.get(e._1).mergeOptions())).iterator());
		return open.mapToPair(r -> new Tuple2<>(blockKey(r.image, r.block), r.open)).join(keys, Math.max(1, partitions))
				.flatMapToPair(e -> keyed(e._2._1, e._2._2).iterator()).groupByKey(Math.max(1, partitions))
				.mapToPair(e -> new Tuple2<>(e._1.image, seamTask(e._1, e._2, options.get(e._1.image))));
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
