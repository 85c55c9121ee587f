package io.github.smm.command;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import io.github.smm.MergeResult;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.io.ClusterCsv;
import io.github.smm.io.ClusterRow;
import io.github.smm.io.coco.CocoAnnotation;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoImage;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.coco.CocoWriteOptions;
import io.github.smm.io.geojson.ClassNames;
import io.github.smm.model.Instance;
import io.github.smm.solve.SolveSummary;

/**
 * Merges the annotations of a COCO JSON file (as written by detectron2, SAHI or
 * MMDetection, with {@code score}s), image by image, and writes a COCO file of the merged
 * objects with the same images and categories. With the slice grid ({@code tile_size} +
 * {@code overlap}, or {@code tiles}) or per-prediction {@code slice_bbox}/{@code tile} fields,
 * every prediction gets its source window, so {@code window_iou} applies.
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Segmentation>Spatial Mask Merging>Merge COCO JSON")
public class MergeCocoJson extends AbstractGridMergeCommand
{
	@Parameter(label = "input", persist = false, style = "open", description = "COCO JSON with images, categories and annotations (with score)")
	private File input;

	@Parameter(label = "images", required = false, persist = false, style = "open",
			description = "For detection results (a JSON list, as detectron2, SAHI or MMDetection write): optional COCO file listing their images and categories (without it: sizes from the RLE, categories = the ids found)")
	private File images;

	@Parameter(label = "output", required = false, persist = false, style = "save", description = "COCO JSON file for the merged objects")
	private File output;

	@Parameter(label = "output_geojson", required = false, persist = false, style = "save",
			description = "Optional QuPath GeoJSON (.geojson) for the merged objects (a COCO file of one image), class names from the categories")
	private File output_geojson;

	@Parameter(label = "segmentation", choices = { "rle", "polygons" }, persist = false,
			description = "How merged masks are written: compressed RLE (exact) or simplified polygons (masks with holes stay RLE)")
	private String segmentation = "rle";

	@Parameter(label = "tolerance", min = "0", persist = false, description = "Polygon simplification tolerance in pixels (0 = exact outline)")
	private double tolerance = 0.5;

	@Override
	public void run()
	{
		try
		{
			final CocoDataset in = read();
			final CocoDataset.Builder out = CocoDataset.builder();
			in.categories().forEach(out::category);
			final List<ClusterRow> rows = new ArrayList<>();
			int inputs = 0, outputs = 0;
			SolveSummary solved = SolveSummary.NONE;
			long nextId = 1;
			final List<CocoImage> all = in.images();
			if (given(output_geojson) && all.size() != 1)
				throw new IllegalArgumentException("output_geojson holds the objects of one image, but " + input + " has " + all.size() + " images");
			for (int k = 0; k < all.size(); k++)
			{
				final CocoImage image = all.get(k);
				Progress.progress(k, all.size());
				out.image(image);
				final List<Instance> instances = withWindows(in.instancesOf(image.id()), image.width(), image.height(), Long.toString(image.id()), image.fileName());
				final MergeResult r = SpatialMaskMerging.merge(instances, options(instances));
				for (int c = 0; c < r.clusterCount(); c++)
				{
					final Instance m = r.merged().get(c).withId(nextId++);
					out.annotation(CocoAnnotation.of(image.id(), m));
					rows.add(ClusterRow.of(m, r.members(c)));
				}
				inputs += instances.size();
				outputs += r.clusterCount();
				solved = solved.plus(r.solveSummary());
				Outputs.geojson(r, categoryNames(in), output_geojson);
			}
			Progress.progress(all.size(), all.size());
			if (given(output))
				CocoJson.write(out.build(), output.toPath(), segmentation.equals("rle") ? CocoWriteOptions.rle() : CocoWriteOptions.polygons(tolerance));
			if (given(table))
				ClusterCsv.writeClusters(table.toPath(), rows);
			summary = String.format(java.util.Locale.ROOT, "%d images: %d annotations -> %d objects; %s", all.size(), inputs, outputs, solved) + gridNote();
			log.info(summary);
		}
		catch (final Exception e)
		{
			throw Outputs.failure("Merge COCO JSON", e);
		}
	}

	private static ClassNames categoryNames(final CocoDataset d)
	{
		final java.util.Map<Integer, String> names = new java.util.TreeMap<>();
		d.categories().forEach(c -> names.put(c.id(), c.name()));
		return ClassNames.ofIds(names);
	}

	/**
	 * A COCO dataset, or detection results (a JSON list): with the images file that lists their
	 * images and categories, or alone (sizes from the RLE {@code size}s or the results'
	 * {@code image_width}/{@code image_height}, categories = the ids found).
	 */
	private CocoDataset read() throws java.io.IOException
	{
		if (!input.isFile())
			throw new java.io.FileNotFoundException("input " + input + " does not exist");
		if (!CocoJson.isResultList(input.toPath()))
			return CocoJson.read(input.toPath());
		if (!given(images))
			return CocoJson.readResults(input.toPath());
		final CocoDataset gt = CocoJson.read(images.toPath());
		return new CocoDataset(gt.images(), gt.categories(), CocoJson.readResults(input.toPath(), gt));
	}
}
