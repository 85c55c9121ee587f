package io.github.smm.command;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.TiffDecoder;
import io.github.smm.command.evaluation.EvaluationInputs;
import io.github.smm.command.evaluation.ImageSet;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.io.FormatException;
import io.github.smm.volume.VolumeInstance;

/**
 * The volumes of an input of <em>Evaluate Segmentation</em> or <em>Check Annotations</em>: one
 * label stack of z slices or 3D ROI set, or a folder of them, each named by its file name without
 * extension (as the 2D folders are). A folder counts as a folder of volumes as soon as one of its
 * files is a multi-page TIFF or a 3D ROI set; then every label file in it must be a volume, and a
 * 2D image (a one-plane TIFF, a PNG, GeoJSON, a 2D ROI set) is an error naming it and the stack
 * beside it. Hidden files are ignored, other files skipped with a warning. Names in sorted order.
 */
final class VolumeFiles
{
	private final Path source;
	private final boolean folder;
	private final Map<String, Path> files;
	private final List<String> warnings;

	private VolumeFiles(final Path source, final boolean folder, final Map<String, Path> files, final List<String> warnings)
	{
		this.source = source;
		this.folder = folder;
		this.files = files;
		this.warnings = warnings;
	}

	/** Whether {@code path} is a label stack of z slices, a 3D ROI set, or a folder holding a multi-page TIFF or a 3D ROI set. */
	static boolean isVolumeInput(final Path path) throws IOException
	{
		if (!Files.isDirectory(path))
			return LabelStacks.isVolume(path);
		for (final Path f : list(path))
			try
			{
				if (isStackFile(f))
					return true;
			}
			catch (final IOException | RuntimeException e)
			{
				// not readable as a stack: the 2D reader reports it by name
			}
		return false;
	}

	/**
	 * Lists {@code path} ({@code role} names it in errors, e.g. "ground_truth").
	 *
	 * @throws IllegalArgumentException naming the file: a 2D image in a folder of volumes, two files of one name, a folder without volumes
	 */
	static VolumeFiles list(final Path path, final String role) throws IOException
	{
		return list(path, role, false);
	}

	/**
	 * As {@link #list(Path, String)}; with {@code forced} ({@code dimensions=3d}) every label image
	 * of a folder is a volume whatever its number of planes (a one-plane image a one-slice volume),
	 * so the folder needs no stack.
	 */
	static VolumeFiles list(final Path path, final String role, final boolean forced) throws IOException
	{
		if (!Files.exists(path))
			throw new IOException(role + " " + path + " does not exist");
		final Map<String, Path> files = new TreeMap<>();
		final List<String> warnings = new ArrayList<>();
		if (!Files.isDirectory(path))
		{
			files.put(ImageSet.baseName(path), path);
			return new VolumeFiles(path, false, files, warnings);
		}
		final List<Path> all = list(path);
		// each file is judged once (a 3D ROI set is read whole to be judged); forced, none needs to be
		final Set<Path> stacks = new HashSet<>();
		if (!forced)
			for (final Path f : all)
				if (isStackFile(f))
					stacks.add(f);
		final Path stack = all.stream().filter(stacks::contains).findFirst().orElse(null);
		if (stack == null && !forced)
			throw new IllegalArgumentException(role + " folder " + path + " holds no label stack (multi-page .tif, .tiff) or 3D ROI set (.zip)");
		for (final Path f : all)
		{
			final String ext = ImageSet.extension(f);
			if (!Files.isRegularFile(f) || !List.of("tif", "tiff", "png", "zip", "geojson").contains(ext))
			{
				warnings.add(role + " folder " + path + ": skipped " + f.getFileName() + " (not a label stack or 3D ROI set)");
				continue;
			}
			if (ext.startsWith("tif") && pages(f) == 0)
				throw new FormatException(role + " folder " + path + ": " + f.getFileName() + " is not a readable TIFF file");
			if (!forced && !stacks.contains(f))
				throw new IllegalArgumentException(role + " folder " + path + ": " + f.getFileName() + " is 2D (" + (ext.startsWith("tif") ? "one plane" : ext.equals("zip") ? "a 2D ROI set" : "a ." + ext + " file")
						+ ") but " + stack.getFileName() + " is a volume: a folder is evaluated in 3D when it holds a label stack, and then every file must be a label stack of z slices or a 3D ROI set");
			final String name = ImageSet.baseName(f);
			final Path before = files.put(name, f);
			if (before != null)
				throw new IllegalArgumentException(role + " folder " + path + ": " + before.getFileName() + " and " + f.getFileName() + " have the same name '" + name + "'");
		}
		return new VolumeFiles(path, true, files, warnings);
	}

	/** A prediction volume and its ground truth. */
	static final class Pair
	{
		final String name;
		final Path prediction, truth;

		Pair(final String name, final Path prediction, final Path truth)
		{
			this.name = name;
			this.prediction = prediction;
			this.truth = truth;
		}
	}

	/**
	 * Pairs {@code prediction} with {@code truth}: two single files whatever their names (named by
	 * the prediction's file name), otherwise by name.
	 *
	 * @return the pairs in name order
	 * @throws IllegalArgumentException naming the volumes without a partner
	 */
	static List<Pair> pair(final VolumeFiles prediction, final VolumeFiles truth)
	{
		final List<Pair> out = new ArrayList<>();
		if (!prediction.folder && !truth.folder)
		{
			final Path p = prediction.source;
			out.add(new Pair(p.getFileName().toString(), p, truth.source));
			return out;
		}
		final Map<String, Path> p = prediction.files, g = truth.files;
		for (final String name : EvaluationInputs.pairByName(p.keySet(), g.keySet(), "volume(s)", prediction.source, truth.source))
			out.add(new Pair(name, p.get(name), g.get(name)));
		return out;
	}

	/**
	 * The objects of one volume file and its size in voxels (null for a 3D ROI set, which has none).
	 *
	 * @throws FormatException naming the file when it is not a label stack of z slices or a 3D ROI set
	 */
	static Volume read(final Path file, final String role) throws IOException
	{
		return read(file, role, false);
	}

	/**
	 * As {@link #read(Path, String)}; with {@code forced} ({@code dimensions=3d}) a label image
	 * ({@code .tif}, {@code .tiff}, {@code .png}) is one volume whatever its dimensions: every plane a
	 * z slice (time frames too, as <em>Merge Label Images</em> reads them with {@code dimensions=3d}),
	 * one plane a one-slice volume.
	 */
	static Volume read(final Path file, final String role, final boolean forced) throws IOException
	{
		if (forced && List.of("tif", "tiff", "png").contains(ImageSet.extension(file)))
		{
			final ImagePlus imp = ImagePlusLabels.open(file);
			imp.setTitle(file.toString());
			return new Volume(LabelStacks.objects(imp), new long[] { imp.getWidth(), imp.getHeight(), imp.getStackSize() });
		}
		if (ImageSet.extension(file).equals("zip"))
		{
			if (!LabelStacks.isVolume(file))
				throw new FormatException(role + " " + file + " is a 2D ROI set, not a 3D ROI set (every ROI on a slice and named object-<id>)");
			return new Volume(LabelStacks.read(file), null);
		}
		if (!ImageSet.extension(file).startsWith("tif"))
			throw new FormatException(role + " " + file + (forced ? " is not a label image or stack (.tif, .tiff, .png) or a 3D ROI set (.zip), the files dimensions=3d reads as volumes"
					: " is not a label stack of z slices (.tif, .tiff) or a 3D ROI set (.zip)"));
		final ImagePlus imp = ImagePlusLabels.open(file);
		if (!ImagePlusVolumes.isVolume(imp))
			throw new FormatException(role + " " + file + " is not a label stack of z slices: it has " + imp.getNChannels() + " channel(s), " + imp.getNSlices() + " slice(s) and "
					+ imp.getNFrames() + " frame(s); a volume has one channel, one frame and several slices");
		imp.setTitle(file.toString());
		return new Volume(LabelStacks.objects(imp), new long[] { imp.getWidth(), imp.getHeight(), imp.getNSlices() });
	}

	/** The objects of a volume file and its size (x, y, z; null when unknown). */
	static final class Volume
	{
		final List<VolumeInstance> objects;
		final long[] size;

		Volume(final List<VolumeInstance> objects, final long[] size)
		{
			this.objects = objects;
			this.size = size;
		}

		/** The size as {@code w x h x d}. */
		String describeSize()
		{
			return size[0] + " x " + size[1] + " x " + size[2];
		}
	}

	/** Warnings of the listing (skipped files). */
	List<String> warnings()
	{
		return warnings;
	}

	/** The files by name (without extension), in name order. */
	Map<String, Path> files()
	{
		return files;
	}

	/** A multi-page TIFF, or a 3D ROI set (judged by the header only for TIFFs). */
	private static boolean isStackFile(final Path f) throws IOException
	{
		if (!Files.isRegularFile(f))
			return false;
		final String ext = ImageSet.extension(f);
		if (ext.equals("zip"))
			return LabelStacks.isVolume(f);
		return (ext.equals("tif") || ext.equals("tiff")) && pages(f) > 1;
	}

	/** Pages of a TIFF file from its header (ImageJ's {@code images=} for its own stacks); 0 when it is no readable TIFF. */
	private static int pages(final Path f)
	{
		try
		{
			final FileInfo[] info = new TiffDecoder(f.toAbsolutePath().getParent().toString() + File.separator, f.getFileName().toString()).getTiffInfo();
			if (info == null || info.length == 0)
				return 0;
			return info.length == 1 ? Math.max(1, info[0].nImages) : info.length;
		}
		catch (final IOException | RuntimeException e)
		{
			return 0;
		}
	}

	private static List<Path> list(final Path dir) throws IOException
	{
		try (Stream<Path> s = Files.list(dir))
		{
			return s.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().collect(Collectors.toList());
		}
	}



}
