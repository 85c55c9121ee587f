package io.github.smm.io.coco;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.locationtech.jts.geom.Geometry;

import com.google.gson.stream.JsonWriter;

/** Streams a {@link CocoDataset} as COCO JSON. */
final class CocoJsonWriter
{
	private final CocoWriteOptions options;

	CocoJsonWriter(final CocoWriteOptions options)
	{
		this.options = options;
	}

	void dataset(final CocoDataset d, final Writer writer) throws IOException
	{
		final JsonWriter out = new JsonWriter(writer);
		out.beginObject();
		out.name("images").beginArray();
		for (final CocoImage im : d.images())
			out.beginObject().name("id").value(im.id()).name("file_name").value(im.fileName()).name("width").value(im.width()).name("height").value(im.height()).endObject();
		out.endArray();
		out.name("categories").beginArray();
		for (final CocoCategory c : d.categories())
		{
			out.beginObject().name("id").value(c.id()).name("name").value(c.name());
			if (c.supercategory() != null)
				out.name("supercategory").value(c.supercategory());
			out.endObject();
		}
		out.endArray();
		out.name("annotations").beginArray();
		for (final CocoAnnotation a : d.annotations())
			annotation(out, a, d.image(a.imageId()), false);
		out.endArray();
		out.endObject();
		out.flush();
	}

	void results(final CocoDataset d, final Writer writer) throws IOException
	{
		final JsonWriter out = new JsonWriter(writer);
		out.beginArray();
		for (final CocoAnnotation a : d.annotations())
			annotation(out, a, d.image(a.imageId()), true);
		out.endArray();
		out.flush();
	}

	private void annotation(final JsonWriter out, final CocoAnnotation a, final CocoImage image, final boolean result) throws IOException
	{
		out.beginObject();
		if (!result)
			out.name("id").value(a.id());
		out.name("image_id").value(a.imageId());
		out.name("category_id").value(a.categoryId());
		if (!result)
			out.name("iscrowd").value(a.isCrowd() ? 1 : 0);
		out.name("area").value(a.area());
		out.name("bbox").beginArray();
		for (final double v : a.bbox())
			out.value(v);
		out.endArray();
		if (result || options.writesScores())
			out.name("score").value(a.score());
		out.name("segmentation");
		segmentation(out, a, image);
		out.endObject();
	}

	private void segmentation(final JsonWriter out, final CocoAnnotation a, final CocoImage image) throws IOException
	{
		if (options.segmentation() == CocoWriteOptions.Segmentation.POLYGONS && !a.isCrowd() && !a.mask().isEmpty())
		{
			final Geometry outline = MaskOutlines.simplify(MaskOutlines.geometry(a.mask()), options.tolerance());
			if (options.holes() == CocoWriteOptions.Holes.FILL || !MaskOutlines.hasHoles(outline))
			{
				polygons(out, MaskOutlines.cocoPolygons(outline));
				return;
			}
		}
		out.beginObject();
		out.name("size").beginArray().value(image.height()).value(image.width()).endArray();
		out.name("counts").value(CocoRle.encode(a.mask(), image.height(), image.width()));
		out.endObject();
	}

	private static void polygons(final JsonWriter out, final List<double[]> polygons) throws IOException
	{
		out.beginArray();
		for (final double[] xy : polygons)
		{
			out.beginArray();
			for (final double v : xy)
			{
				if (v == Math.rint(v) && Math.abs(v) < 1e15)
					out.value((long) v);
				else
					out.value(v);
			}
			out.endArray();
		}
		out.endArray();
	}
}
