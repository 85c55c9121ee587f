package io.github.smm.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.Gson;

import io.github.smm.MergeOptions;
import io.github.smm.bioimageio.ModelPackage;
import io.github.smm.bioimageio.ModelRunner;
import io.github.smm.bioimageio.ModelSegmentation;
import io.github.smm.bioimageio.ModelSegmentationOptions;
import io.github.smm.bioimageio.ModelSegmentationOptions.Normalization;
import io.github.smm.bioimageio.ModelSegmentationReport;
import io.github.smm.model.Instance;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.TileSource;
import io.github.smm.tile.TileSources;
import net.imglib2.type.numeric.real.FloatType;

/**
 * {@code java -jar smm.jar model-bench [--part speed|dsb|large|all] [--threads N] [--models DIR] [--data DIR] [--size N] [--tiles 256,512] [--normalization per_tile,whole_image] [--overlap PX] [--normalization-window PX] [--split-depth PX] [--repeat N] [--smm "key=v,key=v;…"]}:
 * the bioimage.io route on the shared U-Net. {@code speed}: ms per 512² tile in ONNX Runtime
 * and around it; {@code dsb}: the DSB mosaic untiled vs blended vs per_tile + SMM / NMS /
 * greedy NMM, per tile size and normalisation; {@code large}: a generated N² image through the
 * fixed-size model (run it with {@code -Xmx1g}); {@code --repeat N} runs {@code speed} N times
 * and prints the median share ({@code --split-depth} splits in {@code speed} too); {@code --smm}
 * adds, per setting (merge options on top of the defaults, settings separated by {@code ;}), a
 * per_tile + SMM union and central row to {@code dsb}. Prints a line per result and a JSON line.
 */
public final class ModelBench
{
	private final PrintStream out;
	private final int threads;
	private final Path models, data;

	private ModelBench(final PrintStream out, final int threads, final Path models, final Path data)
	{
		this.out = out;
		this.threads = threads;
		this.models = models;
		this.data = data;
	}

	public static int run(final String[] args, final PrintStream out, final PrintStream err) throws Exception
	{
		final Map<String, String> a = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2)
		{
			if (!args[i].startsWith("--"))
				throw new BenchUsageException(args[i], "expected --key value");
			a.put(args[i].substring(2), args[i + 1]);
		}
		if (args.length % 2 != 0)
			throw new BenchUsageException(args[args.length - 1], "needs a value");
		final String part = a.getOrDefault("part", "all");
		if (!List.of("speed", "dsb", "large", "all").contains(part))
			throw new BenchUsageException("--part", "must be speed, dsb, large or all, got " + part);
		final ModelBench b = new ModelBench(out, Integer.parseInt(a.getOrDefault("threads", "" + Runtime.getRuntime().availableProcessors())),
				Paths.get(a.getOrDefault("models", "../shared/models")), Paths.get(a.getOrDefault("data", "../shared/data")));
		if (part.equals("speed") || part.equals("all"))
			b.speed(Integer.parseInt(a.getOrDefault("repeat", "1")), Double.parseDouble(a.getOrDefault("split-depth", "0")));
		if (part.equals("dsb") || part.equals("all"))
			new DsbModelTable(b.out, b.threads, b.models, b.data, tiles(a.getOrDefault("tiles", "256,512")), normalizations(a.getOrDefault("normalization", "per_tile,whole_image")),
					Integer.parseInt(a.getOrDefault("overlap", "0")), Integer.parseInt(a.getOrDefault("normalization-window", "0")),
					Double.parseDouble(a.getOrDefault("split-depth", "0"))).withSmmSettings(smmSettings(a.getOrDefault("smm", ""))).run();
		if (part.equals("large") || part.equals("all"))
			b.large(Integer.parseInt(a.getOrDefault("size", "20000")));
		return 0;
	}

	private static List<Normalization> normalizations(final String s)
	{
		final List<Normalization> out = new ArrayList<>();
		for (final String t : s.split(","))
			out.add(Normalization.parse(t));
		return out;
	}

	/** {@code --smm}: settings separated by {@code ;}, each {@code key=value} pairs separated by {@code ,}; every key checked by the merge options. */
	private static List<MergeOptions> smmSettings(final String s)
	{
		final List<MergeOptions> out = new ArrayList<>();
		for (final String setting : s.split(";"))
		{
			if (setting.isBlank())
				continue;
			MergeOptions o = MergeOptions.defaults();
			for (final String pair : setting.split(","))
			{
				final int eq = pair.indexOf('=');
				if (eq <= 0)
					throw new BenchUsageException("--smm", "expected key=value, got '" + pair.trim() + "'");
				o = o.with(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
			}
			out.add(o);
		}
		return out;
	}

	private static int[] tiles(final String s)
	{
		return java.util.Arrays.stream(s.split(",")).mapToInt(t -> Integer.parseInt(t.trim())).toArray();
	}

	private ModelPackage model(final String name)
	{
		final Path p = models.resolve(name);
		if (!Files.isDirectory(p))
			throw new BenchUsageException("--models", "model package " + p + " is absent (give the folder holding " + name + ")");
		return ModelPackage.open(p);
	}

	/**
	 * ms per 512² tile: inference and the rest, for both routes on the DSB mosaic, {@code repeat}
	 * times in turn (one warm session), then the median share of each route.
	 */
	private void speed(final int repeat, final double splitDepth) throws Exception
	{
		final TileSource<FloatType> source = DsbModelTable.image(data);
		final Map<ModelSegmentationOptions.Instances, List<Double>> shares = new LinkedHashMap<>();
		try (ModelRunner runner = new ModelRunner(model("unet2d_nuclei_broad"), threads))
		{
			runner.run(runner.model().testInputs()); // warm-up: ONNX Runtime's first call allocates and plans
			for (int k = 0; k < repeat; k++)
				for (final ModelSegmentationOptions.Instances route : ModelSegmentationOptions.Instances.values())
					shares.computeIfAbsent(route, x -> new ArrayList<>()).add(speedRun(runner, source, route, splitDepth));
		}
		for (final Map.Entry<ModelSegmentationOptions.Instances, List<Double>> e : shares.entrySet())
		{
			final List<Double> v = new ArrayList<>(e.getValue());
			java.util.Collections.sort(v);
			final double median = v.size() % 2 == 1 ? v.get(v.size() / 2) : (v.get(v.size() / 2 - 1) + v.get(v.size() / 2)) / 2;
			out.printf(Locale.ROOT, "speed %s: median share of everything else %.1f %% of inference over %d runs %s%n", e.getKey().name().toLowerCase(Locale.ROOT), median, v.size(), v);
		}
	}

	/** One run of a route over the mosaic; prints its line and returns the overhead in % of inference. */
	private double speedRun(final ModelRunner runner, final TileSource<FloatType> source, final ModelSegmentationOptions.Instances route, final double splitDepth)
	{
		final ModelSegmentationOptions o = ModelSegmentationOptions.defaults().withTileSize(512).withOverlap(Overlap.pixels(128)).withInstances(route).withSplitDepth(splitDepth);
		final long[] found = { 0 };
		final ModelSegmentationReport r = new ModelSegmentation(runner, o, MergeOptions.defaults()).run(source, i -> found[0]++);
		final double inference = 1000 * r.inferenceSeconds() / r.tilesDone(), other = 1000 * r.overheadSeconds() / r.tilesDone();
		out.printf(Locale.ROOT, "speed %s%s: %d tiles of 512 x 512, inference %.1f ms/tile, everything else %.1f ms/tile (%.1f %% of inference), %d objects, load %s%n",
				route.name().toLowerCase(Locale.ROOT), splitDepth > 0 ? ", split_depth " + splitDepth : "", r.tilesDone(), inference, other, 100 * other / inference, r.objects(), load());
		final Map<String, Object> j = new LinkedHashMap<>();
		j.put("part", "speed");
		j.put("instances", route.name().toLowerCase(Locale.ROOT));
		j.put("tiles", r.tilesDone());
		j.put("inference_ms_per_tile", Scores.round(inference));
		j.put("overhead_ms_per_tile", Scores.round(other));
		j.put("overhead_percent", Scores.round(100 * other / inference));
		j.put("threads", threads);
		out.println(new Gson().toJson(j));
		return Scores.round(100 * other / inference);
	}

	/** The one-minute load average, as {@code uptime} gives it. */
	private static String load()
	{
		return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	/** A generated size² image through the fixed-size model, per_tile + SMM. */
	private void large(final int size) throws Exception
	{
		final TileSource<FloatType> source = TileSources.generated(size, size, DsbModelTable::syntheticNuclei);
		try (ModelRunner runner = new ModelRunner(model("unet2d_nuclei_broad"), threads))
		{
			final long[] objects = { 0 };
			final long t0 = System.nanoTime();
			final ModelSegmentationOptions o = ModelSegmentationOptions.defaults().withTileSize(512).withOverlap(Overlap.pixels(128)).withNormalization(Normalization.WHOLE_IMAGE);
			final ModelSegmentationReport r = new ModelSegmentation(runner, o, MergeOptions.defaults()).withProgress((d, t) -> {
				if (d % 200 == 0)
					out.printf(Locale.ROOT, "large: %d/%d tiles, %.0f s%n", d, t, (System.nanoTime() - t0) / 1e9);
			}).run(source, i -> objects[0]++);
			final Runtime rt = Runtime.getRuntime();
			out.printf(Locale.ROOT, "large %d x %d: %d tiles in %.1f s (%.2f tiles/s; inference %.1f s), %d tile predictions -> %d objects, peak resident tile pixels %d, heap limit %d MB%n",
					size, size, r.tilesDone(), r.seconds(), r.tilesDone() / r.seconds(), r.inferenceSeconds(), r.tilePredictions(), objects[0], r.peakResidentPixels(),
					rt.maxMemory() >> 20);
			final Map<String, Object> j = new LinkedHashMap<>();
			j.put("part", "large");
			j.put("size", size);
			j.put("tiles", r.tilesDone());
			j.put("seconds", Scores.round(r.seconds()));
			j.put("tiles_per_second", Scores.round(r.tilesDone() / r.seconds()));
			j.put("objects", objects[0]);
			j.put("peak_resident_pixels", r.peakResidentPixels());
			j.put("max_heap_mb", rt.maxMemory() >> 20);
			out.println(new Gson().toJson(j));
		}
	}
}
