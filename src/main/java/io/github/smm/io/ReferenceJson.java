package io.github.smm.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/**
 * Reads the JSON of the Python SMM reference:
 *
 * <pre>
 * {"image_name": "a.png",
 *  "annotations": [{"type": "nucleus", "class_id": 1, "confidence": 0.9,
 *                   "bbox": [x1, y1, x2, y2],
 *                   "segmentation": [[[x, y], [x, y], [x, y], ...], ...]}]}
 * </pre>
 *
 * or a list of such objects. {@code image_name} may be missing (empty name);
 * {@code annotations}, and in each annotation {@code type}, {@code class_id} (an integer),
 * {@code confidence} (in [0, 1]) and {@code bbox} are required. {@code segmentation} is a
 * list of polygons whose union is the mask, each polygon filled by the pixel-centre rule of
 * {@link PolygonRasterizer}. When {@code segmentation} is missing or empty the mask is the
 * bounding box, inclusive as in the reference: columns {@code floor(x1)..floor(x2)}, rows
 * {@code floor(y1)..floor(y2)}. Instance ids are annotation indices; instances have no window
 * or tile.
 */
public final class ReferenceJson
{
	private ReferenceJson()
	{}

	/**
	 * The records of a reference JSON file.
	 *
	 * @throws FormatException naming the file, the record (when the file is a list) and the
	 *             annotation index of the first problem
	 */
	public static List<ReferencePrediction> read(final Path file) throws IOException
	{
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8))
		{
			return read(in, file.toString());
		}
	}

	/** As {@link #read(Path)}, from a reader; {@code source} names it in messages. */
	public static List<ReferencePrediction> read(final Reader in, final String source)
	{
		final JsonElement root;
		try
		{
			root = JsonParser.parseReader(in);
		}
		catch (final JsonParseException e)
		{
			throw new FormatException(source + ": not valid JSON: " + e.getMessage(), e);
		}
		final List<ReferencePrediction> out = new ArrayList<>();
		if (root.isJsonArray())
		{
			final JsonArray records = root.getAsJsonArray();
			for (int r = 0; r < records.size(); r++)
				out.add(record(records.get(r), source + ", record " + r));
		}
		else if (root.isJsonObject())
			out.add(record(root, source));
		else
			throw new FormatException(source + ": expected an object with \"annotations\" or a list of them");
		return out;
	}

	private static ReferencePrediction record(final JsonElement e, final String where)
	{
		if (!e.isJsonObject())
			throw new FormatException(where + ": not an object");
		final JsonObject o = e.getAsJsonObject();
		final String name = o.has("image_name") ? ReferenceFields.string(o.get("image_name"), where + ": image_name") : "";
		if (!o.has("annotations") || !o.get("annotations").isJsonArray())
			throw new FormatException(where + ": missing \"annotations\" list");
		final JsonArray annotations = o.getAsJsonArray("annotations");
		final List<Instance> instances = new ArrayList<>();
		final Map<Integer, String> classNames = new HashMap<>();
		for (int a = 0; a < annotations.size(); a++)
		{
			final String at = where + ", annotation " + a;
			if (!annotations.get(a).isJsonObject())
				throw new FormatException(at + ": not an object");
			final JsonObject ann = annotations.get(a).getAsJsonObject();
			final String type = ReferenceFields.string(ReferenceFields.require(ann, "type", at), at + ": type");
			final int classId = ReferenceFields.integer(ReferenceFields.require(ann, "class_id", at), at + ": class_id");
			final String earlier = classNames.putIfAbsent(classId, type);
			if (earlier != null && !earlier.equals(type))
				throw new FormatException(at + ": class_id " + classId + " has type '" + type + "' but an earlier annotation gives '" + earlier + "'");
			final double confidence = ReferenceFields.number(ReferenceFields.require(ann, "confidence", at), at + ": confidence");
			if (!(confidence >= 0 && confidence <= 1))
				throw new FormatException(at + ": confidence " + confidence + " is not in [0, 1]");
			final double[] bbox = ReferenceFields.bbox(ReferenceFields.require(ann, "bbox", at), at + ": bbox");
			final RleMask mask = mask(ann, bbox, at);
			instances.add(new Instance(a, mask, confidence, classId, null, Instance.NO_TILE));
		}
		return new ReferencePrediction(name, instances, classNames);
	}

	private static RleMask mask(final JsonObject ann, final double[] bbox, final String at)
	{
		final List<double[]> polygons = ann.has("segmentation") ? ReferenceFields.polygons(ann.get("segmentation"), at + ": segmentation") : List.of();
		if (polygons.isEmpty())
		{
			if (bbox[2] - bbox[0] >= Integer.MAX_VALUE - 1 || bbox[3] - bbox[1] >= Integer.MAX_VALUE - 1)
				throw new FormatException(at + ": bbox spans more than " + (Integer.MAX_VALUE - 1) + " pixels");
			final long x1 = (long) Math.floor(bbox[0]), y1 = (long) Math.floor(bbox[1]);
			return RleMask.rectangle(new Box(x1, y1, (long) Math.floor(bbox[2]) + 1, (long) Math.floor(bbox[3]) + 1));
		}
		final RleMask mask;
		try
		{
			mask = PolygonRasterizer.union(polygons);
		}
		catch (final IllegalArgumentException e)
		{
			throw new FormatException(at + ": segmentation " + e.getMessage(), e);
		}
		if (mask.isEmpty())
			throw new FormatException(at + ": segmentation covers no pixel centre");
		return mask;
	}
}
