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
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

import scala.Tuple2;

/**
 * The driver's side of the job: plans blocks of tiles over the images of a batch, runs one
 * task per block in the executors, then merges the blocks' open objects in a second stage
 * keyed by seam and corner, and collects each image's objects in canonical order.
 * <p>
 * <b>Why the result equals the single-machine merge.</b> Every tile, and so every tile
 * prediction, is the single-machine plan's; ids keep the runner's order, and the streaming
 * runner's result is the merge of all an image's tile predictions P ({@link io.github.smm.tile.TiledMerge}).
 * Call two predictions <i>candidates</i> by the block tasks' rule (box gap ≤ ρ, same class unless
 * class-agnostic or resolving overlaps, {@link io.github.smm.index.Candidates}) and take the
 * <i>key graph</i> K of {@link KeyGraph}: for {@code smm-exact} and {@code smm-greedy} its edges
 * are the merge's attracting edges (candidates of the merge's class rule with w &gt; λ and no
 * cannot-link) and, when overlaps are resolved, the pairs sharing a pixel; for the baselines
 * every candidate pair.
 * </p>
 * <p>
 * <i>Restriction lemma</i>: for U ⊆ P a union of whole components of K, the merge of U equals
 * the merge of P restricted to U, object for object. (1) The merge sorts its input canonically,
 * a total order, so U keeps P's relative order; candidate pairs are decided pair by pair and come
 * sorted, and {@link io.github.smm.graph.CandidateGraph#build} computes each weight and shared
 * view from the two instances alone: U's graph is P's induced subgraph, bit for bit. (2) The
 * merge's problem keeps only the edges inside one attracting component
 * ({@link io.github.smm.SpatialMaskMerging#problem}); attracting edges are key edges, so each
 * attracting component of P lies inside U or outside it, and U's components and their edges are
 * exactly P's. (3) Cannot-links act transitively (a and c apart forbids a, b, c together though
 * a–b and b–c attract), but only inside one attracting component: an edge between two components
 * is dropped, so a component is constrained by the cannot-links among its own members, which it
 * keeps wherever it is merged. (4) {@link io.github.smm.solve.CorrelationClustering} solves each
 * component alone, its vertices ascending (canonical order), with its own work budget (counted
 * work, never time) and size limit, and breaks exact ties by vertex index, i.e. by that order:
 * every component gets the same partition, exact or greedy. (5) Fusion reads only a cluster's
 * members. (6) Overlap resolution takes from an output the pixels of stronger outputs that share
 * pixels with it (priority score, area, then cluster order, which is the order of the clusters'
 * first members, kept in U) and gives an emptied output to the stronger one sharing most pixels;
 * outputs share pixels only where members do, those pairs are key edges, so no output of U shares
 * a pixel with one outside. (7) Outputs are named by their canonically first member
 * ({@link GroupMerge}), not by position. For the baselines K is the candidate graph, the
 * property the streaming runner rests on.
 * </p>
 * <p>
 * <i>The stages.</i> A block task sees every pair of its own predictions. A candidate component
 * with no member that can be a candidate of another block's prediction ({@link Block#isInner})
 * is a whole candidate component of the image, so a union of K-components. Among the others it
 * builds K; a K-component with no member that is not inner has no edge leaving the block, so it
 * is a whole K-component of the image. The block merges all these (a union of whole
 * K-components: the lemma applies) and returns the rest, with their block-local K-components,
 * as open. A K-component X of the image with an open member has all its members open: if X lies
 * in one block it is one local component; otherwise each local component of X in a block B is
 * joined to the rest of X by an edge leaving B, whose end in B is not inner. So the open
 * predictions are a union of whole K-components. A key edge between blocks A and Q is a candidate
 * pair, so each end lies within ρ of the other block's region (the union of its tile windows,
 * which holds its predictions): both ends meet, with their masks, in the one task of {A, Q}
 * ({@link SeamEdges}), which weighs the pair as the merge does. The block-local components and
 * these edges give exactly the K-components of the open predictions ({@link SeamComponents}),
 * each keyed by the set of blocks it touches (a seam: two blocks; a corner: up to four; one
 * block when a component reaches the halo but no other block's prediction). One merge task per
 * key merges a union of whole K-components: the lemma again. The block tasks' sets and the seam
 * tasks' sets partition P, so each prediction ends in exactly one output, and the outputs are the
 * single-machine merge's. Every task is a pure function of its input, so a re-run task returns
 * the same result.
 * </p>
 */
public final class SparkTiledMerge
{
	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SparkTiledMerge.class);

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
		final List<ImageProbe> probed = probe(sc, images);
		final Map<Integer, Broadcast<WholeImageSample>> samples = broadcastSamples(sc, images, probed);
		final List<ImageProbe> probes = new ArrayList<>();
		for (final ImageProbe p : probed)
			probes.add(p.withoutSample());
		final List<BlockTask> tasks = plan(images, probes, samples);
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
			final Map<Integer, ImageResult> byImage = assemble(blocks.filter(r -> !failed.contains(r.image)), images, probes, grids(tasks), stats, write,
					partitions);
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
			samples.values().forEach(b -> b.destroy());
		}
	}

	/**
	 * {@code normalization=whole_image}'s subsample of every image that needs one, read once by
	 * its probe, as one broadcast per image for its block tasks; logged with the number of blocks.
	 */
	private static Map<Integer, Broadcast<WholeImageSample>> broadcastSamples(final JavaSparkContext sc, final List<JobOptions> images, final List<ImageProbe> probes)
	{
		final Map<Integer, Broadcast<WholeImageSample>> out = new HashMap<>();
		for (final ImageProbe p : probes)
			if (p.error == null && p.sample != null)
			{
				out.put(p.image, sc.broadcast(p.sample));
				LOG.info("{}: normalization=whole_image: statistics from a subsample of {} values, read once for the image's blocks", images.get(p.image).get("image_file", "?"),
						p.sample.values());
			}
		return out;
	}

	/**
	 * One task per block of every readable image; one task for an image of
	 * {@code segmenter=bioimageio,instances=blended} (its objects are components of the whole
	 * image's blend, see {@link ModelWorker}), whatever {@code blocks} says, which is logged.
	 */
	private static List<BlockTask> plan(final List<JobOptions> images, final List<ImageProbe> probes, final Map<Integer, Broadcast<WholeImageSample>> samples)
	{
		final List<BlockTask> tasks = new ArrayList<>();
		for (final ImageProbe p : probes)
		{
			if (p.error != null)
				continue;
			final JobOptions o = images.get(p.image);
			final boolean blended = ModelWorker.blended(o);
			if (blended)
				LOG.info("{}: instances=blended runs as one task for the whole image ({} x {} px){}", o.get("image_file", "?"), p.width, p.height,
						o.has("blocks") ? ": blocks=" + o.get("blocks", "") + " does not apply" : "");
			for (final Block b : BlockPlan.of(o.plan(p.width, p.height), p.image, blended ? Integer.MAX_VALUE : o.integer("blocks", DEFAULT_BLOCK)))
				tasks.add(new BlockTask(o, p.width, p.height, p.level, samples.get(p.image), b));
		}
		return tasks;
	}

	/** The blocks of each image. */
	private static Map<Integer, List<Block>> grids(final List<BlockTask> tasks)
	{
		final Map<Integer, List<Block>> out = new HashMap<>();
		for (final BlockTask t : tasks)
			out.computeIfAbsent(t.block.image, i -> new ArrayList<>()).add(t.block);
		return out;
	}

	/** The seam merge per seam and corner ({@link SeamStage}), then each image's objects (written when asked), in the executors. */
	private static Map<Integer, ImageResult> assemble(final JavaRDD<BlockResult> blocks, final List<JobOptions> images, final List<ImageProbe> probes,
			final Map<Integer, List<Block>> grids, final Map<Integer, BlockStats> stats, final boolean write, final int partitions)
	{
		final List<JobOptions> options = new ArrayList<>(images);
		final List<ImageProbe> sizes = new ArrayList<>(probes);
		final Map<Integer, BlockStats> counts = new HashMap<>(stats);
		return blocks.mapToPair(r -> new Tuple2<>(r.image, ImagePart.closed(r.closed))).union(SeamStage.merge(blocks, images, grids, partitions))
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
