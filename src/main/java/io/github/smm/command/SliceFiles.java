package io.github.smm.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.ImagePlus;
import io.github.smm.command.evaluation.EvaluationInputs;
import io.github.smm.command.evaluation.ImageSet;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.model.Instance;

/**
 * The {@code dimensions} key of <em>Evaluate Segmentation</em> and <em>Check Annotations</em>, and
 * their {@code dimensions=2d_per_slice} reading: every plane of a label stack (each stack index, 1
 * first) is a 2D image named {@code <name>:slice <k>}, {@code <name>} the file name without
 * extension (the ground truth's for two single files, as in 2D); a one-plane label image, a ROI
 * set and a GeoJSON file are one 2D image under their name, as in 2D. Folders are listed as the 2D
 * folders are (sorted, hidden files ignored, other files skipped with a warning) and paired by file
 * name; the planes of a pair are paired one by one, so both files must have as many planes of the
 * same size. A 3D ROI set is refused by name (its ROIs are one object over several slices).
 */
final class SliceFiles
{

	/** The separator between a file's name and its plane in a row name. */
	static final String SLICE = ":slice ";

	private SliceFiles()
	{}

	/**
	 * {@code dimensions} as given.
	 *
	 * @throws IllegalArgumentException naming the value when it is none of auto, 2d_per_slice, 3d
	 */
	static String dimensions(final String value)
	{
		final String v = value == null ? VolumeLabelMerge.AUTO : value.trim().toLowerCase(Locale.ROOT);
		if (!List.of(VolumeLabelMerge.AUTO, VolumeLabelMerge.PER_SLICE, VolumeLabelMerge.VOLUME).contains(v))
			throw new IllegalArgumentException("dimensions=" + value + " is not one of auto, 2d_per_slice, 3d");
		return v;
	}

	/** The 2D images of one file: its planes' instances by row name, and its plane size (null when it has none: ROI sets, GeoJSON). */
	static final class Planes
	{
		final Path file;
		final Map<String, List<Instance>> images = new LinkedHashMap<>();
		long[] size;
		boolean classed = true;

		Planes(final Path file)
		{
			this.file = file;
		}
	}

	/** The label files of an input by name, and whether it is a folder. */
	static final class Listing
	{
		final Path source;
		final boolean folder;
		final Map<String, Path> files = new TreeMap<>();
		final List<String> warnings = new ArrayList<>();

		Listing(final Path source, final boolean folder)
		{
			this.source = source;
			this.folder = folder;
		}
	}

	/**
	 * Lists a file or folder ({@code role} names it in errors).
	 *
	 * @throws IllegalArgumentException naming the files of one name, or a folder with no label file
	 */
	static Listing list(final Path path, final String role) throws IOException
	{
		if (!Files.exists(path))
			throw new IOException(role + " " + path + " does not exist");
		if (!Files.isDirectory(path))
		{
			final Listing l = new Listing(path, false);
			l.files.put(ImageSet.baseName(path), path);
			return l;
		}
		final Listing l = new Listing(path, true);
		final List<Path> all;
		try (Stream<Path> s = Files.list(path))
		{
			all = s.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().collect(Collectors.toList());
		}
		for (final Path f : all)
		{
			final String ext = ImageSet.extension(f);
			if (!Files.isRegularFile(f) || !(ImageSet.LABEL_EXTENSIONS.contains(ext) || ext.equals("zip") || ext.equals("geojson")))
			{
				l.warnings.add(role + " folder " + path + ": skipped " + f.getFileName() + " (not a label image, ROI set or GeoJSON file)");
				continue;
			}
			final Path before = l.files.put(ImageSet.baseName(f), f);
			if (before != null)
				throw new IllegalArgumentException(role + " folder " + path + ": " + before.getFileName() + " and " + f.getFileName() + " have the same name '" + ImageSet.baseName(f) + "'");
		}
		if (l.files.isEmpty())
			throw new IllegalArgumentException(role + " folder " + path + " holds no label image (.tif, .tiff, .png) or ROI set (.zip)");
		return l;
	}

	/**
	 * The 2D images of {@code file}, named from {@code name}.
	 *
	 * @throws IllegalArgumentException naming the file when it is a 3D ROI set or cannot be read
	 */
	static Planes read(final Path file, final String name, final String role, final List<String> warnings) throws IOException
	{
		final Planes out = new Planes(file);
		final String ext = ImageSet.extension(file);
		if (ext.equals("tif") || ext.equals("tiff") || ext.equals("png"))
		{
			final ImagePlus imp = ImagePlusLabels.open(file);
			out.size = new long[] { imp.getWidth(), imp.getHeight() };
			out.classed = false;
			if (imp.getStackSize() == 1)
				out.images.put(name, ImagePlusLabels.toInstances(imp));
			else
				for (int k = 1; k <= imp.getStackSize(); k++)
					out.images.put(name + SLICE + k, ImagePlusLabels.toInstances(imp, k, 0, 0, null, Instance.NO_TILE, 0));
			return out;
		}
		if (ext.equals("zip") && LabelStacks.isVolume(file))
			throw new IllegalArgumentException(role + " " + file + " is a 3D ROI set (objects over several slices): dimensions=2d_per_slice reads label images and stacks, ROI sets and GeoJSON of 2D objects; use dimensions=auto or 3d for it");
		final ImageSet one = ImageSet.read(file, role);
		warnings.addAll(one.warnings());
		out.classed = one.carriesCategories();
		out.images.put(name, one.images().values().iterator().next());
		return out;
	}

	/**
	 * Reads and pairs the planes of the two inputs: two single files whatever their names (the
	 * rows named by the ground truth), otherwise by file name.
	 *
	 * @throws IllegalArgumentException naming the unpaired files, a pair of different plane counts
	 *             or sizes
	 */
	static EvaluationInputs evaluationInputs(final Path prediction, final Path groundTruth) throws IOException
	{
		final Listing gt = list(groundTruth, "ground_truth"), pred = list(prediction, "prediction");
		final List<EvaluationInputs.ImagePair> pairs = new ArrayList<>();
		final List<String> warnings = new ArrayList<>(gt.warnings);
		warnings.addAll(pred.warnings);
		boolean classed = true;
		for (final Map.Entry<String, Path[]> e : pair(pred, gt).entrySet())
		{
			final Path p = e.getValue()[0], g = e.getValue()[1];
			final Planes gp = read(g, e.getKey(), "ground_truth", warnings), pp = read(p, e.getKey(), "prediction", warnings);
			if (gp.images.size() != pp.images.size())
				throw new IllegalArgumentException("prediction " + p + " has " + pp.images.size() + " plane(s) but ground_truth " + g + " has " + gp.images.size()
						+ ": dimensions=2d_per_slice pairs the planes of two stacks one by one");
			if (gp.size != null && pp.size != null && (gp.size[0] != pp.size[0] || gp.size[1] != pp.size[1]))
				throw new IllegalArgumentException("prediction " + p + " is " + pp.size[0] + " x " + pp.size[1] + " but ground_truth " + g + " is " + gp.size[0] + " x " + gp.size[1]
						+ ": they must be label images of the same image");
			classed &= gp.classed && pp.classed;
			for (final Map.Entry<String, List<Instance>> plane : gp.images.entrySet())
				pairs.add(new EvaluationInputs.ImagePair(plane.getKey(), pp.images.get(plane.getKey()), plane.getValue()));
		}
		return EvaluationInputs.of(pairs, warnings, classed);
	}

	/** Pairs of {prediction, ground truth} files by row name, in name order. */
	private static Map<String, Path[]> pair(final Listing pred, final Listing gt)
	{
		final Map<String, Path[]> out = new TreeMap<>();
		if (!pred.folder && !gt.folder)
		{
			out.put(gt.files.keySet().iterator().next(), new Path[] { pred.source, gt.source });
			return out;
		}
		for (final String name : EvaluationInputs.pairByName(pred.files.keySet(), gt.files.keySet(), "image(s)", pred.source, gt.source))
			out.put(name, new Path[] { pred.files.get(name), gt.files.get(name) });
		return out;
	}



}
