package io.github.smm.command;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.ImagePlus;
import io.github.smm.eval.Overlaps;
import io.github.smm.model.Instance;
import io.github.smm.vis.BeforeAfter;
import io.github.smm.vis.ColorBy;
import io.github.smm.vis.DrawMode;
import io.github.smm.vis.MergeOverlay;
import io.github.smm.vis.PngExport;

/**
 * Draws merged instances (and optionally the tile predictions before merging) as a
 * non-destructive overlay on an image, and optionally writes a flattened PNG.
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Segmentation>Spatial Mask Merging>Show Merge Overlay")
public class ShowMergeOverlay implements Command
{
	@Parameter(label = "image", description = "The image to draw on")
	private ImagePlus image;

	@Parameter(label = "labels", persist = false, style = "open", description = "Merged objects: label image, RoiSet.zip or COCO JSON")
	private File labels;

	@Parameter(label = "before", required = false, persist = false, style = "both",
			description = "Optional tile predictions (label image, RoiSet.zip, COCO JSON or folder of tile label images): before/after view")
	private File before;

	@Parameter(label = "color_by", choices = { "cluster", "class", "score", "tile" }, persist = false, description = "Colour of each object")
	private String color_by = "cluster";

	@Parameter(label = "draw", choices = { "outlines", "fills" }, persist = false, description = "Outlines or translucent fills")
	private String draw = "outlines";

	@Parameter(label = "layout", choices = { "side_by_side", "superimposed" }, persist = false, description = "Before/after layout (with 'before')")
	private String layout = "side_by_side";

	@Parameter(label = "png", required = false, persist = false, style = "save", description = "Optional PNG file of the flattened view")
	private File png;

	@Parameter(label = "scale", min = "0.05", max = "4", persist = false, description = "Scale of the PNG")
	private double scale = 1;

	@Parameter(type = org.scijava.ItemIO.OUTPUT, label = "summary")
	private String summary;

	@Override
	public void run()
	{
		try
		{
			final List<Instance> merged = InstanceFiles.read(labels.toPath());
			final ImagePlus shown;
			if (before != null && !before.getPath().trim().isEmpty())
			{
				final List<Instance> tiles = InstanceFiles.read(before.toPath());
				final Map<Long, Long> owner = owners(tiles, merged);
				shown = BeforeAfter.of(tiles, merged).clusterOf(id -> owner.getOrDefault(id, -1L))
						.layout(layout.equals("superimposed") ? BeforeAfter.Layout.SUPERIMPOSED : BeforeAfter.Layout.SIDE_BY_SIDE).render(image);
				summary = tiles.size() + " tile predictions, " + merged.size() + " merged objects";
			}
			else
			{
				final ImagePlus copy = image.duplicate();
				copy.setTitle(image.getTitle());
				shown = MergeOverlay.of(merged).colorBy(ColorBy.valueOf(color_by.toUpperCase(java.util.Locale.ROOT)))
						.draw(draw.equals("fills") ? DrawMode.FILL : DrawMode.OUTLINE).showOn(Display.interactive() ? image : copy);
				summary = merged.size() + " objects";
			}
			if (png != null && !png.getPath().trim().isEmpty())
				PngExport.write(shown, scale, png.toPath());
			if (Display.interactive() && shown != image)
				shown.show();
		}
		catch (final Exception e)
		{
			throw Outputs.failure("Show Merge Overlay", e);
		}
	}

	/** For each tile prediction, the merged object it overlaps most (its cluster, seen from the files). */
	private static Map<Long, Long> owners(final List<Instance> tiles, final List<Instance> merged)
	{
		final Overlaps o = Overlaps.compute(tiles, merged);
		final Map<Long, Long> owner = new HashMap<>();
		final Map<Long, Long> best = new HashMap<>();
		for (int k = 0; k < o.size(); k++)
		{
			final long t = tiles.get(o.predictionIndex(k)).id();
			if (o.intersection(k) > best.getOrDefault(t, 0L))
			{
				best.put(t, o.intersection(k));
				owner.put(t, merged.get(o.groundTruthIndex(k)).id());
			}
		}
		return owner;
	}
}
