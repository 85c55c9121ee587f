package io.github.smm.tune;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.github.smm.InvalidOptionException;
import io.github.smm.MergeOptions;

/**
 * A merge parameter file (JSON): every merge option that decides the result under
 * {@code "parameters"} (key → value, as {@link MergeOptions#with(String, String)} takes them;
 * the run settings preset, threads and solver limits are left out), and under {@code "tuning"}
 * how the values were found (metric, trials, folds, seed, held-out figures) for the reader.
 * {@link #read} gives the options of a file; a key that is unknown, not a merge value or out of
 * range is an error naming the file and the key.
 */
public final class ParameterFile
{
	/** The value of the file's {@code "format"} member. */
	public static final String FORMAT = "smm-merge-parameters";

	private ParameterFile()
	{}

	/** The keys a parameter file holds, in {@link MergeOptions#KEYS} order. */
	public static List<String> keys()
	{
		final List<String> out = new ArrayList<>(MergeKeys.keys());
		out.removeAll(MergeKeys.RUN_SETTINGS);
		return out;
	}

	/** Writes the options (and, when not null, how the tuning found them). */
	public static void write(final Path file, final MergeOptions options, final TuningReport report) throws IOException
	{
		final JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
		root.addProperty("version", 1);
		final JsonObject params = new JsonObject();
		final Map<String, String> values = MergeKeys.values(options);
		for (final String key : keys())
			put(params, key, values.get(key));
		root.add("parameters", params);
		if (report != null)
			root.add("tuning", tuning(report));
		Files.write(file, (new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n").getBytes(StandardCharsets.UTF_8));
	}

	private static void put(final JsonObject o, final String key, final String value)
	{
		if (value.equals("true") || value.equals("false"))
			o.addProperty(key, Boolean.parseBoolean(value));
		else if (value.matches("-?[0-9.]+([eE]-?[0-9]+)?"))
			o.addProperty(key, new java.math.BigDecimal(value));
		else
			o.addProperty(key, value);
	}

	private static JsonObject tuning(final TuningReport r)
	{
		final JsonObject t = new JsonObject();
		t.addProperty("metric", r.metric().token());
		t.addProperty("categories", r.metric().categories().token());
		t.addProperty("tuned", r.run().space().toString());
		t.addProperty("trials", r.run().trials().size());
		t.addProperty("folds", r.folds().size());
		t.addProperty("cancelled", r.cancelled());
		t.addProperty("value_defaults_all_images", round(r.defaultValue()));
		t.addProperty("value_tuned_all_images", round(r.tunedValue()));
		if (!r.folds().isEmpty())
		{
			t.addProperty("held_out_defaults_mean", round(r.heldOutDefaults()[0]));
			t.addProperty("held_out_defaults_sd", round(r.heldOutDefaults()[1]));
			t.addProperty("held_out_tuned_mean", round(r.heldOutTuned()[0]));
			t.addProperty("held_out_tuned_sd", round(r.heldOutTuned()[1]));
		}
		return t;
	}

	private static double round(final double v)
	{
		return Double.isFinite(v) ? Math.round(v * 1e6) / 1e6 : v;
	}

	/**
	 * The options of a parameter file: the {@link MergeOptions#defaults() defaults} with the file's
	 * values (a file may hold only some keys).
	 *
	 * @throws InvalidOptionException naming the file and the first key that is unknown, not a
	 *             merge value, not a plain value or out of range
	 * @throws IOException when the file cannot be read or is not a parameter file
	 */
	public static MergeOptions read(final Path file) throws IOException
	{
		final JsonObject params = parameters(file);
		MergeOptions o = MergeOptions.defaults();
		for (final Map.Entry<String, JsonElement> e : params.entrySet())
		{
			final String key = e.getKey().toLowerCase(Locale.ROOT);
			if (!keys().contains(key))
				throw new InvalidOptionException(e.getKey(), "in parameter file " + file.getFileName() + ": "
						+ (MergeKeys.keys().contains(key) ? "says how to run, not a merge value; give it to the command" : "unknown key (known: " + String.join(", ", keys()) + ")"));
			if (!e.getValue().isJsonPrimitive())
				throw new InvalidOptionException(e.getKey(), "in parameter file " + file.getFileName() + ": the value must be a number, text or true/false, got " + e.getValue());
			try
			{
				o = o.with(key, e.getValue().getAsString());
			}
			catch (final InvalidOptionException x)
			{
				throw new InvalidOptionException(key, "in parameter file " + file.getFileName() + ": " + x.getMessage().replaceFirst("^option " + java.util.regex.Pattern.quote(key) + ": ", ""));
			}
		}
		return o;
	}

	private static JsonObject parameters(final Path file) throws IOException
	{
		final JsonElement root;
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8))
		{
			root = JsonParser.parseReader(r);
		}
		catch (final JsonParseException e)
		{
			throw new IOException("parameter file " + file + " is not valid JSON: " + e.getMessage(), e);
		}
		if (!root.isJsonObject() || !root.getAsJsonObject().has("parameters") || !root.getAsJsonObject().get("parameters").isJsonObject())
			throw new IOException("parameter file " + file + " has no \"parameters\" object (written by Tune Merge Parameters, format " + FORMAT + ")");
		final JsonElement format = root.getAsJsonObject().get("format");
		if (format != null && !(format.isJsonPrimitive() && FORMAT.equals(format.getAsString())))
			throw new IOException("parameter file " + file + ": format " + format + " is not " + FORMAT);
		return root.getAsJsonObject().getAsJsonObject("parameters");
	}
}
