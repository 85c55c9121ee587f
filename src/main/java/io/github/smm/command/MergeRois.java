package io.github.smm.command;

import java.io.File;
import java.util.Arrays;
import java.util.List;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import io.github.smm.MergeResult;
import io.github.smm.ij.RoiImport;
import io.github.smm.ij.RoiSets;
import io.github.smm.ij.Rois;
import io.github.smm.io.geojson.ClassNames;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * Merges the ROIs of a {@code RoiSet.zip} (or of the ROI Manager) with SMM; a 3D ROI set (every
 * ROI named {@code object-<id>} on its slice) is merged in 3D ({@link VolumeRoiMerge}). Scores and classes
 * come from the ROI properties {@code score} and {@code class}. With the slice grid
 * ({@code tile_size} + {@code overlap} and the image, or {@code tiles}) and ROI names holding
 * their tile origin ({@code x512_y1024}), every ROI gets its source window, so
 * {@code window_iou} applies.
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Segmentation>Spatial Mask Merging>Merge ROIs")
public class MergeRois extends AbstractGridMergeCommand
{
	@Parameter(label = "rois", required = false, persist = false, style = "open", description = "RoiSet.zip to merge; empty = the ROI Manager")
	private File rois;

	@Parameter(label = "image", required = false, description = "Image the ROIs belong to (sets the label image size)")
	private ImagePlus image;

	@Parameter(label = "output_rois", required = false, persist = false, style = "save", description = "Optional RoiSet.zip for the merged ROIs")
	private File output_rois;

	@Parameter(label = "output_labels", required = false, persist = false, style = "save", description = "Optional TIFF file for the merged label image")
	private File output_labels;

	@Parameter(label = "output_geojson", required = false, persist = false, style = "save", description = "Optional QuPath GeoJSON (.geojson) for the merged objects: File > Import objects in QuPath")
	private File output_geojson;

	@Override
	public void run()
	{
		try
		{
			if (given(rois) && !rois.isFile())
				throw new java.io.FileNotFoundException("rois " + rois + " does not exist");
			final List<Roi> source = given(rois) ? RoiSets.read(rois.toPath()) : managerRois();
			if (VolumeRoiMerge.applies(source, given(rois) ? "rois " + rois : "the ROI Manager"))
			{
				summary = VolumeRoiMerge.run(source, image, options(), output_rois, output_labels, table, output_geojson);
				log.info(summary);
				return;
			}
			final RoiImport in = given(rois) ? RoiSets.readInstances(rois.toPath(), 1) : Rois.toInstances(source, 1);
			for (final var w : in.warnings())
				log.warn(w.toString());
			final List<Instance> instances = windowed(in);
			final MergeResult r = merge(instances, options(instances));
			// an unset image may arrive as an empty ImagePlus from SciJava's preprocessing
			final Box bounds = Instances.bounds(r.merged());
			final Box region = image != null && image.getWidth() > 0 ? Box.ofSize(0, 0, image.getWidth(), image.getHeight()) : new Box(0, 0, bounds.maxX, bounds.maxY);
			// the label image first: its size check fails fast, before any ROI is traced
			Outputs.labels(r.merged(), region, "merged labels", output_labels);
			Outputs.geojson(r, ClassNames.none(), output_geojson);
			final boolean interactive = Display.interactive();
			final List<Roi> merged = given(output_rois) || interactive ? Rois.fromInstances(r.merged()) : List.of();
			if (given(output_rois))
				RoiSets.write(output_rois.toPath(), merged);
			if (interactive)
			{
				final RoiManager rm = RoiManager.getRoiManager();
				rm.reset();
				for (final Roi roi : merged)
					rm.addRoi(roi);
				if (image != null && image.getWindow() != null)
					rm.runCommand(image, "Show All");
				Outputs.showTable(r, inputNames);
			}
			summary = describe(instances.size(), r) + gridNote();
			log.info(summary);
		}
		catch (final Exception e)
		{
			throw Outputs.failure("Merge ROIs", e);
		}
	}

	/** The ROIs' instances with source windows from the tile grid and the tile origins in their names. */
	private List<Instance> windowed(final RoiImport in) throws java.io.IOException
	{
		final boolean hasImage = image != null && image.getWidth() > 0;
		final long[] size = hasImage ? new long[] { image.getWidth(), image.getHeight() } : null;
		final List<String> names = new java.util.ArrayList<>();
		in.items().forEach(r -> names.add(r.name()));
		inputNames = names(in.instances(), names);
		warnUnusedOrigins(names, "ROI");
		return record(NamedWindows.assign(in.instances(), names, "ROI", grid(), size, hasImage ? image.getTitle() : "")).instances();
	}

	private static List<Roi> managerRois()
	{
		final RoiManager rm = RoiManager.getInstance();
		if (rm == null || rm.getCount() == 0)
			throw new IllegalArgumentException("no rois given and the ROI Manager is empty");
		return Arrays.asList(rm.getRoisAsArray());
	}
}
