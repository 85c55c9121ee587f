package io.github.smm.command.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.RoiImport;
import io.github.smm.ij.RoiSets;
import io.github.smm.io.FormatException;
import io.github.smm.io.coco.CocoAnnotation;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoImage;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.geojson.ClassNames;
import io.github.smm.io.geojson.GeoJson;
import io.github.smm.io.geojson.GeoJsonObjects;
import io.github.smm.model.Instance;

/**
 * The images of one evaluation input, by name: a label image ({@code .tif}, {@code .tiff},
 * {@code .png}; 0 = background), a ROI set ({@code .zip}), QuPath GeoJSON ({@code .geojson}), a COCO JSON dataset (one image per
 * {@code images} entry, named by its {@code file_name} without folder and extension; crowd
 * regions left out of the instances), COCO detection results (a bare JSON list; predictions
 * only, read against a COCO ground truth), or a folder of label images and ROI sets, each
 * named by its file name without extension (also GeoJSON files). Other files in a folder are skipped with a
 * warning.
 */
public final class ImageSet
{
	/** File name extensions (lower case) read as label images. */
	public static final Set<String> LABEL_EXTENSIONS = Set.of("tif", "tiff", "png");

	private final Path source;
	private final boolean folder;
	private final Map<String, List<Instance>> images;
	private final CocoDataset dataset;
	private final Map<String, Long> cocoIds;
	private final Map<String, List<CocoAnnotation>> annotations;
	private final List<String> warnings;
	private boolean categories;

	private ImageSet(final Path source, final boolean folder, final Map<String, List<Instance>> images, final CocoDataset dataset,
			final Map<String, Long> cocoIds, final Map<String, List<CocoAnnotation>> annotations, final List<String> warnings)
	{
		this.categories = annotations != null;
		this.source = source;
		this.folder = folder;
		this.images = Collections.unmodifiableMap(images);
		this.dataset = dataset;
		this.cocoIds = cocoIds;
		this.annotations = annotations;
		this.warnings = Collections.unmodifiableList(warnings);
	}

	/**
	 * Reads a file or folder ({@code role} names it in errors, e.g. "ground_truth").
	 *
	 * @throws IOException naming the path when it is missing or unreadable
	 * @throws IllegalArgumentException naming the path when it is a COCO results list (which
	 *             needs {@link #readPrediction}), an unsupported file, or a folder with nothing
	 *             to read
	 */
	public static ImageSet read(final Path path, final String role) throws IOException
	{
		if (!Files.exists(path))
			throw new IOException(role + " " + path + " does not exist");
		if (Files.isDirectory(path))
			return readFolder(path, role);
		final String ext = extension(path);
		if (ext.equals("json"))
		{
			if (CocoJson.isResultList(path))
				throw new IllegalArgumentException(role + " " + path + " is a COCO results list; only predictions may be one, with a COCO dataset as ground truth");
			return coco(path, CocoJson.read(path));
		}
		final List<String> warnings = new ArrayList<>();
		final Map<String, List<Instance>> images = new LinkedHashMap<>();
		final boolean[] classed = { true };
		images.put(baseName(path), readFile(path, role, warnings, classed));
		return new ImageSet(path, false, images, null, null, null, warnings).withCategories(classed[0]);
	}

	/**
	 * Reads predictions: as {@link #read}, and also COCO detection results for the images of
	 * a COCO ground truth.
	 *
	 * @throws IllegalArgumentException when a results list comes with a ground truth that is
	 *             not a COCO dataset
	 */
	public static ImageSet readPrediction(final Path path, final ImageSet groundTruth) throws IOException
	{
		if (!Files.isRegularFile(path) || !extension(path).equals("json") || !CocoJson.isResultList(path))
			return read(path, "prediction");
		if (groundTruth.dataset == null)
			throw new IllegalArgumentException("prediction " + path + " is a COCO results list; it needs a COCO JSON dataset as ground_truth, not " + groundTruth.source);
		final Map<Long, List<CocoAnnotation>> byId = new LinkedHashMap<>();
		for (final CocoAnnotation d : CocoJson.readResults(path, groundTruth.dataset))
			byId.computeIfAbsent(d.imageId(), k -> new ArrayList<>()).add(d);
		final Map<String, List<Instance>> images = new LinkedHashMap<>();
		final Map<String, List<CocoAnnotation>> annotations = new LinkedHashMap<>();
		for (final Map.Entry<String, Long> e : groundTruth.cocoIds.entrySet())
		{
			final List<CocoAnnotation> list = byId.getOrDefault(e.getValue(), Collections.emptyList());
			annotations.put(e.getKey(), list);
			images.put(e.getKey(), list.stream().map(CocoAnnotation::toInstance).collect(Collectors.toList()));
		}
		return new ImageSet(path, false, images, null, groundTruth.cocoIds, annotations, new ArrayList<>());
	}

	private static ImageSet coco(final Path path, final CocoDataset d)
	{
		final Map<String, List<Instance>> images = new LinkedHashMap<>();
		final Map<String, Long> ids = new LinkedHashMap<>();
		final Map<String, List<CocoAnnotation>> annotations = new LinkedHashMap<>();
		for (final CocoImage im : d.images())
		{
			final String name = baseName(im.fileName());
			if (ids.containsKey(name))
				throw new FormatException(path + ": images " + ids.get(name) + " and " + im.id() + " have the same name '" + name + "'");
			ids.put(name, im.id());
			images.put(name, d.instancesOf(im.id()));
			annotations.put(name, d.annotationsOf(im.id()));
		}
		return new ImageSet(path, false, images, d, ids, annotations, new ArrayList<>());
	}

	private static ImageSet readFolder(final Path dir, final String role) throws IOException
	{
		final List<Path> files;
		try (Stream<Path> s = Files.list(dir))
		{
			files = s.sorted().collect(Collectors.toList());
		}
		final List<String> warnings = new ArrayList<>();
		final Map<String, List<Instance>> images = new LinkedHashMap<>();
		final Map<String, Path> seen = new LinkedHashMap<>();
		final boolean[] classed = { true };
		for (final Path f : files)
		{
			final String ext = extension(f);
			if (f.getFileName().toString().startsWith("."))
				continue;
			if (!Files.isRegularFile(f) || !(LABEL_EXTENSIONS.contains(ext) || ext.equals("zip") || ext.equals("geojson")))
			{
				warnings.add(role + " folder " + dir + ": skipped " + f.getFileName() + " (not a label image, ROI set or GeoJSON file)");
				continue;
			}
			final String name = baseName(f);
			if (seen.containsKey(name))
				throw new IllegalArgumentException(role + " folder " + dir + ": " + seen.get(name).getFileName() + " and " + f.getFileName() + " have the same name '" + name + "'");
			seen.put(name, f);
			images.put(name, readFile(f, role, warnings, classed));
		}
		if (images.isEmpty())
			throw new IllegalArgumentException(role + " folder " + dir + " holds no label image (.tif, .tiff, .png) or ROI set (.zip)");
		return new ImageSet(dir, true, images, null, null, null, warnings).withCategories(classed[0]);
	}

	/** Reads one file; clears {@code classed[0]} when it carries no classes (label images, ROIs without a class property). */
	private static List<Instance> readFile(final Path f, final String role, final List<String> warnings, final boolean[] classed) throws IOException
	{
		final String ext = extension(f);
		if (LABEL_EXTENSIONS.contains(ext))
		{
			classed[0] = false;
			return ImagePlusLabels.toInstances(ImagePlusLabels.open(f));
		}
		if (ext.equals("zip"))
		{
			final RoiImport in = RoiSets.readInstances(f, 1);
			in.warnings().forEach(w -> warnings.add(f.getFileName() + ": " + w));
			if (in.warnings().stream().anyMatch(w -> w.kind() == io.github.smm.ij.RoiWarning.Kind.MISSING_CLASS))
				classed[0] = false;
			return in.instances();
		}
		if (ext.equals("geojson"))
		{
			final GeoJsonObjects g = GeoJson.read(f);
			warnings.addAll(g.warnings());
			if (g.instances().stream().anyMatch(i -> i.classId() == ClassNames.UNCLASSIFIED))
				classed[0] = false;
			return g.instances();
		}
		throw new IllegalArgumentException(role + " " + f + ": unsupported file; expected a label image (.tif, .tiff, .png), a ROI set (.zip), COCO JSON (.json) or QuPath GeoJSON (.geojson)");
	}

	/** The last extension of a file name, lower case ("" when it has none). */
	public static String extension(final Path p)
	{
		final String n = p.getFileName().toString();
		final int dot = n.lastIndexOf('.');
		return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** A file name without folders and without its last extension. */
	public static String baseName(final Path p)
	{
		return baseName(p.getFileName().toString());
	}

	static String baseName(final String fileName)
	{
		final String n = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		final int dot = n.lastIndexOf('.');
		return dot <= 0 ? n : n.substring(0, dot);
	}

	private ImageSet withCategories(final boolean carries)
	{
		categories = carries;
		return this;
	}

	/**
	 * True when every object read carries a class: COCO inputs, ROI sets whose ROIs all have a
	 * {@code class} property; not label images.
	 */
	public boolean carriesCategories()
	{
		return categories;
	}

	/** The file or folder read. */
	public Path source()
	{
		return source;
	}

	/** True when read from a folder. */
	public boolean isFolder()
	{
		return folder;
	}

	/** The instances of every image by name, in reading order. */
	public Map<String, List<Instance>> images()
	{
		return images;
	}

	/** True for COCO inputs (a dataset or detection results). */
	public boolean isCoco()
	{
		return annotations != null;
	}

	/** The COCO dataset read, or null when this is not a COCO dataset. */
	public CocoDataset cocoDataset()
	{
		return dataset;
	}

	/** The COCO image id of an image name; only for COCO inputs. */
	public long cocoImageId(final String name)
	{
		return cocoIds.get(name);
	}

	/** The COCO annotations of an image, crowd regions included; only for COCO inputs. */
	public List<CocoAnnotation> cocoAnnotations(final String name)
	{
		return annotations.get(name);
	}

	/** Things skipped or approximated while reading (skipped files, ROI conversions). */
	public List<String> warnings()
	{
		return warnings;
	}
}
