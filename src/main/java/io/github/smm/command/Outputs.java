package io.github.smm.command;

import java.io.File;
import java.io.IOException;
import java.util.List;

import ij.IJ;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import io.github.smm.MergeResult;
import io.github.smm.fuse.OverlapResolution;
import io.github.smm.io.AtomicFiles;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.io.geojson.ClassNames;
import io.github.smm.io.geojson.GeoJson;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;

/** Publishing of command results: label images, the cluster table, errors. */
final class Outputs
{
	/** Title of the cluster results table. */
	static final String TABLE_TITLE = "SMM clusters";

	private Outputs()
	{}

	/**
	 * Writes the label image of {@code instances} over {@code region} to {@code file} (when
	 * given) and shows it (when interactive). A label image holds one object per pixel, so
	 * overlaps are resolved first ({@link #resolved}): label {@code k} is the object of
	 * cluster id {@code k}.
	 */
	static ImagePlus labels(final List<Instance> instances, final Box region, final String title, final File file) throws IOException
	{
		final boolean save = file != null && !file.getPath().trim().isEmpty();
		if (!save && !Display.interactive())
			return null;
		final ImagePlus imp = labelImage(instances, region, title);
		if (save)
			saveTiff(imp, file);
		if (Display.interactive())
			imp.show();
		return imp;
	}

	/** Bytes per pixel a label image needs while it is made: the int labels and the ImageJ copy. */
	private static final long LABEL_BYTES_PER_PIXEL = 8;

	/**
	 * Refuses a label image that would take more than half the Java heap, before allocating it.
	 *
	 * @throws IllegalArgumentException naming the image, its size and the heap
	 */
	private static void requireMemory(final Box region, final String title)
	{
		final long pixels = Math.max(0, region.width()) * Math.max(0, region.height());
		final long heap = Runtime.getRuntime().maxMemory();
		io.github.smm.io.Limits.requirePixels(region.width(), region.height(), "label image '" + title + "'");
		if (pixels > heap / 2 / LABEL_BYTES_PER_PIXEL)
			throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
					"label image '%s' of %d x %d pixels needs about %d MB, more than half the Java heap (%d MB): leave the label output out, or raise the heap (-Xmx; Fiji: Edit > Options > Memory)",
					title, region.width(), region.height(), pixels * LABEL_BYTES_PER_PIXEL >> 20, heap >> 20));
	}

	/** Writes {@code imp} as a TIFF to {@code file}, whole or not at all ({@link AtomicFiles}); the image keeps its title. */
	static void saveTiff(final ImagePlus imp, final File file) throws IOException
	{
		final String title = imp.getTitle();
		AtomicFiles.write(file.toPath(), temp -> {
			if (!new ij.io.FileSaver(imp).saveAsTiff(temp.toString()))
				throw new IOException("could not write the label image " + file);
		});
		imp.setTitle(title);
	}

	/** The label image of objects that may overlap: resolved, labelled by id, with the categorical LUT. */
	static ImagePlus labelImage(final List<Instance> instances, final Box region, final String title)
	{
		requireMemory(region, title);
		return ImagePlusLabels.toImagePlusById(resolved(instances, title), region, title);
	}

	/**
	 * The objects without overlaps: a pixel claimed by several goes to the higher score (then
	 * the larger, then the earlier), as {@code resolve_overlaps} does; an object left with no
	 * pixel is absorbed by the one that took most of them, and the log says how many.
	 */
	static List<Instance> resolved(final List<Instance> instances, final String title)
	{
		final OverlapResolution.Resolved<Instance> r = OverlapResolution.resolve(instances, Runtime.getRuntime().availableProcessors());
		final int lost = instances.size() - r.outputs.size();
		if (lost > 0)
			IJ.log("Label image '" + title + "': overlapping pixels went to the higher-scoring object; " + lost + " of " + instances.size()
					+ " objects lie entirely under stronger ones and are absorbed by them (the ROI, COCO and GeoJSON outputs keep them unless resolve_overlaps)");
		return r.outputs;
	}

	/** Writes the merged objects as QuPath GeoJSON when {@code file} is given. */
	static void geojson(final MergeResult r, final ClassNames classes, final File file)
	{
		if (file == null || file.getPath().trim().isEmpty())
			return;
		final int[] members = new int[r.clusterCount()];
		for (int c = 0; c < members.length; c++)
			members[c] = r.members(c).length;
		GeoJson.write(file.toPath(), r.merged(), classes, members);
	}

	/** The cluster table as an ImageJ results table; with the members' names when {@code names} is not empty. */
	static ResultsTable table(final MergeResult r, final java.util.Map<Long, String> names)
	{
		final ResultsTable rt = new ResultsTable();
		for (int c = 0; c < r.clusterCount(); c++)
		{
			final Instance m = r.merged().get(c);
			rt.incrementCounter();
			rt.addValue("cluster_id", m.id());
			rt.addValue("members", join(r.members(c)));
			if (!names.isEmpty())
				rt.addValue("member_names", io.github.smm.io.ClusterCsv.memberNames(io.github.smm.io.ClusterRow.of(m, r.members(c), names)));
			rt.addValue("n_members", r.members(c).length);
			rt.addValue("score", m.score());
			rt.addValue("class", m.classId());
			rt.addValue("area", m.area());
			rt.addValue("bbox_x", m.box().minX);
			rt.addValue("bbox_y", m.box().minY);
			rt.addValue("bbox_width", m.box().width());
			rt.addValue("bbox_height", m.box().height());
		}
		return rt;
	}

	/**
	 * The cluster table of planes merged one by one (2D per slice) as one ImageJ results table: a
	 * {@code slice} column (1-based) before the columns of {@link #table}; {@code perSlice.get(k)}
	 * holds plane k+1's clusters.
	 */
	static ResultsTable sliceTable(final java.util.List<java.util.List<io.github.smm.io.ClusterRow>> perSlice)
	{
		final ResultsTable rt = new ResultsTable();
		final boolean named = perSlice.stream().flatMap(java.util.List::stream).anyMatch(r -> !r.memberNames().isEmpty());
		for (int k = 0; k < perSlice.size(); k++)
			for (final io.github.smm.io.ClusterRow c : perSlice.get(k))
			{
				rt.incrementCounter();
				rt.addValue("slice", k + 1);
				rt.addValue("cluster_id", c.clusterId());
				rt.addValue("members", join(c.members()));
				if (named)
					rt.addValue("member_names", io.github.smm.io.ClusterCsv.memberNames(c));
				rt.addValue("n_members", c.members().length);
				rt.addValue("score", c.score());
				rt.addValue("class", c.classId());
				rt.addValue("area", c.area());
				rt.addValue("bbox_x", c.box().minX);
				rt.addValue("bbox_y", c.box().minY);
				rt.addValue("bbox_width", c.box().width());
				rt.addValue("bbox_height", c.box().height());
			}
		return rt;
	}

	static void showTable(final MergeResult r, final java.util.Map<Long, String> names)
	{
		table(r, names).show(TABLE_TITLE);
	}

	private static String join(final long[] ids)
	{
		final StringBuilder sb = new StringBuilder();
		for (final long id : ids)
			sb.append(sb.length() == 0 ? "" : " ").append(id);
		return sb.toString();
	}

	/** A failure naming the command, keeping the cause's message (which names the bad item). */
	static RuntimeException failure(final String command, final Exception e)
	{
		return CommandFailure.of(command, e);
	}
}
