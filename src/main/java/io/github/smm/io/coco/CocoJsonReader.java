package io.github.smm.io.coco;

import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

import io.github.smm.io.FormatException;
import io.github.smm.model.Box;
import io.github.smm.model.RleMask;

/**
 * Reads COCO JSON strictly, streaming the top level and parsing one image, category or
 * annotation at a time. Annotations are resolved against the images once the whole file is
 * read, so the order of the top-level members does not matter.
 */
final class CocoJsonReader
{
	private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);

	/** Receives one array element and its index. */
	@FunctionalInterface
	private interface ElementConsumer
	{
		void accept(JsonElement e, int index);
	}

	private final String source;

	CocoJsonReader(final String source)
	{
		this.source = source;
	}

	CocoDataset dataset(final Reader reader)
	{
		final Parts parts = new Parts();
		parse(reader, in -> topLevel(in, parts));
		if (!parts.sawImages)
			throw new FormatException(source + ": no \"images\" member" + (parts.geoJson ? " (this is GeoJSON, a FeatureCollection: give it the extension .geojson)" : ""));
		final Map<Long, CocoImage> imageById = unique(parts.images);
		final Map<Integer, CocoCategory> categoryById = uniqueCategories(parts.categories);
		final Map<Long, RawAnnotation> annotationById = new HashMap<>();
		final List<CocoAnnotation> annotations = new ArrayList<>(parts.raw.size());
		for (final RawAnnotation r : parts.raw)
		{
			final RawAnnotation other = annotationById.put(r.id, r);
			if (other != null)
				throw new FormatException(r.where + ": annotation id " + r.id + " is already used by " + other.where.substring(source.length() + 2));
			annotations.add(resolve(r, imageById, categoryById));
		}
		return new CocoDataset(parts.images, parts.categories, annotations);
	}

	/** The members of a dataset file as read, before annotations are resolved. */
	private static final class Parts
	{
		final List<CocoImage> images = new ArrayList<>();
		final List<CocoCategory> categories = new ArrayList<>();
		final List<RawAnnotation> raw = new ArrayList<>();
		boolean sawImages;
		boolean geoJson;
	}

	private void topLevel(final JsonReader in, final Parts parts) throws IOException
	{
		if (in.peek() != JsonToken.BEGIN_OBJECT)
			throw new FormatException(source + ": the top level is not a JSON object with \"images\" (detection results are read with readResults)");
		in.beginObject();
		while (in.hasNext())
		{
			final String name = in.nextName();
			if (name.equals("images"))
			{
				parts.sawImages = true;
				array(in, name, (e, i) -> parts.images.add(image(JsonFields.of(e, source + ": images[" + i + "]"))));
			}
			else if (name.equals("categories"))
				array(in, name, (e, i) -> parts.categories.add(category(JsonFields.of(e, source + ": categories[" + i + "]"))));
			else if (name.equals("annotations"))
				array(in, name, (e, i) -> parts.raw.add(RawAnnotation.annotation(JsonFields.of(e, annotationWhere(e, i)))));
			else if (name.equals("type") && in.peek() == JsonToken.STRING)
				parts.geoJson = in.nextString().startsWith("Feature");
			else
				in.skipValue();
		}
		in.endObject();
	}

	List<CocoAnnotation> results(final Reader reader, final CocoDataset groundTruth)
	{
		return resolveAll(readResultList(reader), groundTruth);
	}

	private List<RawAnnotation> readResultList(final Reader reader)
	{
		final List<RawAnnotation> raw = new ArrayList<>();
		parse(reader, in -> {
			if (in.peek() != JsonToken.BEGIN_ARRAY)
				throw new FormatException(source + ": detection results must be a JSON array of {image_id, category_id, segmentation, score}");
			array(in, "results", (e, i) -> raw.add(RawAnnotation.result(JsonFields.of(e, source + ": results[" + i + "]"), i + 1)));
		});
		return raw;
	}

	private static List<CocoAnnotation> resolveAll(final List<RawAnnotation> raw, final CocoDataset groundTruth)
	{
		final Map<Long, CocoImage> imageById = new HashMap<>();
		for (final CocoImage im : groundTruth.images())
			imageById.put(im.id(), im);
		final Map<Integer, CocoCategory> categoryById = new HashMap<>();
		for (final CocoCategory c : groundTruth.categories())
			categoryById.put(c.id(), c);
		final List<CocoAnnotation> out = new ArrayList<>(raw.size());
		for (final RawAnnotation r : raw)
			out.add(resolve(r, imageById, categoryById));
		return out;
	}

	private static CocoAnnotation resolve(final RawAnnotation r, final Map<Long, CocoImage> images, final Map<Integer, CocoCategory> categories)
	{
		final CocoImage image = images.get(r.imageId);
		if (image == null)
			throw new FormatException(r.where + ": unknown image_id " + r.imageId);
		if (!categories.containsKey(r.categoryId))
			throw new FormatException(r.where + ": unknown category_id " + r.categoryId);
		final RleMask mask = r.mask(image);
		if (!r.crowd && mask.isEmpty())
			throw new FormatException(r.where + ": the segmentation covers no pixel of the " + image.width() + " x " + image.height() + " image");
		if (!(r.score >= 0 && r.score <= 1))
			throw new FormatException(r.where + ": \"score\" = " + r.score + " is not in [0, 1]");
		final double area = Double.isNaN(r.area) ? mask.area() : r.area;
		final Box window = r.sliceBox == null ? null : r.sliceBox.intersect(new Box(0, 0, image.width(), image.height()));
		if (window != null && window.isEmpty())
			throw new FormatException(r.where + ": slice_bbox " + r.sliceBox + " lies outside " + image);
		if (window != null && !mask.isEmpty() && !window.contains(mask.box()))
			throw new FormatException(r.where + ": the mask " + mask.box() + " is not inside its slice_bbox [x_min, y_min, x_max, y_max] = ["
					+ r.sliceBox.minX + ", " + r.sliceBox.minY + ", " + r.sliceBox.maxX + ", " + r.sliceBox.maxY + "]");
		return new CocoAnnotation(r.id, r.imageId, r.categoryId, mask, r.crowd, area, r.score, window, r.tileIndex);
	}

	/**
	 * Detection results read on their own: one image per {@code image_id} (ascending), sized by
	 * its RLE {@code size}s or by {@code image_width}/{@code image_height}, which must agree;
	 * one category per {@code category_id} found (ascending, unnamed).
	 */
	CocoDataset resultsAlone(final Reader reader)
	{
		final List<RawAnnotation> raw = readResultList(reader);
		final java.util.TreeMap<Long, RawAnnotation> sizer = new java.util.TreeMap<>();
		final java.util.TreeSet<Integer> categoryIds = new java.util.TreeSet<>();
		for (final RawAnnotation r : raw)
		{
			categoryIds.add(r.categoryId);
			final RawAnnotation first = sizer.get(r.imageId);
			if (first == null || !sized(first) && sized(r))
				sizer.put(r.imageId, r);
			else if (sized(r) && (width(r) != width(first) || height(r) != height(first)))
				throw new FormatException(r.where + ": image_id " + r.imageId + " is " + width(r) + "x" + height(r) + " here but " + width(first) + "x" + height(first)
						+ " in " + first.where.substring(source.length() + 2));
		}
		final List<CocoImage> images = new ArrayList<>();
		for (final RawAnnotation r : sizer.values())
		{
			if (!sized(r))
				throw new FormatException(r.where + ": image_id " + r.imageId + " has only polygon results, which do not say the image size: "
						+ "add \"image_width\" and \"image_height\" to the results, or give 'images' (the COCO file listing the images)");
			images.add(new CocoImage(r.imageId, "", width(r), height(r)));
		}
		final List<CocoCategory> categories = new ArrayList<>();
		for (final int c : categoryIds)
			categories.add(new CocoCategory(c, ""));
		final CocoDataset frame = new CocoDataset(images, categories, List.of());
		return new CocoDataset(images, categories, resolveAll(raw, frame));
	}

	private static boolean sized(final RawAnnotation r)
	{
		return !r.isPolygon() || r.declaredWidth > 0;
	}

	private static int width(final RawAnnotation r)
	{
		return r.isPolygon() ? r.declaredWidth : r.rleWidth();
	}

	private static int height(final RawAnnotation r)
	{
		return r.isPolygon() ? r.declaredHeight : r.rleHeight();
	}

	private String annotationWhere(final JsonElement e, final int i)
	{
		final String w = source + ": annotations[" + i + "]";
		if (e.isJsonObject() && e.getAsJsonObject().has("id"))
			return w + " (id " + e.getAsJsonObject().get("id") + ")";
		return w;
	}

	private static CocoImage image(final JsonFields f)
	{
		final long id = f.requireLong("id");
		final int width = f.requireInt("width"), height = f.requireInt("height");
		if (width <= 0 || height <= 0)
			throw f.error("size " + width + "x" + height + " is not positive");
		return new CocoImage(id, f.optionalString("file_name", ""), width, height);
	}

	private static CocoCategory category(final JsonFields f)
	{
		return new CocoCategory(f.requireInt("id"), f.optionalString("name", ""), f.optionalString("supercategory", null));
	}

	private Map<Long, CocoImage> unique(final List<CocoImage> images)
	{
		final Map<Long, CocoImage> byId = new HashMap<>();
		for (int i = 0; i < images.size(); i++)
			if (byId.put(images.get(i).id(), images.get(i)) != null)
				throw new FormatException(source + ": images[" + i + "]: image id " + images.get(i).id() + " is used more than once");
		return byId;
	}

	private Map<Integer, CocoCategory> uniqueCategories(final List<CocoCategory> categories)
	{
		final Map<Integer, CocoCategory> byId = new HashMap<>();
		for (int i = 0; i < categories.size(); i++)
			if (byId.put(categories.get(i).id(), categories.get(i)) != null)
				throw new FormatException(source + ": categories[" + i + "]: category id " + categories.get(i).id() + " is used more than once");
		return byId;
	}

	private void array(final JsonReader in, final String name, final ElementConsumer consumer) throws IOException
	{
		if (in.peek() != JsonToken.BEGIN_ARRAY)
			throw new FormatException(source + ": \"" + name + "\" is not an array");
		in.beginArray();
		for (int i = 0; in.hasNext(); i++)
			consumer.accept(ELEMENT.read(in), i);
		in.endArray();
	}

	/** Body of a parse that may fail on I/O. */
	@FunctionalInterface
	private interface Body
	{
		void run(JsonReader in) throws IOException;
	}

	private void parse(final Reader reader, final Body body)
	{
		final JsonReader in = new JsonReader(new io.github.smm.io.JsonDepthLimit(reader, source));
		in.setLenient(false);
		try
		{
			body.run(in);
			if (in.peek() != JsonToken.END_DOCUMENT)
				throw new FormatException(source + ": unexpected content after the top-level value at " + in.getPath());
		}
		catch (final EOFException e)
		{
			throw new FormatException(source + ": truncated JSON (" + e.getMessage() + ")", e);
		}
		catch (final MalformedJsonException e)
		{
			// gson reports a document cut inside a string, object or array as "Unterminated ..."
			final String kind = String.valueOf(e.getMessage()).startsWith("Unterminated") ? "truncated or malformed JSON" : "malformed JSON";
			throw new FormatException(source + ": " + kind + " (" + e.getMessage() + ")", e);
		}
		catch (final JsonParseException | IllegalStateException | NumberFormatException e)
		{
			throw new FormatException(source + ": malformed JSON (" + e.getMessage() + ")", e);
		}
		catch (final java.nio.charset.CharacterCodingException e)
		{
			throw new FormatException(source + ": not UTF-8 text (" + e.getMessage() + ")", e);
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException(source + ": " + e.getMessage(), e);
		}
	}
}
