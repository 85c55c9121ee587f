package io.github.smm.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.smm.io.coco.CocoAnnotation;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoImage;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/**
 * A real model's tile predictions of one image (a COCO detection-results list, as
 * {@code ../shared/data/model_tilepred} holds), with the source window of each prediction
 * recovered from the tile grid that produced them ({@link TileGridOrder}), and the ground truth
 * of the image.
 */
final class ModelPredictions
{
	private final Box bounds;
	private final List<Box> windows;
	private final List<Instance> instances;

	private ModelPredictions(final Box bounds, final List<Box> windows, final List<Instance> instances)
	{
		this.bounds = bounds;
		this.windows = windows;
		this.instances = instances;
	}

	/**
	 * Reads the predictions of the single image listed by {@code images} and gives each its tile
	 * of the grid {@code tile}/{@code overlap} (as {@link SlicePlan}).
	 *
	 * @throws IllegalArgumentException when {@code images} lists other than one image, or the
	 *             predictions are not in tile order of the grid
	 */
	static ModelPredictions read(final Path predictions, final Path images, final int tile, final double overlap)
	{
		final CocoDataset meta = CocoJson.read(images);
		if (meta.images().size() != 1)
			throw new IllegalArgumentException(images + " lists " + meta.images().size() + " images; the bench merges one");
		final CocoImage image = meta.images().get(0);
		final Box bounds = new Box(0, 0, image.width(), image.height());
		final List<Box> windows = SlicePlan.windows(image.width(), image.height(), tile, overlap);
		final List<CocoAnnotation> results = CocoJson.readResults(predictions, meta);
		final List<Box> boxes = new ArrayList<>(results.size());
		for (final CocoAnnotation a : results)
			boxes.add(a.mask().box());
		final int[] tileOf = TileGridOrder.assign(boxes, windows);
		final List<Instance> instances = new ArrayList<>(results.size());
		for (int i = 0; i < results.size(); i++)
		{
			final CocoAnnotation a = results.get(i);
			instances.add(new Instance(a.id(), a.mask(), a.score(), a.categoryId(), windows.get(tileOf[i]), tileOf[i]));
		}
		return new ModelPredictions(bounds, windows, instances);
	}

	/** The ground truth of an image of extent {@code bounds}: every non-crowd annotation of {@code truth}. */
	static TruthScene truth(final Path truth, final Box bounds)
	{
		final List<RleMask> objects = new ArrayList<>();
		for (final CocoAnnotation a : CocoJson.read(truth).annotations())
			if (!a.isCrowd())
				objects.add(a.mask());
		return new TruthScene(bounds, objects);
	}

	/** The predictions, in file order, each with its tile window. */
	List<Instance> instances()
	{
		return instances;
	}

	/** The image extent. */
	Box bounds()
	{
		return bounds;
	}

	/** The tile windows of the grid, row-major. */
	List<Box> windows()
	{
		return windows;
	}
}
