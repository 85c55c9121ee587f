package io.github.smm.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.smm.InvalidOptionException;
import io.github.smm.MergeOptions;
import io.github.smm.Preset;
import io.github.smm.cli.RunArguments;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.TilePlan;

/**
 * The options of a Spark run, read from the same option string as the command
 * <i>Tiled Segment and Merge</i> ({@code "image_file=[a.tif],tile_size=512,overlap=0.2,…"}) and
 * turned into the same merge options and tile plan as the command does. Serializable, so that
 * every task rebuilds them on its executor.
 */
public final class JobOptions implements Serializable
{
	private static final long serialVersionUID = 1L;

	/** The keys of the merge (as in every merge command). */
	private static final Set<String> MERGE = Set.of("preset", "method", "overlap_measure", "score_aggregation", "tau_d", "rho", "beta1", "beta2",
			"beta3", "lambda", "gamma", "tau_i", "chain_cost", "class_agnostic", "resolve_overlaps", "threads", "max_exact_size", "work_limit", "fusion");

	/** The weight parameters, read only with {@code preset=custom} (as the command does). */
	private static final Set<String> CUSTOM = Set.of("tau_d", "rho", "beta1", "beta2", "beta3", "lambda", "gamma");

	/** The keys of the tiled run. */
	private static final Set<String> RUN = Set.of("image_file", "batch", "tile_size", "overlap", "segmenter", "min_area", "threshold", "label_folder",
			"output_coco", "output_folder", "summary_csv", "blocks", "fail_fast",
			"output_labels_zarr", "zarr_labels", "zarr_format", "zarr_chunk", "output_geojson", "geojson", "model", "instances",
			"normalization", "channels", "probability_threshold", "normalization_window", "batch_size", "split_depth", "parameters", "output_csv", "csv");

	private final Map<String, String> values;

	private JobOptions(final Map<String, String> values)
	{
		this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/**
	 * Parses an option string.
	 *
	 * @throws InvalidOptionException naming an unknown key or a bad value
	 */
	public static JobOptions parse(final String text)
	{
		final Map<String, String> v = RunArguments.parse(text);
		for (final String key : v.keySet())
			if (!MERGE.contains(key) && !RUN.contains(key))
				throw new InvalidOptionException(key, "unknown option (known: " + new TreeSet<>(union()) + ")");
		final JobOptions o = new JobOptions(v);
		o.mergeOptions(); // fails early, on the driver, naming the bad value
		o.tileSize();
		o.overlap();
		o.flag("fail_fast");
		o.flag("zarr_labels");
		o.flag("geojson");
		o.flag("csv");
		if (o.integer("zarr_format", 3) != 2 && o.integer("zarr_format", 3) != 3)
			throw new InvalidOptionException("zarr_format", "must be 2 or 3, got " + o.get("zarr_format", ""));
		if (o.integer("zarr_chunk", 512) < 1)
			throw new InvalidOptionException("zarr_chunk", "must be at least 1 px, got " + o.get("zarr_chunk", ""));
		if (o.integer("blocks", SparkTiledMerge.DEFAULT_BLOCK) < 1)
			throw new InvalidOptionException("blocks", "must be at least 1 px, got " + o.get("blocks", ""));
		return o;
	}

	private static Set<String> union()
	{
		final Set<String> all = new TreeSet<>(MERGE);
		all.addAll(RUN);
		return all;
	}

	/** These options with one key set (e.g. {@code image_file} for one image of a batch). */
	public JobOptions with(final String key, final String value)
	{
		final Map<String, String> v = new LinkedHashMap<>(values);
		v.put(key, value);
		return new JobOptions(v);
	}

	/** The value of a key, or {@code fallback} when absent. */
	public String get(final String key, final String fallback)
	{
		final String v = values.get(key);
		return v == null || v.isEmpty() ? fallback : v;
	}

	/** Whether the key was given (with a non-empty value). */
	public boolean has(final String key)
	{
		return !get(key, "").isEmpty();
	}

	/** A path option; {@code null} when absent. */
	public Path path(final String key)
	{
		return has(key) ? Paths.get(get(key, "")) : null;
	}

	/** The merge options exactly as <i>Tiled Segment and Merge</i> builds them from the same string. */
	public MergeOptions mergeOptions()
	{
		if (has("parameters"))
			return explicit(ParameterFiles.read(this), true);
		final String preset = get("preset", "microscopy");
		MergeOptions o = MergeOptions.preset(preset.equals("custom") ? Preset.MICROSCOPY : Preset.parse(preset));
		o = o.with("method", get("method", "smm-exact")).with("tau_i", get("tau_i", "0.5"));
		return explicit(o, preset.equals("custom"));
	}

	/**
	 * The merge keys given in the string on top of {@code o} (the weight parameters only when
	 * {@code weights}: with {@code preset=custom} or a parameter file).
	 */
	private MergeOptions explicit(MergeOptions o, final boolean weights)
	{
		for (final Map.Entry<String, String> e : values.entrySet())
		{
			final String k = e.getKey();
			final boolean isPreset = k.equals("overlap_measure") || k.equals("score_aggregation") || k.equals("chain_cost");
			if (!MERGE.contains(k) || k.equals("preset") || isPreset && e.getValue().equals("preset"))
				continue;
			if (CUSTOM.contains(k) && !weights)
				continue;
			o = o.with(k, e.getValue());
		}
		return o;
	}

	/** {@code tile_size}, default 512. */
	public int tileSize()
	{
		final int t = integer("tile_size", 512);
		if (t < 16)
			throw new InvalidOptionException("tile_size", "must be at least 16 px, got " + t);
		return t;
	}

	/** {@code overlap}: below 1 a ratio of the tile size, from 1 on pixels (default 0.2). */
	public Overlap overlap()
	{
		final double v = number("overlap", 0.2);
		if (!(v >= 0))
			throw new InvalidOptionException("overlap", "must be 0 or more, got " + v);
		return v < 1 ? Overlap.ratio(v) : Overlap.pixels((int) Math.round(v));
	}

	/** The plan the command makes for an image of this size. */
	public TilePlan plan(final long width, final long height)
	{
		if (ModelWorker.uses(this))
			return ModelWorker.plan(this, width, height);
		return TilePlan.of(width, height, tileSize(), overlap());
	}

	/** A number option. */
	public double number(final String key, final double fallback)
	{
		try
		{
			return Double.parseDouble(get(key, Double.toString(fallback)));
		}
		catch (final NumberFormatException e)
		{
			throw new InvalidOptionException(key, "not a number: '" + get(key, "") + "'");
		}
	}

	/** A whole-number option. */
	public int integer(final String key, final int fallback)
	{
		final double v = number(key, fallback);
		if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE)
			throw new InvalidOptionException(key, "not a whole number: '" + get(key, "") + "'");
		return (int) v;
	}

	/** A yes/no option ({@code true}/{@code false}). */
	public boolean flag(final String key)
	{
		final String v = get(key, "false").toLowerCase(Locale.ROOT);
		if (!v.equals("true") && !v.equals("false"))
			throw new InvalidOptionException(key, "must be true or false, got '" + v + "'");
		return v.equals("true");
	}

	@Override
	public String toString()
	{
		return values.toString();
	}
}
