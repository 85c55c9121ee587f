package io.github.smm.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;

import io.github.smm.MergeOptions;
import io.github.smm.Method;
import io.github.smm.Preset;
import io.github.smm.graph.OverlapMeasure;
import io.github.smm.volume.BlockPlan;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VolumeMerge;
import io.github.smm.volume.VolumeMergeResult;
import io.github.smm.volume.VoxelSize;

/**
 * The 3D merging bench ({@code bench --scene voronoi3d}): a generated Voronoi volume of touching
 * cells cut into overlapping blocks, perfect block predictions (dense label blocks read back into
 * sparse masks), merged with SMM and scored against the truth. The last line printed is JSON.
 */
public final class VolumeBench
{
	static final String USAGE = "usage: java -jar smm.jar bench --scene voronoi3d [options]\n"
			+ "  --size N              volume width, height and depth in voxels (256)\n"
			+ "  --depth N             volume depth in voxels, when it differs (--size)\n"
			+ "  --block N             block size in voxels along each axis (128)\n"
			+ "  --overlap N           block overlap in voxels along each axis (16)\n"
			+ "  --voxel-size Z,Y,X    voxel size in µm (0.5,0.5,0.5)\n"
			+ "  --spacing S           cell spacing in µm (15)\n"
			+ "  --method M            smm-exact | smm-greedy | components (smm-exact)\n"
			+ "  --overlap-measure O   window_iou | iou | ios (the preset's: window_iou)\n"
			+ "  --repeat N            merges to time; the median is reported (1)\n"
			+ "  --threads N           (2)\n"
			+ "  --seed N              (1)";

	private VolumeBench()
	{}

	/** Whether {@code args} ask for this bench ({@code --scene voronoi3d}). */
	static boolean wants(final String[] args)
	{
		for (int i = 0; i + 1 < args.length; i++)
			if (args[i].equals("--scene") && args[i + 1].equals("voronoi3d"))
				return true;
		return false;
	}

	/** @return 0 on success, 2 on a usage error (named on {@code err}) */
	static int run(final String[] args, final PrintStream out, final PrintStream err)
	{
		return run(args, out, err, USAGE, VolumeBench::measure);
	}

	/** How a 3D bench measures, from its options (without the dashes). */
	interface Measure
	{
		Map<String, Object> measure(Map<String, String> options, PrintStream out) throws java.io.IOException;
	}

	/** Runs a 3D bench: {@code --help}, option pairs, the measure, its JSON as the last line; 1 when it fails on a file. */
	static int run(final String[] args, final PrintStream out, final PrintStream err, final String usage, final Measure measure)
	{
		if (Arrays.asList(args).contains("--help"))
		{
			out.println(usage);
			return 0;
		}
		final Map<String, String> o = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i += 2)
		{
			if (i + 1 >= args.length || !args[i].startsWith("--"))
			{
				err.println("bench: option " + args[i] + " needs a value\n" + usage);
				return 2;
			}
			o.put(args[i].substring(2), args[i + 1]);
		}
		try
		{
			out.println(new Gson().toJson(measure.measure(o, out)));
			return 0;
		}
		catch (final IllegalArgumentException e)
		{
			err.println("bench: " + e.getMessage() + "\n" + usage);
			return 2;
		}
		catch (final java.io.IOException e)
		{
			err.println("bench: " + e.getMessage());
			return 1;
		}
	}

	static int intOption(final Map<String, String> o, final String key, final int fallback)
	{
		final String v = o.remove(key);
		try
		{
			return v == null ? fallback : Integer.parseInt(v);
		}
		catch (final NumberFormatException e)
		{
			throw new IllegalArgumentException("--" + key + " '" + v + "' is not a whole number");
		}
	}

	static Map<String, Object> measure(final Map<String, String> options, final PrintStream out)
	{
		final Map<String, String> o = new LinkedHashMap<>(options);
		o.remove("scene");
		final int size = intOption(o, "size", 256), depth = intOption(o, "depth", size), block = intOption(o, "block", 128), overlap = intOption(o, "overlap", 16);
		final int repeat = Math.max(1, intOption(o, "repeat", 1)), threads = intOption(o, "threads", 2), seed = intOption(o, "seed", 1);
		final VoxelSize voxel = VoxelSize.parse(o.getOrDefault("voxel-size", "0.5,0.5,0.5"));
		o.remove("voxel-size");
		final double spacing = Double.parseDouble(o.getOrDefault("spacing", "15"));
		o.remove("spacing");
		MergeOptions merge = MergeOptions.preset(Preset.MICROSCOPY).withThreads(threads).withMethod(Method.parse(o.getOrDefault("method", "smm-exact")));
		o.remove("method");
		if (o.containsKey("overlap-measure"))
			merge = merge.withOverlapMeasure(OverlapMeasure.parse(o.remove("overlap-measure")));
		if (!o.isEmpty())
			throw new IllegalArgumentException("unknown option --" + o.keySet().iterator().next());
		HeapMeter.resetPeaks();
		final Map<String, Object> r = new LinkedHashMap<>();
		r.put("scene", "voronoi3d");
		r.put("size", size);
		r.put("depth", depth);
		r.put("block", block);
		r.put("overlap", overlap);
		r.put("voxel_size", voxel.toString());
		r.put("spacing", spacing);
		r.put("method", merge.method().token());
		r.put("overlap_measure", merge.overlapMeasure().token());
		r.put("threads", threads);
		r.put("load_average_start", CpuClock.loadAverage());
		long t = System.nanoTime();
		final VoronoiVolume scene = VoronoiVolume.generate(size, size, depth, voxel, spacing, seed, threads);
		final TreeMap<Integer, VolumeMask> truth = scene.cells();
		r.put("scene_seconds", seconds(t));
		r.put("truth_cells", truth.size());
		t = System.nanoTime();
		final BlockPlan plan = BlockPlan.of(size, size, depth, new int[] { block, block, block }, new int[] { overlap, overlap, overlap });
		final VolumePredictions p = VolumePredictions.predict(scene, plan, seed, threads);
		r.put("blocks", plan.blocks().size());
		r.put("predict_seconds", seconds(t));
		r.put("predictions", p.instances.size());
		r.put("peak_dense_voxels", p.peakDenseVoxels);
		r.put("prediction_runs", p.sparseRuns);
		final double[] times = new double[repeat];
		VolumeMergeResult result = null;
		for (int i = 0; i < repeat; i++)
		{
			result = VolumeMerge.merge(p.instances, merge, voxel);
			times[i] = result.mergeSeconds();
		}
		final VolumeQuality q = VolumeQuality.score(truth, p.truthLabel, result.clusterOfInput(), result.merged());
		r.put("outputs", result.merged().size());
		r.put("merge_seconds", median(times));
		r.put("merge_seconds_all", times);
		r.put("stage_seconds", result.stageSeconds());
		r.put("components", result.components().size());
		r.put("proven_optimal_components", result.provenOptimalComponents());
		r.put("split", q.split);
		r.put("wrong_merges", q.wrongMerges);
		r.put("wrong_masks", q.wrongMasks);
		r.put("missed", q.missed);
		r.put("errors", q.errors());
		r.put("peak_heap_mb", round(HeapMeter.peakMb()));
		r.put("peak_heap_after_gc_mb", round(HeapMeter.peakAfterGcMb()));
		r.put("max_heap_mb", round(HeapMeter.maxMb()));
		r.put("load_average_end", CpuClock.loadAverage());
		out.printf(Locale.ROOT, "volume %d x %d x %d voxels (%s µm), %d cells; %s, %d block predictions (peak %d dense voxels resident)%n", size, size, depth, voxel, truth.size(), plan,
				p.instances.size(), p.peakDenseVoxels);
		out.printf(Locale.ROOT, "merge %s: %d outputs, merge %.3f s (median of %s), %d of %d components proven optimal%n", merge.method().token(), result.merged().size(), median(times),
				Arrays.toString(times), result.provenOptimalComponents(), result.components().size());
		out.printf(Locale.ROOT, "errors %d (split %d, wrong merges %d, wrong masks %d, missed %d); heap peak after a collection %.0f MB of %.0f MB; load %.2f -> %.2f%n", q.errors(), q.split,
				q.wrongMerges, q.wrongMasks, q.missed, HeapMeter.peakAfterGcMb(), HeapMeter.maxMb(), (double) r.get("load_average_start"), (double) r.get("load_average_end"));
		return r;
	}

	private static double seconds(final long start)
	{
		return round((System.nanoTime() - start) / 1e9);
	}

	private static double round(final double v)
	{
		return Math.round(v * 1000) / 1000.0;
	}

	private static double median(final double[] v)
	{
		final double[] s = v.clone();
		Arrays.sort(s);
		return s[s.length / 2];
	}
}
