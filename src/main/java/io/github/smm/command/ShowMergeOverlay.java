package io.github.smm.command;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.ImagePlus;
import io.github.smm.eval.ErrorAnalysis;
import io.github.smm.eval.ErrorReport;
import io.github.smm.eval.Matching;
import io.github.smm.eval.MatchingOptions;
import io.github.smm.eval.MatchingResult;
import io.github.smm.eval.Overlaps;
import io.github.smm.model.Instance;
import io.github.smm.vis.BeforeAfter;
import io.github.smm.vis.ColorBy;
import io.github.smm.vis.DrawMode;
import io.github.smm.vis.ErrorKind;
import io.github.smm.vis.ErrorMap;
import io.github.smm.vis.MergeOverlay;
import io.github.smm.vis.PngExport;

/**
 * Draws merged instances (and optionally the tile predictions before merging) as a
 * non-destructive overlay on an image, and optionally writes a flattened PNG. With
 * {@code ground_truth} it draws an error map instead: each merged object coloured as matched
 * (IoU ≥ 0.5), split piece, merged or spurious, and each missed ground-truth object (see
 * {@link ErrorAnalysis}). A stack of z slices with a label stack is drawn in 3D, slice by slice
 * ({@link VolumeShow}), with an optional orthogonal-views PNG.
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

	@Parameter(label = "ground_truth", required = false, persist = false, style = "open",
			description = "Optional ground truth (label image, RoiSet.zip or COCO JSON): draws an error map instead")
	private File ground_truth;

	@Parameter(label = "color_by", choices = { "cluster", "class", "score", "tile" }, persist = false, description = "Colour of each object")
	private String color_by = "cluster";

	@Parameter(label = "draw", choices = { "outlines", "fills" }, persist = false, description = "Outlines or translucent fills (error map: errors filled and outlined, matches outlined, unless 'fills')")
	private String draw = "outlines";

	@Parameter(label = "layout", choices = { "side_by_side", "superimposed" }, persist = false, description = "Before/after layout (with 'before')")
	private String layout = "side_by_side";

	@Parameter(label = "show_labels", choices = { "none", "id", "score", "class" }, persist = false, description = "Text drawn on each object")
	private String show_labels = "none";

	@Parameter(label = "png", required = false, persist = false, style = "save", description = "Optional PNG file of the flattened view")
	private File png;

	@Parameter(label = "scale", min = "0.05", max = "4", persist = false, description = "Scale of the PNG")
	private double scale = 1;

	@Parameter(label = "orthogonal_png", required = false, persist = false, style = "save",
			description = "Stacks of z slices: optional PNG of the xy, xz and yz planes through the voxel of 'planes'")
	private File orthogonal_png;

	@Parameter(label = "planes", required = false, persist = false,
			description = "Stacks of z slices: x,y,slice (x and y in pixels from 0, the slice from 1) of the orthogonal views and of 'png'; empty: the centre")
	private String planes = "";

	@Parameter(type = org.scijava.ItemIO.OUTPUT, label = "summary")
	private String summary;

	@Override
	public void run()
	{
		try
		{
			if (VolumeShow.applies(image, labels.toPath()))
			{
				showVolume();
				return;
			}
			if (given(orthogonal_png))
				throw new IllegalArgumentException("orthogonal_png: " + labels + " and the image are not both stacks of z slices; the orthogonal views are drawn for volumes only");
			final List<Instance> merged = InstanceFiles.read(labels.toPath());
			final ImagePlus shown;
			if (given(ground_truth) && given(before))
				throw new IllegalArgumentException("give either 'before' (" + before + ") or 'ground_truth' (" + ground_truth + "), not both");
			if (given(ground_truth))
			{
				final ImagePlus copy = image.duplicate();
				copy.setTitle(image.getTitle());
				shown = errorMap(merged, InstanceFiles.read(ground_truth.toPath()), Display.interactive() ? image : copy);
			}
			else if (given(before))
			{
				final List<Instance> tiles = InstanceFiles.read(before.toPath());
				final Map<Long, Long> owner = owners(Overlaps.compute(tiles, merged));
				shown = BeforeAfter.of(tiles, merged).clusterOf(id -> owner.getOrDefault(id, -1L)).tiles(windows(tiles)).labels(labelFields())
						.layout(layout.equals("superimposed") ? BeforeAfter.Layout.SUPERIMPOSED : BeforeAfter.Layout.SIDE_BY_SIDE).render(image);
				summary = tiles.size() + " tile predictions, " + merged.size() + " merged objects";
			}
			else
			{
				final ImagePlus copy = image.duplicate();
				copy.setTitle(image.getTitle());
				shown = MergeOverlay.of(merged).colorBy(ColorBy.valueOf(color_by.toUpperCase(java.util.Locale.ROOT)))
						.draw(draw.equals("fills") ? DrawMode.FILL : DrawMode.OUTLINE).labels(labelFields()).showOn(Display.interactive() ? image : copy);
				summary = merged.size() + " objects";
			}
			if (given(png))
				PngExport.write(shown, scale, png.toPath());
			if (Display.interactive() && shown != image)
				shown.show();
		}
		catch (final Exception e)
		{
			throw Outputs.failure("Show Merge Overlay", e);
		}
	}

	/** The 3D path: objects slice by slice on the stack (a copy when batch), the PNGs asked for. */
	private void showVolume() throws java.io.IOException
	{
		if (given(ground_truth) && given(before))
			throw new IllegalArgumentException("give either 'before' (" + before + ") or 'ground_truth' (" + ground_truth + "), not both");
		final VolumeShow.Request r = new VolumeShow.Request();
		r.colorBy = ColorBy.valueOf(color_by.toUpperCase(java.util.Locale.ROOT));
		r.mode = draw.equals("fills") ? DrawMode.FILL : DrawMode.OUTLINE;
		r.labels = labelFields();
		r.planes = planes;
		r.png = png;
		r.orthogonalPng = orthogonal_png;
		r.scale = scale;
		r.before = given(before) ? before.toPath() : null;
		r.groundTruth = given(ground_truth) ? ground_truth.toPath() : null;
		r.superimposed = layout.equals("superimposed");
		final ImagePlus shown = Display.interactive() ? image : image.duplicate();
		shown.setTitle(image.getTitle());
		final VolumeShow.Shown out = VolumeShow.show(shown, labels.toPath(), r);
		summary = out.summary;
		if (Display.interactive() && out.image != image)
			out.image.show();
	}

	private static boolean given(final File f)
	{
		return f != null && !f.getPath().trim().isEmpty();
	}

	/**
	 * Draws the error map of the merged objects against the ground truth on {@code imp} and sets
	 * the summary. Each prediction gets one kind (merged before split piece before spurious
	 * before matched); only missed objects are drawn from the ground truth.
	 */
	private ImagePlus errorMap(final List<Instance> merged, final List<Instance> truth, final ImagePlus imp)
	{
		final ErrorReport report = ErrorAnalysis.analyse(merged, truth);
		final MatchingResult matching = Matching.match(merged, truth, MatchingOptions.defaults().withThresholds(0.5));
		final ErrorKinds kinds = ErrorKinds.classify(report, matching);
		final List<Instance> preds = matching.overlaps().predictions(), gt = matching.overlaps().groundTruth();
		final ErrorMap map = ErrorMap.create();
		for (int p = 0; p < preds.size(); p++)
			if (kinds.predictions[p] != null)
				map.add(preds.get(p), kinds.predictions[p]);
		for (int g = 0; g < gt.size(); g++)
			if (kinds.missed[g])
				map.add(gt.get(g), ErrorKind.MISSED);
		summary = kinds.summary(merged.size(), truth.size());
		return map.draw(draw.equals("fills") ? DrawMode.FILL : DrawMode.FILL_AND_OUTLINE).showOn(imp);
	}

	/** The label fields chosen by {@code show_labels}. */
	private io.github.smm.vis.LabelField[] labelFields()
	{
		return show_labels.equals("none") ? new io.github.smm.vis.LabelField[0]
				: new io.github.smm.vis.LabelField[] { io.github.smm.vis.LabelField.valueOf(show_labels.toUpperCase(java.util.Locale.ROOT)) };
	}

	/** The distinct source windows of the tile predictions: the tile grid. */
	private static List<io.github.smm.model.Box> windows(final List<Instance> tiles)
	{
		final java.util.Set<io.github.smm.model.Box> boxes = new java.util.LinkedHashSet<>();
		for (final Instance t : tiles)
			if (t.window() != null)
				boxes.add(t.window());
		return new java.util.ArrayList<>(boxes);
	}

	/**
	 * For each tile prediction, the merged object it overlaps most (its cluster, seen from the
	 * files), from the overlaps of the tile predictions (as predictions) with the merged objects.
	 */
	static Map<Long, Long> owners(final Overlaps o)
	{
		final List<Instance> tiles = o.predictions(), merged = o.groundTruth();
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
