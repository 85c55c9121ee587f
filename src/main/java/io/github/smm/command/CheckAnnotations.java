package io.github.smm.command;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import io.github.smm.command.evaluation.EvaluationTables;
import io.github.smm.command.evaluation.ImageSet;
import io.github.smm.eval.AnnotationCheck;
import io.github.smm.eval.AnnotationCheckOptions;
import io.github.smm.eval.Connectivity;
import io.github.smm.io.EvaluationCsv;
import io.github.smm.model.Instance;
import io.github.smm.volume.VolumeAnnotationCheck;
import io.github.smm.volume.VolumeInstance;

/**
 * Looks for problems in ground-truth annotations before they are used for evaluation:
 * overlapping instances (possible in ROI sets and COCO JSON), slivers below a minimum area,
 * instances in several pieces and instances with holes. One table row per problem. A label stack
 * of z slices, a 3D ROI set or a folder of them ({@link VolumeFiles}) is checked in 3D, volume by
 * volume: voxels for pixels, 3D connectivity (6, 18, 26; 4 and 8 read as 6 and 26), cavities for
 * holes. {@code dimensions}: {@code auto} as just said; {@code 3d} checks every label image as a
 * volume (a 2D image as a one-slice volume, a stack of frames as z slices); {@code 2d_per_slice}
 * checks every plane of a stack as a 2D image named {@code <name>:slice <k>} ({@link SliceFiles}).
 * The summary counts images and instances in 2D, volumes and objects in 3D.
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Segmentation>Spatial Mask Merging>Check Annotations")
public class CheckAnnotations implements Command
{
	/** Title of the problem table. */
	static final String TABLE = "SMM annotation problems";

	@Parameter
	private LogService log;

	@Parameter(label = "ground_truth", persist = false, style = "both",
			description = "A label image, a RoiSet.zip, a COCO JSON dataset, or a folder of label images / ROI sets")
	private File ground_truth;

	@Parameter(label = "min_area", min = "0", persist = false, description = "Instances of fewer pixels (voxels in a label stack) are reported as slivers")
	private int min_area = (int) AnnotationCheckOptions.DEFAULT_MIN_AREA;

	@Parameter(label = "connectivity", choices = { "8", "4", "26", "18", "6" }, persist = false,
			description = "Neighbourhood for pieces: 8 (edges and corners) or 4 (edges) in images; 26, 18 or 6 (faces) in label stacks, where 8 means 26 and 4 means 6")
	private String connectivity = "8";

	@Parameter(label = "dimensions", choices = { "auto", "2d_per_slice", "3d" }, persist = false,
			description = "auto: a stack of z slices (one channel, one frame), or a folder holding one, is checked in 3D; 2d_per_slice: each plane a 2D image (rows name:slice k); 3d: every label image a volume (a 2D image one slice)")
	private String dimensions = VolumeLabelMerge.AUTO;

	@Parameter(label = "csv", required = false, persist = false, style = "save", description = "Optional CSV file: image, kind (overlap|sliver|pieces|hole), ids, pixels, count")
	private File csv;

	@Parameter(type = ItemIO.OUTPUT, label = "summary")
	private String summary;

	@Override
	public void run()
	{
		try
		{
			final AnnotationCheckOptions options = options();
			if (ground_truth == null || ground_truth.getPath().trim().isEmpty())
				throw new IllegalArgumentException("ground_truth is not given");
			final String dims = SliceFiles.dimensions(dimensions);
			final List<EvaluationCsv.Problem> problems = new ArrayList<>();
			final boolean volumes = dims.equals(VolumeLabelMerge.VOLUME) || dims.equals(VolumeLabelMerge.AUTO) && VolumeFiles.isVolumeInput(ground_truth.toPath());
			final boolean perSlice = dims.equals(VolumeLabelMerge.PER_SLICE) && !ground_truth.getName().toLowerCase(Locale.ROOT).endsWith(".json");
			final int[] counts = volumes ? checkVolumes(options, problems, dims.equals(VolumeLabelMerge.VOLUME)) : perSlice ? checkSlices(options, problems) : checkImages(options, problems);
			if (csv != null && !csv.getPath().trim().isEmpty())
				EvaluationCsv.writeProblems(csv.toPath(), problems);
			if (Display.interactive())
				EvaluationTables.problems(problems).show(TABLE);
			summary = volumes ? describeVolumes(counts[0], counts[1], problems) : (perSlice ? "2D per slice: " : "") + describe(counts[0], counts[1], problems);
			log.info(summary);
		}
		catch (final Exception e)
		{
			throw Outputs.failure("Check Annotations", e);
		}
	}

	/** Checks every image of {@code ground_truth}; returns {images, instances}. */
	private int[] checkImages(final AnnotationCheckOptions options, final List<EvaluationCsv.Problem> problems) throws java.io.IOException
	{
		if (options.connectivity().isVolume())
			throw new IllegalArgumentException("connectivity " + connectivity + " is for label stacks of z slices, and " + ground_truth + " is not one: use 8 or 4");
		final ImageSet gt = ImageSet.read(ground_truth.toPath(), "ground_truth");
		gt.warnings().forEach(log::warn);
		int instances = 0;
		for (final Map.Entry<String, List<Instance>> image : gt.images().entrySet())
		{
			problems.addAll(EvaluationCsv.problems(image.getKey(), AnnotationCheck.check(image.getValue(), options), image.getValue()));
			instances += image.getValue().size();
		}
		return new int[] { gt.images().size(), instances };
	}

	/** Checks every plane of every label image of {@code ground_truth} as a 2D image ({@link SliceFiles}); returns {images, instances}. */
	private int[] checkSlices(final AnnotationCheckOptions options, final List<EvaluationCsv.Problem> problems) throws java.io.IOException
	{
		if (options.connectivity().isVolume())
			throw new IllegalArgumentException("connectivity " + connectivity + " is for volumes, and dimensions=2d_per_slice checks every plane of " + ground_truth + " in 2D: use 8 or 4");
		final SliceFiles.Listing files = SliceFiles.list(ground_truth.toPath(), "ground_truth");
		files.warnings.forEach(log::warn);
		final List<String> warnings = new ArrayList<>();
		int images = 0, instances = 0;
		for (final Map.Entry<String, java.nio.file.Path> f : files.files.entrySet())
		{
			final SliceFiles.Planes planes = SliceFiles.read(f.getValue(), f.getKey(), "ground_truth", warnings);
			for (final Map.Entry<String, List<Instance>> image : planes.images.entrySet())
			{
				problems.addAll(EvaluationCsv.problems(image.getKey(), AnnotationCheck.check(image.getValue(), options), image.getValue()));
				instances += image.getValue().size();
				images++;
			}
		}
		warnings.forEach(log::warn);
		return new int[] { images, instances };
	}

	/** Checks the label stack, 3D ROI set or folder of them {@code ground_truth} in 3D, one volume after the other ({@code forced}: every label image a volume); returns {volumes, objects}. */
	private int[] checkVolumes(final AnnotationCheckOptions options, final List<EvaluationCsv.Problem> problems, final boolean forced) throws java.io.IOException
	{
		final VolumeFiles files = VolumeFiles.list(ground_truth.toPath(), "ground_truth", forced);
		files.warnings().forEach(log::warn);
		log.info("3D check of " + ground_truth.getName() + " (" + files.files().size() + " volume(s)): voxels, " + options.connectivity().inVolume().token() + "-connected pieces, cavities as holes");
		int objects = 0;
		for (final Map.Entry<String, java.nio.file.Path> f : files.files().entrySet())
		{
			final List<VolumeInstance> volume = VolumeFiles.read(f.getValue(), "ground_truth", forced).objects;
			final Map<Long, Long> volumes = new java.util.HashMap<>();
			for (final VolumeInstance o : volume)
				volumes.put(o.id(), o.volume());
			problems.addAll(EvaluationCsv.problems(f.getKey(), VolumeAnnotationCheck.check(volume, options), volumes));
			objects += volume.size();
		}
		return new int[] { files.files().size(), objects };
	}

	private AnnotationCheckOptions options()
	{
		return AnnotationCheckOptions.defaults().withMinArea(min_area).withConnectivity(Connectivity.of(connectivity));
	}

	/** Counts per kind of problem, of images and instances. */
	static String describe(final int images, final int instances, final List<EvaluationCsv.Problem> problems)
	{
		return String.format(Locale.ROOT, "%d image(s), %d instances; problems %s", images, instances, kinds(problems));
	}

	/** Counts per kind of problem, of volumes and their 3D objects. */
	static String describeVolumes(final int volumes, final int objects, final List<EvaluationCsv.Problem> problems)
	{
		return String.format(Locale.ROOT, "3D: %d volume(s), %d objects; problems %s", volumes, objects, kinds(problems));
	}

	private static String kinds(final List<EvaluationCsv.Problem> problems)
	{
		final int[] counts = new int[EvaluationCsv.ProblemKind.values().length];
		for (final EvaluationCsv.Problem p : problems)
			counts[p.kind().ordinal()]++;
		final List<String> parts = new ArrayList<>();
		for (final EvaluationCsv.ProblemKind k : EvaluationCsv.ProblemKind.values())
			parts.add(k.token() + ": " + counts[k.ordinal()]);
		return String.join(", ", parts);
	}
}
