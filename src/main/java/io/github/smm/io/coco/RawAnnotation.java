package io.github.smm.io.coco;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

import io.github.smm.io.FormatException;
import io.github.smm.model.Box;
import io.github.smm.model.RleMask;

/**
 * An annotation as read, before its image is known: ids, flags and the segmentation in the
 * form the file gave it (polygons, uncompressed counts or a compressed string).
 */
final class RawAnnotation
{
	final String where;
	final long id;
	final long imageId;
	final int categoryId;
	final boolean crowd;
	/** The {@code area} field, or NaN when absent. */
	final double area;
	final double score;
	private final List<double[]> polygons;
	private final long[] counts;
	private final String compressed;
	private final int rleHeight, rleWidth;
	/** {@code image_width} and {@code image_height} of a polygon result, or -1 when absent. */
	final int declaredWidth, declaredHeight;
	/** The {@code slice_bbox} (SAHI's {@code [x_min, y_min, x_max, y_max]}), or null. */
	final Box sliceBox;
	/** The {@code tile} index into the tile grid, or -1. */
	final int tileIndex;

	private RawAnnotation(final JsonFields f, final long id, final boolean result)
	{
		this.where = f.where;
		this.id = id;
		imageId = f.requireLong("image_id");
		categoryId = f.requireInt("category_id");
		crowd = !result && f.optionalFlag("iscrowd");
		area = result ? Double.NaN : f.optionalDouble("area", Double.NaN);
		if (area < 0)
			throw f.error("\"area\" = " + area + " is negative");
		score = result ? f.number(f.require("score"), "\"score\"") : f.optionalDouble("score", 1);
		final JsonElement seg = f.require("segmentation");
		if (seg.isJsonArray())
		{
			polygons = polygons(f, seg.getAsJsonArray());
			counts = null;
			compressed = null;
			rleHeight = rleWidth = -1;
		}
		else if (seg.isJsonObject())
		{
			polygons = null;
			final JsonFields rle = JsonFields.of(seg, f.where + ": segmentation");
			final JsonArray size = rle.array(rle.require("size"), "\"size\"");
			if (size.size() != 2)
				throw rle.error("\"size\" must be [height, width], found " + size);
			rleHeight = (int) Math.min(Integer.MAX_VALUE, rle.integer(size.get(0), "height in \"size\""));
			rleWidth = (int) Math.min(Integer.MAX_VALUE, rle.integer(size.get(1), "width in \"size\""));
			final JsonElement c = rle.require("counts");
			compressed = c.isJsonPrimitive() && c.getAsJsonPrimitive().isString() ? c.getAsString() : null;
			counts = compressed == null ? counts(rle, c) : null;
		}
		else
			throw f.error("\"segmentation\" is neither a polygon list nor an RLE object: " + seg);
		declaredWidth = f.has("image_width") ? positive(f, "image_width") : -1;
		declaredHeight = f.has("image_height") ? positive(f, "image_height") : -1;
		if ((declaredWidth < 0) != (declaredHeight < 0))
			throw f.error("give both \"image_width\" and \"image_height\", or neither");
		sliceBox = f.has("slice_bbox") ? sliceBox(f) : null;
		tileIndex = f.has("tile") ? tileIndex(f) : -1;
	}

	private static int positive(final JsonFields f, final String name)
	{
		final int v = f.requireInt(name);
		if (v <= 0)
			throw f.error("\"" + name + "\" = " + v + " is not positive");
		return v;
	}

	private static Box sliceBox(final JsonFields f)
	{
		final JsonArray a = f.array(f.require("slice_bbox"), "\"slice_bbox\"");
		if (a.size() != 4)
			throw f.error("\"slice_bbox\" must be [x_min, y_min, x_max, y_max], found " + a);
		final long[] v = new long[4];
		for (int i = 0; i < 4; i++)
			v[i] = f.integer(a.get(i), "\"slice_bbox\" value " + i);
		if (v[0] < 0 || v[1] < 0 || v[2] <= v[0] || v[3] <= v[1])
			throw f.error("\"slice_bbox\" " + a + " is not a box [x_min, y_min, x_max, y_max] with x_min < x_max, y_min < y_max, both mins >= 0");
		return new Box(v[0], v[1], v[2], v[3]);
	}

	private static int tileIndex(final JsonFields f)
	{
		final int v = f.requireInt("tile");
		if (v < 0)
			throw f.error("\"tile\" = " + v + " is negative");
		return v;
	}

	/** True when the segmentation is polygons (no RLE size to take the image size from). */
	boolean isPolygon()
	{
		return polygons != null;
	}

	/** The image height of the RLE {@code size}, or -1 for polygons. */
	int rleHeight()
	{
		return rleHeight;
	}

	/** The image width of the RLE {@code size}, or -1 for polygons. */
	int rleWidth()
	{
		return rleWidth;
	}

	/** A ground-truth annotation; {@code id} is required. */
	static RawAnnotation annotation(final JsonFields f)
	{
		return new RawAnnotation(f, f.requireLong("id"), false);
	}

	/** A detection result; ids are 1, 2, ... in file order, as pycocotools' {@code loadRes} gives. */
	static RawAnnotation result(final JsonFields f, final long id)
	{
		return new RawAnnotation(f, id, true);
	}

	private static List<double[]> polygons(final JsonFields f, final JsonArray list)
	{
		if (list.size() == 0)
			throw f.error("\"segmentation\" is an empty polygon list");
		final List<double[]> out = new ArrayList<>();
		for (int i = 0; i < list.size(); i++)
		{
			final JsonArray p = f.array(list.get(i), "polygon " + i);
			final double[] xy = new double[p.size()];
			for (int k = 0; k < xy.length; k++)
				xy[k] = f.number(p.get(k), "coordinate " + k + " of polygon " + i);
			if (xy.length < 6 || xy.length % 2 != 0)
				throw f.error("polygon " + i + " has " + xy.length + " numbers; a polygon needs an even number, at least 6 (3 points)");
			out.add(xy);
		}
		return out;
	}

	private static long[] counts(final JsonFields rle, final JsonElement c)
	{
		final JsonArray a = rle.array(c, "\"counts\"");
		final long[] out = new long[a.size()];
		for (int i = 0; i < out.length; i++)
		{
			out[i] = rle.integer(a.get(i), "count " + i);
			if (out[i] < 0)
				throw rle.error("count " + i + " is negative (" + out[i] + ")");
		}
		return out;
	}

	/** The mask on its image; checks the RLE size against the image's. */
	RleMask mask(final CocoImage image)
	{
		try
		{
			if (declaredWidth > 0 && (declaredWidth != image.width() || declaredHeight != image.height()))
				throw new FormatException("image_width x image_height " + declaredWidth + "x" + declaredHeight + " does not match " + image);
			if (polygons != null)
				return CocoPolygons.rasterize(polygons, image.height(), image.width());
			if (rleHeight != image.height() || rleWidth != image.width())
				throw new FormatException("RLE size [" + rleHeight + ", " + rleWidth + "] does not match " + image + " ([height, width] = [" + image.height() + ", " + image.width() + "])");
			final long[] c = compressed != null ? CocoRle.decompress(compressed) : counts;
			return CocoRle.decode(c, image.height(), image.width());
		}
		catch (final FormatException e)
		{
			throw new FormatException(where + ": " + e.getMessage(), e);
		}
	}
}
