package io.github.smm.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.smm.MergeOptions;
import io.github.smm.Preset;
import io.github.smm.volume.BlockPlan;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VoxelSize;
import io.github.smm.volume.tiled.CompressedTiffStackWriter.Compression;
import io.github.smm.volume.tiled.BlockSegmenter;
import io.github.smm.volume.tiled.LabelStackTiffSink;
import io.github.smm.volume.tiled.ThresholdBlockSegmenter;
import io.github.smm.volume.tiled.TiffStack;
import io.github.smm.volume.tiled.TiledVolumeMerge;
import io.github.smm.volume.tiled.TiledVolumeReport;
import io.github.smm.volume.tiled.WatershedBlockSegmenter;

/**
 * The 3D tiled runner on a volume streamed from disk ({@code bench --scene voronoi3d-disk}): a
 * generated Voronoi volume written as an 8-bit TIFF stack of bright cell interiors and dark
 * boundaries ({@link CellStack}); then, with only the file in hand, the runner reads it block by
 * block, thresholds each block and takes 6-connected components, merges slab by slab and writes
 * the label stack slice by slice. The label stack is then scored slice by slice against the
 * regenerated truth (each cell's interior). Run it with {@code -Xmx1g} to check the memory bound.
 * The last line printed is JSON.
 */
final class VolumeDiskBench
{
	static final String USAGE = "usage: java -Xmx1g -jar smm.jar bench --scene voronoi3d-disk [options]\n"
			+ "  --width N / --height N / --depth N   volume size in voxels (1024 / 1024 / 256)\n"
			+ "  --block N             block size in voxels along x and y (128)\n"
			+ "  --block-z N           block size in voxels along z (--block)\n"
			+ "  --overlap N           block overlap in voxels along each axis (16)\n"
			+ "  --halo N              voxels of each block's inner faces that are context only (overlap / 4)\n"
			+ "  --voxel-size Z,Y,X    voxel size in µm (0.5,0.5,0.5)\n"
			+ "  --spacing S           cell spacing in µm (15)\n"
			+ "  --dir DIR             where the image and the label stack are written (a temporary folder; deleted unless --keep true)\n"
			+ "  --keep true|false     keep the files (false)\n"
			+ "  --compression none|lzw|deflate|packbits   how the image is stored (none: ImageJ's uncompressed layout, one strip per slice)\n"
			+ "  --predictor true|false   horizontal differencing before lzw or deflate (false)\n"
			+ "  --rows-per-strip N    rows per strip of a compressed image (about 8 KB strips, as libtiff writes them)\n"
			+ "  --tile N              store the image in tiles of N x N (a multiple of 16; 0: strips) (0)\n"
			+ "  --segmenter components|watershed   threshold + 6-connected components, or + the seeded 3D watershed (components)\n"
			+ "  --split-depth D       the watershed's split depth in x voxels (1)\n"
			+ "  --threads N           (2)\n"
			+ "  --seed N              (1)";

	private VolumeDiskBench()
	{}

	static boolean wants(final String[] args)
	{
		for (int i = 0; i + 1 < args.length; i++)
			if (args[i].equals("--scene") && args[i + 1].equals("voronoi3d-disk"))
				return true;
		return false;
	}

	static int run(final String[] args, final PrintStream out, final PrintStream err)
	{
		return VolumeBench.run(args, out, err, USAGE, VolumeDiskBench::measure);
	}

	static Map<String, Object> measure(final Map<String, String> options, final PrintStream out) throws IOException
	{
		final Map<String, String> o = new LinkedHashMap<>(options);
		o.remove("scene");
		final int w = VolumeBench.intOption(o, "width", 1024), h = VolumeBench.intOption(o, "height", 1024), d = VolumeBench.intOption(o, "depth", 256);
		final int block = VolumeBench.intOption(o, "block", 128), blockZ = VolumeBench.intOption(o, "block-z", block), overlap = VolumeBench.intOption(o, "overlap", 16), halo = VolumeBench.intOption(o, "halo", BlockPlan.defaultHalo(overlap)), threads = VolumeBench.intOption(o, "threads", 2), seed = VolumeBench.intOption(o, "seed", 1);
		final VoxelSize voxel = VoxelSize.parse(o.getOrDefault("voxel-size", "0.5,0.5,0.5"));
		final double spacing = Double.parseDouble(o.getOrDefault("spacing", "15"));
		final boolean keep = Boolean.parseBoolean(o.getOrDefault("keep", "false"));
		final String segmenterName = o.getOrDefault("segmenter", "components");
		final double splitDepth = Double.parseDouble(o.getOrDefault("split-depth", "1"));
		final Compression compression = Compression.parse(o.getOrDefault("compression", "none"));
		final boolean predictor = Boolean.parseBoolean(o.getOrDefault("predictor", "false"));
		final int rowsPerStrip = VolumeBench.intOption(o, "rows-per-strip", Math.max(1, 8192 / w)), tile = VolumeBench.intOption(o, "tile", 0);
		final Path dir = o.containsKey("dir") ? Files.createDirectories(Paths.get(o.get("dir"))) : Files.createTempDirectory("smm-voronoi3d-disk");
		for (final String k : new String[] { "voxel-size", "spacing", "keep", "dir", "segmenter", "split-depth", "compression", "predictor" })
			o.remove(k);
		if (!o.isEmpty())
			throw new IllegalArgumentException("unknown option --" + o.keySet().iterator().next());
		final Map<String, Object> r = new LinkedHashMap<>();
		r.put("scene", "voronoi3d-disk");
		r.put("width", w);
		r.put("height", h);
		r.put("depth", d);
		r.put("block", block);
		r.put("block_z", blockZ);
		r.put("overlap", overlap);
		r.put("halo", halo);
		r.put("voxel_size", voxel.toString());
		r.put("threads", threads);
		final boolean plain = compression == Compression.NONE && tile == 0 && !predictor && !options.containsKey("rows-per-strip");
		r.put("storage", plain ? "uncompressed, one strip per slice" : compression.name().toLowerCase(Locale.ROOT) + (predictor ? " + predictor 2" : "") + ", " + (tile > 0 ? "tiles " + tile + " x " + tile : "strips of " + rowsPerStrip + " rows"));
		r.put("segmenter", segmenterName.equals("watershed") ? "watershed, split_depth " + splitDepth : segmenterName);
		final Path image = dir.resolve("cells.tif"), labels = dir.resolve("labels.tif");
		long t = System.nanoTime();
		final long[] interior = writeImage(w, h, d, voxel, spacing, seed, threads, image, plain ? null : s -> s.write(image, compression, predictor, rowsPerStrip, tile));
		r.put("write_image_seconds", seconds(t));
		r.put("image_mb", Files.size(image) / 1e6);
		System.gc();
		HeapMeter.resetPeaks();
		r.put("load_average_start", CpuClock.loadAverage());
		final BlockPlan plan = BlockPlan.of(w, h, d, new int[] { block, block, blockZ }, new int[] { overlap, overlap, overlap }).withHalo(new int[] { halo, halo, halo });
		final TiledVolumeReport report;
		try (TiffStack stack = new TiffStack(image))
		{
			final MergeOptions merge = MergeOptions.preset(Preset.MICROSCOPY).withThreads(threads);
			report = new TiledVolumeMerge(plan, merge, stack.voxelSize()).run(stack, segmenter(segmenterName, splitDepth, stack.voxelSize()),
					new LabelStackTiffSink(labels, plan.extent(), stack.voxelSize(), "micron"));
		}
		r.put("load_average_end", CpuClock.loadAverage());
		r.put("run_seconds", round(report.seconds()));
		r.put("read_seconds", round(report.readSeconds()));
		r.put("segment_seconds", round(report.segmentSeconds()));
		r.put("merge_seconds", round(report.mergeSeconds()));
		r.put("blocks", report.blocks());
		r.put("predictions", report.inputInstances());
		r.put("outputs", report.outputs());
		r.put("merge_calls", report.mergeCalls());
		r.put("peak_live_predictions", report.peakLiveInstances());
		r.put("peak_live_voxels_sparse", report.peakLiveVoxels());
		r.put("peak_dense_voxels", report.peakBlockVoxels());
		r.put("peak_heap_mb", round(HeapMeter.peakMb()));
		r.put("peak_heap_after_gc_mb", round(HeapMeter.peakAfterGcMb()));
		r.put("max_heap_mb", round(HeapMeter.maxMb()));
		t = System.nanoTime();
		final Map<String, Integer> q = score(w, h, d, voxel, spacing, seed, threads, labels, interior);
		r.put("score_seconds", seconds(t));
		r.putAll(q);
		if (!keep)
		{
			Files.deleteIfExists(image);
			Files.deleteIfExists(labels);
			Files.deleteIfExists(dir);
		}
		out.printf(Locale.ROOT, "volume %d x %d x %d voxels from disk (%.0f MB, " + r.get("storage") + "), %s, " + r.get("segmenter") + ": %d block predictions -> %d objects in %.1f s (read %.1f, segment %.1f, merge %.1f)%n", w, h, d,
				(double) r.get("image_mb"), plan, report.inputInstances(), report.outputs(), report.seconds(), report.readSeconds(), report.segmentSeconds(), report.mergeSeconds());
		out.printf(Locale.ROOT, "cells %d; errors %d (split %d, wrong merges %d, wrong masks %d, missed %d); peak heap %.0f MB (after a collection %.0f MB) of %.0f MB; peak live %d predictions; load %.2f -> %.2f%n",
				q.get("cells"), q.get("errors"), q.get("split"), q.get("wrong_merges"), q.get("wrong_masks"), q.get("missed"), HeapMeter.peakMb(), HeapMeter.peakAfterGcMb(), HeapMeter.maxMb(),
				report.peakLiveInstances(), (double) r.get("load_average_start"), (double) r.get("load_average_end"));
		return r;
	}

	private static BlockSegmenter segmenter(final String name, final double splitDepth, final VoxelSize voxel)
	{
		final double level = (CellStack.INSIDE + CellStack.BOUNDARY) / 2;
		switch (name)
		{
		case "components":
			return new ThresholdBlockSegmenter(level, false, 0);
		case "watershed":
			return new WatershedBlockSegmenter(level, false, 0, splitDepth, voxel);
		default:
			throw new IllegalArgumentException("--segmenter " + name + ": give components or watershed");
		}
	}

	/** How the image is written (null: ImageJ's uncompressed layout). */
	private interface Writing
	{
		void write(CellStack stack) throws IOException;
	}

	/** Writes the image; returns the interior volume of every cell (index = label). */
	private static long[] writeImage(final int w, final int h, final int d, final VoxelSize voxel, final double spacing, final int seed, final int threads, final Path image, final Writing writing)
			throws IOException
	{
		final CellStack stack = new CellStack(VoronoiVolume.generate(w, h, d, voxel, spacing, seed, threads));
		if (writing == null)
			stack.write(image);
		else
			writing.write(stack);
		final long[] interior = new long[stack.labelCount() + 1];
		for (int l = 1; l < interior.length; l++)
			interior[l] = stack.interiorVolume(l);
		return interior;
	}

	/**
	 * Reads the label stack slice by slice against the regenerated truth: {@code split} = cells
	 * in two or more objects, {@code wrong_merges} = objects over two or more cells,
	 * {@code wrong_masks} = one-to-one pairs whose voxels are not the cell's interior,
	 * {@code missed} = cells with an interior and no object.
	 */
	private static Map<String, Integer> score(final int w, final int h, final int d, final VoxelSize voxel, final double spacing, final int seed, final int threads, final Path labels,
			final long[] interior) throws IOException
	{
		final VoronoiVolume truth = VoronoiVolume.generate(w, h, d, voxel, spacing, seed, threads);
		final Map<Long, long[]> pairs = new HashMap<>();
		final int[] cell = new int[w * h];
		try (TiffStack out = new TiffStack(labels))
		{
			for (int z = 0; z < d; z++)
			{
				final Box3 slice = new Box3(0, 0, z, w, h, z + 1);
				truth.fill(slice, cell);
				final float[] object = out.read(slice);
				for (int i = 0; i < object.length; i++)
					if (object[i] > 0)
						pairs.computeIfAbsent((long) object[i] << 32 | cell[i], k -> new long[1])[0]++;
			}
		}
		catch (final UncheckedIOException e)
		{
			throw e.getCause();
		}
		final Map<Integer, Integer> objectsOfCell = new HashMap<>(), cellsOfObject = new HashMap<>();
		for (final long key : pairs.keySet())
		{
			objectsOfCell.merge((int) key, 1, Integer::sum);
			cellsOfObject.merge((int) (key >>> 32), 1, Integer::sum);
		}
		int split = 0, merges = 0, masks = 0, missed = 0, cells = 0;
		for (final int n : objectsOfCell.values())
			split += n > 1 ? 1 : 0;
		for (final int n : cellsOfObject.values())
			merges += n > 1 ? 1 : 0;
		for (final Map.Entry<Long, long[]> e : pairs.entrySet())
		{
			final int o = (int) (e.getKey() >>> 32), c = (int) (long) e.getKey();
			if (objectsOfCell.get(c) == 1 && cellsOfObject.get(o) == 1 && e.getValue()[0] != interior[c])
				masks++;
		}
		for (int l = 1; l < interior.length; l++)
			if (interior[l] > 0)
			{
				cells++;
				missed += objectsOfCell.containsKey(l) ? 0 : 1;
			}
		final Map<String, Integer> q = new LinkedHashMap<>();
		q.put("cells", cells);
		q.put("objects_written", cellsOfObject.size());
		q.put("split", split);
		q.put("wrong_merges", merges);
		q.put("wrong_masks", masks);
		q.put("missed", missed);
		q.put("errors", split + merges + masks + missed);
		return q;
	}

	private static double seconds(final long start)
	{
		return round((System.nanoTime() - start) / 1e9);
	}

	private static double round(final double v)
	{
		return Math.round(v * 1000) / 1000.0;
	}
}
