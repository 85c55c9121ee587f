package io.github.smm.command.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.smm.io.coco.CocoAnnotation;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.model.Instance;

/**
 * Predictions and ground truth read and paired image by image. Two single-image files are
 * paired whatever their names; otherwise images are paired by name (file name without
 * extension, or a COCO image's {@code file_name}), and every image without a partner is an
 * error. When the ground truth is a COCO dataset and the predictions are COCO too (a results
 * list, or a dataset with scores), the detections are also collected for COCO AP, re-attached
 * to the ground-truth image ids of their paired images.
 */
public final class EvaluationInputs
{
	/** Shown names of unpaired images, at most. */
	private static final int NAMES_SHOWN = 10;

	/** The predictions and ground truth of one image. */
	public static final class ImagePair
	{
		private final String name;
		private final List<Instance> prediction, groundTruth;

		/** The instances of one image pair, named {@code name} in the tables. */
		public ImagePair(final String name, final List<Instance> prediction, final List<Instance> groundTruth)
		{
			this.name = name;
			this.prediction = prediction;
			this.groundTruth = groundTruth;
		}

		/** The image name (the ground truth's). */
		public String name()
		{
			return name;
		}

		public List<Instance> prediction()
		{
			return prediction;
		}

		public List<Instance> groundTruth()
		{
			return groundTruth;
		}
	}

	private final List<ImagePair> pairs;
	private final CocoDataset cocoGroundTruth;
	private final List<CocoAnnotation> cocoDetections;
	private final List<String> warnings;
	private boolean categories;

	private EvaluationInputs(final List<ImagePair> pairs, final CocoDataset cocoGroundTruth, final List<CocoAnnotation> cocoDetections, final List<String> warnings)
	{
		this.pairs = Collections.unmodifiableList(pairs);
		this.cocoGroundTruth = cocoGroundTruth;
		this.cocoDetections = cocoDetections == null ? null : Collections.unmodifiableList(cocoDetections);
		this.warnings = Collections.unmodifiableList(warnings);
	}

	/**
	 * Reads and pairs the two inputs (files or folders, see {@link ImageSet}).
	 *
	 * @throws IllegalArgumentException naming the unpaired images, or the input that cannot be
	 *             read
	 */
	public static EvaluationInputs read(final Path prediction, final Path groundTruth) throws IOException
	{
		final ImageSet gt = ImageSet.read(groundTruth, "ground_truth");
		final ImageSet pred = ImageSet.readPrediction(prediction, gt);
		LabelImageSize.requireSame(prediction, groundTruth);
		final List<String[]> names = pairNames(pred, gt);
		final List<ImagePair> pairs = new ArrayList<>();
		for (final String[] n : names)
			pairs.add(new ImagePair(n[1], pred.images().get(n[0]), gt.images().get(n[1])));
		final List<String> warnings = new ArrayList<>(gt.warnings());
		warnings.addAll(pred.warnings());
		final boolean categories = gt.carriesCategories() && pred.carriesCategories();
		if (gt.cocoDataset() == null || !pred.isCoco())
			return new EvaluationInputs(pairs, null, null, warnings).withCategories(categories);
		final List<CocoAnnotation> detections = new ArrayList<>();
		for (final String[] n : names)
		{
			final long image = gt.cocoImageId(n[1]);
			for (final CocoAnnotation a : pred.cocoAnnotations(n[0]))
				detections.add(new CocoAnnotation(a.id(), image, a.categoryId(), a.mask(), false, a.area(), a.score()));
		}
		return new EvaluationInputs(pairs, gt.cocoDataset(), detections, warnings).withCategories(categories);
	}

	/**
	 * Pairs read elsewhere (e.g. the planes of label stacks, {@code dimensions=2d_per_slice}), with
	 * no COCO evaluation; {@code categories}: whether both sides carry classes.
	 */
	public static EvaluationInputs of(final List<ImagePair> pairs, final List<String> warnings, final boolean categories)
	{
		return new EvaluationInputs(new ArrayList<>(pairs), null, null, new ArrayList<>(warnings)).withCategories(categories);
	}

	private EvaluationInputs withCategories(final boolean carry)
	{
		categories = carry;
		return this;
	}

	/** Pairs of {prediction name, ground-truth name}, in ground-truth order. */
	private static List<String[]> pairNames(final ImageSet pred, final ImageSet gt)
	{
		final Map<String, List<Instance>> p = pred.images(), g = gt.images();
		final List<String[]> out = new ArrayList<>();
		if (!pred.isFolder() && !gt.isFolder() && p.size() == 1 && g.size() == 1)
		{
			out.add(new String[] { p.keySet().iterator().next(), g.keySet().iterator().next() });
			return out;
		}
		for (final String name : pairByName(p.keySet(), g.keySet(), "image(s)", pred.source(), gt.source()))
			out.add(new String[] { name, name });
		return out;
	}

	/**
	 * The names both sides hold, in the ground truth's order: how folders of images, volumes and
	 * planes pair up ({@code things} names them in the error, e.g. "image(s)").
	 *
	 * @throws IllegalArgumentException listing the names without a partner on either side
	 */
	public static List<String> pairByName(final Collection<String> prediction, final Collection<String> truth, final String things, final Object predictionSource, final Object truthSource)
	{
		final Set<String> p = new HashSet<>(prediction), g = new HashSet<>(truth);
		final List<String> both = new ArrayList<>(), noPrediction = new ArrayList<>(), noTruth = new ArrayList<>();
		for (final String name : truth)
			if (p.contains(name))
				both.add(name);
			else
				noPrediction.add(name);
		for (final String name : prediction)
			if (!g.contains(name))
				noTruth.add(name);
		final List<String> problems = new ArrayList<>();
		if (!noTruth.isEmpty())
			problems.add("no ground truth for prediction " + things + " " + shown(noTruth));
		if (!noPrediction.isEmpty())
			problems.add("no prediction for ground-truth " + things + " " + shown(noPrediction));
		if (!problems.isEmpty())
			throw new IllegalArgumentException("prediction " + predictionSource + " and ground_truth " + truthSource + " do not pair up by name: " + String.join("; ", problems));
		return both;
	}

	private static String shown(final List<String> names)
	{
		if (names.size() <= NAMES_SHOWN)
			return names.toString();
		return names.subList(0, NAMES_SHOWN) + " and " + (names.size() - NAMES_SHOWN) + " more";
	}

	/** The image pairs, in ground-truth order. */
	public List<ImagePair> pairs()
	{
		return pairs;
	}

	/** True when COCO AP can be computed (COCO dataset ground truth, COCO predictions). */
	public boolean hasCoco()
	{
		return cocoGroundTruth != null;
	}

	/** The COCO ground truth; null unless {@link #hasCoco()}. */
	public CocoDataset cocoGroundTruth()
	{
		return cocoGroundTruth;
	}

	/** The COCO detections on the ground truth's image ids; null unless {@link #hasCoco()}. */
	public List<CocoAnnotation> cocoDetections()
	{
		return cocoDetections;
	}

	/** True when both inputs carry classes, so evaluating per category means something. */
	public boolean carryCategories()
	{
		return categories;
	}

	/** Warnings of both readers. */
	public List<String> warnings()
	{
		return warnings;
	}
}
