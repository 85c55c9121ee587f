package io.github.smm.spark.zarr;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Reads and writes the metadata of {@link ZarrArray}s: {@code .zarray} (v2) and
 * {@code zarr.json} (v3). A group (an OME-Zarr image: {@code .zgroup}/{@code .zattrs} or a
 * v3 group) opens its first multiscale level ({@code multiscales[0].datasets[0].path}).
 */
final class ZarrMetadata
{
	private ZarrMetadata()
	{}

	/** Whether {@code dir} holds a Zarr array or group. */
	static boolean isZarr(final Path dir)
	{
		return Files.isDirectory(dir) && (Files.isRegularFile(dir.resolve("zarr.json")) || Files.isRegularFile(dir.resolve(".zarray"))
				|| Files.isRegularFile(dir.resolve(".zgroup")));
	}

	static ZarrArray read(final Path dir) throws IOException
	{
		if (Files.isRegularFile(dir.resolve(".zarray")))
			return v2(dir, json(dir.resolve(".zarray")));
		if (Files.isRegularFile(dir.resolve("zarr.json")))
		{
			final JsonObject meta = json(dir.resolve("zarr.json"));
			if ("group".equals(string(meta, "node_type", dir)))
				return read(dir.resolve(firstLevel(meta.has("attributes") ? meta.getAsJsonObject("attributes") : new JsonObject(), dir)));
			return v3(dir, meta);
		}
		if (Files.isRegularFile(dir.resolve(".zgroup")) && Files.isRegularFile(dir.resolve(".zattrs")))
			return read(dir.resolve(firstLevel(json(dir.resolve(".zattrs")), dir)));
		throw new IOException(dir + ": not a Zarr array (no .zarray or zarr.json) nor an OME-Zarr image");
	}

	/** The path of the first level of an OME-Zarr image (v0.4 {@code multiscales}, v0.5 {@code ome.multiscales}). */
	private static String firstLevel(final JsonObject attributes, final Path dir) throws IOException
	{
		final JsonObject a = attributes.has("ome") ? attributes.getAsJsonObject("ome") : attributes;
		if (!a.has("multiscales"))
			throw new IOException(dir + ": a Zarr group without OME multiscales: give the array's folder");
		return a.getAsJsonArray("multiscales").get(0).getAsJsonObject().getAsJsonArray("datasets").get(0).getAsJsonObject().get("path").getAsString();
	}

	private static ZarrArray v2(final Path dir, final JsonObject m) throws IOException
	{
		if (!"C".equals(m.has("order") ? m.get("order").getAsString() : "C"))
			throw new IOException(dir + ": order " + m.get("order") + " is not supported (C only)");
		if (m.has("filters") && !m.get("filters").isJsonNull())
			throw new IOException(dir + ": filters " + m.get("filters") + " are not supported");
		final String dtype = string(m, "dtype", dir);
		final ByteOrder order = dtype.startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
		final String compressor = m.get("compressor") == null || m.get("compressor").isJsonNull() ? "none" : string(m.getAsJsonObject("compressor"), "id", dir);
		if (!compressor.equals("none") && !compressor.equals("zlib") && !compressor.equals("gzip"))
			throw new IOException(dir + ": compressor '" + compressor + "' is not supported (none, zlib, gzip)");
		final String sep = m.has("dimension_separator") ? m.get("dimension_separator").getAsString() : ".";
		return new ZarrArray(dir, 2, longs(m.getAsJsonArray("shape")), ints(m.getAsJsonArray("chunks")), ZarrType.parse(dtype.replaceFirst("^[<>|]", ""), dir.toString()), order,
				compressor, sep, false, fill(m.get("fill_value")));
	}

	private static ZarrArray v3(final Path dir, final JsonObject m) throws IOException
	{
		final JsonObject grid = m.getAsJsonObject("chunk_grid");
		if (!"regular".equals(string(grid, "name", dir)))
			throw new IOException(dir + ": chunk grid '" + grid.get("name") + "' is not supported (regular)");
		ByteOrder order = ByteOrder.LITTLE_ENDIAN;
		String compressor = "none";
		for (final JsonElement e : m.getAsJsonArray("codecs"))
		{
			final JsonObject c = e.getAsJsonObject();
			final String name = string(c, "name", dir);
			if (name.equals("bytes"))
				order = c.has("configuration") && c.getAsJsonObject("configuration").has("endian")
						&& c.getAsJsonObject("configuration").get("endian").getAsString().equals("big") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
			else if (name.equals("gzip"))
				compressor = "gzip";
			else
				throw new IOException(dir + ": codec '" + name + "' is not supported (bytes, gzip)");
		}
		final JsonObject keys = m.has("chunk_key_encoding") ? m.getAsJsonObject("chunk_key_encoding") : new JsonObject();
		final boolean v2Keys = keys.has("name") && keys.get("name").getAsString().equals("v2");
		final JsonObject kc = keys.has("configuration") ? keys.getAsJsonObject("configuration") : new JsonObject();
		final String sep = kc.has("separator") ? kc.get("separator").getAsString() : v2Keys ? "." : "/";
		return new ZarrArray(dir, 3, longs(m.getAsJsonArray("shape")), ints(grid.getAsJsonObject("configuration").getAsJsonArray("chunk_shape")),
				ZarrType.parse(string(m, "data_type", dir), dir.toString()), order, compressor, sep, v2Keys, fill(m.get("fill_value")));
	}

	/** The metadata of a new array (written by {@link ZarrArray#create}). */
	static JsonObject json(final ZarrArray a)
	{
		final JsonObject m = new JsonObject();
		m.addProperty("zarr_format", a.format);
		m.add("shape", array(a.shape));
		if (a.format == 2)
		{
			m.add("chunks", array(a.chunks));
			m.addProperty("dtype", (a.type.bytes == 1 ? "|" : "<") + a.type.v2);
			final JsonObject gz = new JsonObject();
			gz.addProperty("id", "gzip");
			gz.addProperty("level", 5);
			m.add("compressor", gz);
			m.addProperty("fill_value", 0);
			m.addProperty("order", "C");
			m.add("filters", null);
			m.addProperty("dimension_separator", ".");
			return m;
		}
		m.addProperty("node_type", "array");
		m.addProperty("data_type", a.type.v3);
		m.add("chunk_grid", named("regular", "chunk_shape", array(a.chunks)));
		final JsonObject sep = new JsonObject();
		sep.addProperty("separator", "/");
		final JsonObject keys = new JsonObject();
		keys.addProperty("name", "default");
		keys.add("configuration", sep);
		m.add("chunk_key_encoding", keys);
		m.addProperty("fill_value", 0);
		final JsonArray codecs = new JsonArray();
		final JsonObject endian = new JsonObject();
		endian.addProperty("endian", "little");
		final JsonObject bytes = new JsonObject();
		bytes.addProperty("name", "bytes");
		bytes.add("configuration", endian);
		codecs.add(bytes);
		final JsonObject level = new JsonObject();
		level.addProperty("level", 5);
		final JsonObject gzip = new JsonObject();
		gzip.addProperty("name", "gzip");
		gzip.add("configuration", level);
		codecs.add(gzip);
		m.add("codecs", codecs);
		return m;
	}

	private static JsonObject named(final String name, final String key, final JsonElement value)
	{
		final JsonObject c = new JsonObject();
		c.add(key, value);
		final JsonObject o = new JsonObject();
		o.addProperty("name", name);
		o.add("configuration", c);
		return o;
	}

	private static JsonObject json(final Path file) throws IOException
	{
		try
		{
			return JsonParser.parseString(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).getAsJsonObject();
		}
		catch (final RuntimeException e)
		{
			throw new IOException(file + ": not valid Zarr metadata JSON: " + e.getMessage(), e);
		}
	}

	private static String string(final JsonObject o, final String key, final Path dir) throws IOException
	{
		if (!o.has(key) || !o.get(key).isJsonPrimitive())
			throw new IOException(dir + ": metadata has no '" + key + "'");
		return o.get(key).getAsString();
	}

	private static double fill(final JsonElement e)
	{
		return e == null || e.isJsonNull() || !e.getAsJsonPrimitive().isNumber() ? 0 : e.getAsDouble();
	}

	private static long[] longs(final JsonArray a)
	{
		final long[] out = new long[a.size()];
		for (int i = 0; i < out.length; i++)
			out[i] = a.get(i).getAsLong();
		return out;
	}

	private static int[] ints(final JsonArray a)
	{
		final int[] out = new int[a.size()];
		for (int i = 0; i < out.length; i++)
			out[i] = a.get(i).getAsInt();
		return out;
	}

	private static JsonArray array(final long[] v)
	{
		final JsonArray a = new JsonArray();
		for (final long x : v)
			a.add(x);
		return a;
	}

	private static JsonArray array(final int[] v)
	{
		final JsonArray a = new JsonArray();
		for (final int x : v)
			a.add(x);
		return a;
	}
}
