package io.github.smm.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

import scala.Tuple2;

/**
 * The driver's side of the job: plans blocks of tiles over the images of a batch, runs one
 * task per block in the executors, then merges the blocks' open objects in a second stage
 * keyed by seam and corner, and collects each image's objects in canonical order.
 * <p>
 * <b>Why the result equals the single-machine merge.</b> Every tile, and so every tile
 * prediction, is the single-machine plan's; ids keep the runner's order. Call two predictions
 * linked when they are candidates (box gap ≤ ρ, same class unless grouped across classes, the
 * rule of {@link io.github.smm.index.Candidates}); the merge of a set that is a union of whole
 * connected components of this graph over the image equals the single-machine merge restricted
 * to it — the property the streaming runner rests on ({@link io.github.smm.tile.TiledMerge}):
 * the solver works on components of edges with w &gt; λ, which are subgraphs of candidate
 * components, in canonical order, fusion is per cluster and overlap resolution meets only
 * members of one group. A block task groups its predictions into components of its own graph.
 * A component none of whose members can be a candidate of another block's prediction
 * ({@link Block#isInner}: those lie in the other tiles' windows, beyond the block's limits by
 * more than ρ) has no link leaving the block, so it is a whole component of the image's graph,
 * merged in the task. Every other component reaches the halo; a component of the image's graph
 * that has a member in such a component has all its members in such components (its links out
 * of a block start at members that are not inner), so the open predictions of all blocks are a
 * union of whole components. The second stage ({@link SeamStage}) splits them without
 * cutting a component: from the boxes and classes alone (the candidate rule needs nothing
 * else) it finds the components of the candidate graph among an image's open predictions —
 * the same graph restricted to a union of whole components, so these are whole components of
 * the image's graph — and keys each by the set of blocks its members come from (a seam: two
 * blocks; a corner: up to four; one block when a component reaches the halo but no other
 * block's prediction; more for a component running along several seams). One merge task per
 * key merges a union of whole components, which by the property above equals the
 * single-machine merge restricted to it; the keys partition the open predictions. The block
 * tasks' sets and the seam tasks' sets are disjoint and cover every prediction, so each
 * prediction ends in exactly one output, and the outputs are the single-machine merge's. The exact solver's work limit counts work, not time, so no run depends on the load.
 * </p>
 */
public final class SparkTiledMerge
{
	/** Default block side in pixels. */
	public static final int DEFAULT_BLOCK = 4096;

	private SparkTiledMerge()
	{}

	/** One task per image, each running the single-machine streaming runner on its image. */
	public static List<ImageResult> wholeImages(final JavaSparkContext sc, final List<JobOptions> images)
	{
		for (final JobOptions o : images)
			WorkerSegmenters.check(o);
		return sc.parallelize(images, Math.max(1, images.size())).map(ImageRun::wholeImage).collect();
	}

	/**
	 * Block-wise: blocks of {@code blocks} pixels (option, default {@value #DEFAULT_BLOCK}) over
	 * every image, spread over {@code partitions} tasks, then the seam merge per seam and corner; the
	 * objects of every image come back to the driver.
	 */
	public static List<ImageResult> blockwise(final JavaSparkContext sc, final List<JobOptions> images, final int partitions)
	{
		return run(sc, images, partitions, false, line -> {});
	}

	/**
	 * As {@link #blockwise}, but each image's objects are written by its task (see
	 * {@link ImageOutputs}) and only the counts come back to the driver.
	 */
	public static List<ImageResult> blockwiseWritten(final JavaSparkContext sc, final List<JobOptions> images, final int partitions)
	{
		return run(sc, images, partitions, true, line -> {});
	}

	/** As {@link #blockwiseWritten}, reporting the tiles done to {@code progress} (see {@link Progress}). */
	public static List<ImageResult> blockwiseWritten(final JavaSparkContext sc, final List<JobOptions> images, final int partitions, final Consumer<String> progress)
	{
		return run(sc, images, partitions, true, progress);
	}

	/**
	 * The run. A bad image (unreadable, a failing tile, an output that cannot be written) ends
	 * as a failed {@link ImageResult} naming its file and the others go on; with
	 * {@code fail_fast} its task throws an {@link ImageFailure} and the job stops.
	 */
	private static List<ImageResult> run(final JavaSparkContext sc, final List<JobOptions> images, final int partitions, final boolean write,
			final Consumer<String> sink)
	{
		for (final JobOptions o : images)
			WorkerSegmenters.check(o);
		final List<ImageProbe> probes = probe(sc, images);
		final List<BlockTask> tasks = plan(images, probes);
		final Progress progress = new Progress(sc, tasks.stream().mapToLong(t -> (long) t.block.tiles()).sum(), sink);
		final LongAccumulator done = progress.tilesDone();
		try
		{
			final JavaRDD<BlockResult> blocks = sc.parallelize(tasks, Math.max(1, partitions)).map(t -> BlockTask.runInTask(t, done))
					.persist(StorageLevel.MEMORY_AND_DISK());
			final Map<Integer, BlockStats> stats = new HashMap<>(blocks.mapToPair(r -> new Tuple2<>(r.image, BlockStats.of(r))).reduceByKey(BlockStats::plus).collectAsMap());
			final Set<Integer> failed = new HashSet<>();
			stats.forEach((image, s) -> {
				if (s.error != null)
					failed.add(image);
			});
			final Map<Integer, ImageResult> byImage = assemble(blocks.filter(r -> !failed.contains(r.image)), images, probes, stats, write, partitions);
			blocks.unpersist();
			final List<ImageResult> out = new ArrayList<>();
			for (int i = 0; i < images.size(); i++)
			{
				final String file = images.get(i).get("image_file", "");
				final String error = probes.get(i).error != null ? probes.get(i).error : failed.contains(i) ? stats.get(i).error : null;
				out.add(error != null ? ImageResult.failed(file, error) : byImage.get(i));
			}
			return out;
		}
		finally
		{
			progress.finish();
		}
	}

	/** One task per block of every readable image. */
	private static List<BlockTask> plan(final List<JobOptions> images, final List<ImageProbe> probes)
	{
		final List<BlockTask> tasks = new ArrayList<>();
		for (final ImageProbe p : probes)
		{
			if (p.error != null)
				continue;
			final JobOptions o = images.get(p.image);
			for (final Block b : BlockPlan.of(o.plan(p.width, p.height), p.image, o.integer("blocks", DEFAULT_BLOCK)))
				tasks.add(new BlockTask(o, p.width, p.height, p.level, b));
		}
		return tasks;
	}

	/** The seam merge per seam and corner ({@link SeamStage}), then each image's objects (written when asked), in the executors. */
	private static Map<Integer, ImageResult> assemble(final JavaRDD<BlockResult> blocks, final List<JobOptions> images, final List<ImageProbe> probes,
			final Map<Integer, BlockStats> stats, final boolean write, final int partitions)
	{
		final List<JobOptions> options = new ArrayList<>(images);
		final List<ImageProbe> sizes = new ArrayList<>(probes);
		final Map<Integer, BlockStats> counts = new HashMap<>(stats);
		return blocks.mapToPair(r -> new Tuple2<>(r.image, ImagePart.closed(r.closed))).union(SeamStage.merge(blocks, images, partitions))
				.reduceByKey(ImagePart::plus).mapToPair(e -> new Tuple2<>(e._1, image(options.get(e._1), sizes.get(e._1), counts.get(e._1), e._2, write)))
				.collectAsMap();
	}

	/** An image's result from its blocks' final objects and its seam tasks' objects, in canonical order; written when asked. */
	private static ImageResult image(final JobOptions o, final ImageProbe p, final BlockStats s, final ImagePart parts, final boolean write)
	{
		final ImageResult r = new ImageResult(o.get("image_file", ""), p.width, p.height, GroupMerge.canonical(parts.objects), s.tiles, s.inputs, s.seconds).withBlocks(s.blocks,
				s.seamInputs).withSeams(parts.seams);
		try
		{
			return write ? r.written(ImageOutputs.write(o, r)) : r;
		}
		catch (final RuntimeException e)
		{
			return ImageResult.failed(r.image(), ImageFailure.handle(o, "output", e));
		}
	}

	private static List<ImageProbe> probe(final JavaSparkContext sc, final List<JobOptions> images)
	{
		final List<Integer> indices = new ArrayList<>();
		for (int i = 0; i < images.size(); i++)
			indices.add(i);
		final List<JobOptions> options = new ArrayList<>(images);
		return sc.parallelize(indices, Math.max(1, images.size())).map(i -> ImageProbe.of(i, options.get(i))).collect();
	}

	/** The merge of a seam task's open predictions (a union of whole components). */
	static List<ObjectRecord> seamMerge(final List<ObjectRecord> open, final JobOptions o)
	{
		return GroupMerge.merge(GroupMerge.instances(open), o.mergeOptions());
	}

}
