package io.github.smm.io.geojson;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.smm.model.Instance;

/**
 * Reads and writes QuPath's GeoJSON (File › Export objects as GeoJSON, and back with File ›
 * Import objects).
 * <p>
 * <b>Reading</b>: a FeatureCollection, an array of features, or one Feature. The objects are
 * the {@code detection} and {@code cell} features (for a cell, its outer geometry), or — when
 * the file has none — the {@code annotation} features (a feature without {@code objectType} is
 * an annotation, as in QuPath); {@code tile}, {@code tmaCore} and other types, and features
 * without a polygon (points, lines), are skipped and counted in the warnings. A pixel belongs
 * to an object when its centre lies inside its polygons (holes excluded). The class is the
 * {@code classification} name (class ids: see {@link ClassNames}); the score the first of the
 * measurements {@code score}, {@code Detection probability}, {@code probability},
 * {@code confidence} (case-insensitive), or a {@code score} property, else 1 with a warning.
 * A score outside {@code [0, 1]}, a malformed geometry or a polygon covering no pixel centre is
 * a {@link io.github.smm.io.FormatException} naming the feature ({@code file: features[12]: ...}).
 * Other measurements are not kept: they describe the unmerged shapes.
 * </p>
 * <p>
 * <b>Writing</b>: a FeatureCollection of {@code detection} features with exact pixel-edge
 * outlines, classification names and colours, and the measurements {@code score},
 * {@code cluster_id} and {@code members}.
 * </p>
 */
public final class GeoJson
{
	/** The objectType written. */
	public static final String OBJECT_TYPE = "detection";

	private GeoJson()
	{}

	/** Reads a GeoJSON file. */
	public static GeoJsonObjects read(final Path file)
	{
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8))
		{
			return read(r, file.toString());
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	/** Reads GeoJSON; {@code source} names it in messages. */
	public static GeoJsonObjects read(final Reader reader, final String source)
	{
		return new FeatureCollectionReader(source).read(reader);
	}

	/**
	 * Writes objects to a file.
	 *
	 * @param members the number of inputs merged into each object, or {@code null}
	 */
	public static void write(final Path file, final List<Instance> objects, final ClassNames classes, final int[] members)
	{
		try
		{
			io.github.smm.io.AtomicFiles.writeText(file, w -> write(w, objects, classes, members));
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/** Writes objects as a FeatureCollection. */
	public static void write(final Writer writer, final List<Instance> objects, final ClassNames classes, final int[] members) throws IOException
	{
		if (members != null && members.length != objects.size())
			throw new IllegalArgumentException(members.length + " member counts for " + objects.size() + " objects");
		new FeatureCollectionWriter(classes, OBJECT_TYPE).write(writer, objects, members);
	}
}
