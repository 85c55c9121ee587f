package io.github.smm.command;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.ImagePlus;
import io.github.smm.MergeResult;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.RoiSets;
import io.github.smm.ij.Rois;
import io.github.smm.io.ClusterCsv;
import io.github.smm.io.ClusterRow;
import io.github.smm.io.TileLabels;
import io.github.smm.io.geojson.ClassNames;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * Merges label images: one label image (0 = background), a stack of equal-size tiles with an
 * offsets CSV, or a folder of per-tile label images whose offsets come from a CSV or from the
 * file names (e.g. {@code tile_x512_y1024.tif}). Every label of a tile becomes an instance
 * whose source window is the tile. A stack of z slices, or a folder of label stacks named by block
 * offset, is merged in 3D ({@code dimensions}).
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Segmentation>Spatial Mask Merging>Merge Label Images")
public class MergeLabelImages extends AbstractGridMergeCommand
{
	@Parameter(label = "input", persist = false, style = "both", description = "A label image file, or a folder of per-tile label images")
	private File input;

	@Parameter(label = "offsets", required = false, persist = false, style = "open",
			description = "Optional CSV of tile offsets: file,x,y for a folder; slice,x,y for a stack")
	private File offsets;

	@Parameter(label = "output_labels", required = false, persist = false, style = "save", description = "Optional TIFF file for the merged label image")
	private File output_labels;

	@Parameter(label = "output_rois", required = false, persist = false, style = "save", description = "Optional RoiSet.zip for the merged objects")
	private File output_rois;

	@Parameter(label = "output_geojson", required = false, persist = false, style = "save", description = "Optional QuPath GeoJSON (.geojson) for the merged objects: File > Import objects in QuPath")
	private File output_geojson;

	@Parameter(label = "dimensions", choices = { "auto", "2d_per_slice", "3d" }, persist = false,
			description = "auto: a stack of z slices (or a folder of blocks named block_x0_y0_z0.tif) is one volume; 2d_per_slice: each plane on its own; 3d: always a volume")
	private String dimensions = VolumeLabelMerge.AUTO;

	@Parameter(label = "voxel_size", required = false, persist = false, description = "Voxel size z,y,x for 3D distances (empty: the image's calibration)")
	private String voxel_size = "";

	/** The input image's extent (one label image), which the merged label image keeps; null for tiles. */
	private Box imageRegion;

	@Override
	public void run()
	{
		try
		{
			if (VolumeLabelMerge.applies(input.toPath(), dimensions))
			{
				summary = VolumeLabelMerge.run(input.toPath(), voxel_size, options(), output_labels, table, output_rois);
				log.info(summary);
				return;
			}
			if (dimensions.equals(VolumeLabelMerge.PER_SLICE) && Files.isRegularFile(input.toPath()) && !given(offsets))
			{
				final ImagePlus stack = ImagePlusLabels.open(input.toPath());
				if (stack.getStackSize() > 1)
				{
					summary = mergePerSlice(stack, input.getName());
					log.info(summary);
					return;
				}
			}
			final List<Instance> instances = read(input.toPath());
			final MergeResult r = merge(instances, options(instances));
			final Box bounds = Instances.bounds(instances);
			Outputs.labels(r.merged(), imageRegion != null ? imageRegion : new Box(0, 0, bounds.maxX, bounds.maxY), "merged labels", output_labels);
			if (given(output_rois))
				RoiSets.write(output_rois.toPath(), Rois.fromInstances(r.merged()));
			Outputs.geojson(r, ClassNames.none(), output_geojson);
			if (Display.interactive())
				Outputs.showTable(r, inputNames);
			summary = describe(instances.size(), r) + gridNote();
			log.info(summary);
		}
		catch (final Exception e)
		{
			throw Outputs.failure("Merge Label Images", e);
		}
	}

	/** Merges every plane of a stack on its own (2D), into a label stack of the same size. */
	private String mergePerSlice(final ImagePlus stack, final String name) throws java.io.IOException
	{
		final Box region = Box.ofSize(0, 0, stack.getWidth(), stack.getHeight());
		final ij.ImageStack out = new ij.ImageStack(stack.getWidth(), stack.getHeight());
		int inputs = 0, outputs = 0;
		// the planes' rows go to one table with a slice column
		final List<List<ClusterRow>> rows = new ArrayList<>();
		for (int k = 1; k <= stack.getStackSize(); k++)
		{
			final List<Instance> instances = withWindows(ImagePlusLabels.toInstances(stack, k, 0, 0, null, Instance.NO_TILE, 0), stack.getWidth(), stack.getHeight(), name);
			final MergeResult r = mergeWithoutTable(instances, options(instances));
			rows.add(ClusterCsv.rows(r, inputNames));
			inputs += instances.size();
			outputs += r.clusterCount();
			out.addSlice(new ImagePlus("plane", ImagePlusLabels.toImagePlusById(Outputs.resolved(r.merged(), name), region, "plane").getProcessor().convertToFloat()).getProcessor());
		}
		if (given(table))
			ClusterCsv.writeSliceClusters(table.toPath(), rows);
		final ImagePlus labels = new ImagePlus("merged labels", out);
		if (given(output_labels))
			Outputs.saveTiff(labels, output_labels);
		if (Display.interactive())
		{
			labels.show();
			Outputs.sliceTable(rows).show(Outputs.TABLE_TITLE);
		}
		return String.format(java.util.Locale.ROOT, "2D per slice: %d planes, %d instances -> %d objects%s", stack.getStackSize(), inputs, outputs, gridNote());
	}

	private List<Instance> read(final Path in) throws java.io.IOException
	{
		if (!Files.exists(in))
			throw new java.io.FileNotFoundException("input " + in + " does not exist");
		final boolean tiled = Files.isDirectory(in) || given(offsets);
		if (tiled && grid().isGiven())
			throw new IllegalArgumentException("per-tile label images carry their windows (tile offsets): tile_size, overlap and tiles apply to one label image only");
		if (Files.isDirectory(in))
			return given(offsets) ? TileLabels.readFolder(in, offsets.toPath(), ImagePlusLabels.reader()) : TileLabels.readFolder(in, ImagePlusLabels.reader());
		final ImagePlus imp = ImagePlusLabels.open(in);
		if (imp.getStackSize() == 1)
			imageRegion = Box.ofSize(0, 0, imp.getWidth(), imp.getHeight());
		if (given(offsets))
			return ImagePlusLabels.tilesFromStack(imp, offsets.toPath());
		return withWindows(ImagePlusLabels.toInstances(imp), imp.getWidth(), imp.getHeight(), in.getFileName().toString());
	}
}
