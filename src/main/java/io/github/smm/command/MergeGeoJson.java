package io.github.smm.command;

import java.io.File;
import java.util.List;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.ImagePlus;
import io.github.smm.MergeResult;
import io.github.smm.ij.RoiSets;
import io.github.smm.ij.Rois;
import io.github.smm.io.geojson.GeoJson;
import io.github.smm.io.geojson.GeoJsonObjects;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * Merges the objects of a QuPath GeoJSON export (tiled detections: File › Export objects as
 * GeoJSON) and writes them back as GeoJSON for QuPath's File › Import objects. Classes come from
 * the {@code classification}, scores from the {@code Detection probability} (or {@code score})
 * measurement; see {@link GeoJson}.
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Segmentation>Spatial Mask Merging>Merge GeoJSON")
public class MergeGeoJson extends AbstractGridMergeCommand
{
	@Parameter(label = "input", persist = false, style = "open", description = "QuPath GeoJSON (.geojson): a FeatureCollection of detections (or annotations)")
	private File input;

	@Parameter(label = "image", required = false, description = "Image the objects belong to (sets the label image size and the tile grid's image size)")
	private ImagePlus image;

	@Parameter(label = "output_geojson", required = false, persist = false, style = "save", description = "GeoJSON file for the merged objects (QuPath: File > Import objects)")
	private File output_geojson;

	@Parameter(label = "output_labels", required = false, persist = false, style = "save", description = "Optional TIFF file for the merged label image")
	private File output_labels;

	@Parameter(label = "output_rois", required = false, persist = false, style = "save", description = "Optional RoiSet.zip for the merged objects")
	private File output_rois;

	@Override
	public void run()
	{
		try
		{
			if (!given(input) || !input.isFile())
				throw new java.io.FileNotFoundException("input " + input + " does not exist");
			final GeoJsonObjects in = GeoJson.read(input.toPath());
			in.warnings().forEach(log::warn);
			if (in.instances().isEmpty())
				log.warn(input + " holds no detection or annotation with a polygon: the result is empty");
			final boolean hasImage = image != null && image.getWidth() > 0;
			warnUnusedOrigins(in.names(), "feature");
			inputNames = names(in.instances(), in.names());
			final List<Instance> instances = record(NamedWindows.assign(in.instances(), in.names(), "feature", grid(),
					hasImage ? new long[] { image.getWidth(), image.getHeight() } : null, hasImage ? image.getTitle() : input.getName())).instances();
			final MergeResult r = merge(instances, options(instances));
			Outputs.geojson(r, in.classes(), output_geojson);
			final Box bounds = Instances.bounds(r.merged());
			Outputs.labels(r.merged(), hasImage ? Box.ofSize(0, 0, image.getWidth(), image.getHeight()) : new Box(0, 0, bounds.maxX, bounds.maxY), "merged labels", output_labels);
			if (given(output_rois))
				RoiSets.write(output_rois.toPath(), Rois.fromInstances(r.merged()));
			if (Display.interactive())
				Outputs.showTable(r, inputNames);
			summary = describe(instances.size(), r) + gridNote();
			log.info(summary);
		}
		catch (final Exception e)
		{
			throw Outputs.failure("Merge GeoJSON", e);
		}
	}
}
