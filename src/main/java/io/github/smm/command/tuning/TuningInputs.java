package io.github.smm.command.tuning;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.smm.command.evaluation.EvaluationInputs;
import io.github.smm.io.TileGridSpec;
import io.github.smm.io.coco.CocoImage;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;
import io.github.smm.tile.TileGrid;
import io.github.smm.tile.TileWindows;
import io.github.smm.tile.WindowAssignment;
import io.github.smm.tune.ValidationImage;
import io.github.smm.tune.ValidationSet;

/**
 * The validation set of Tune Merge Parameters: tile predictions and ground truth read as
 * Evaluate Segmentation reads them (paired by name), the predictions given their source
 * windows from the tile grid keys when these are set. An image's size is the COCO ground
 * truth's where known, else the extent of its objects.
 */
public final class TuningInputs
{
	private final ValidationSet set;
	private final boolean categories;
	private final List<String> notes;

	private TuningInputs(final ValidationSet set, final boolean categories, final List<String> notes)
	{
		this.set = set;
		this.categories = categories;
		this.notes = notes;
	}

	/** Reads and pairs the inputs; {@code notes} collects warnings and the window assignments. */
	public static TuningInputs read(final Path predictions, final Path groundTruth, final TileGridSpec grid) throws IOException
	{
		final EvaluationInputs in = EvaluationInputs.read(predictions, groundTruth);
		final List<String> notes = new ArrayList<>(in.warnings());
		final List<ValidationImage> images = new ArrayList<>();
		for (final EvaluationInputs.ImagePair p : in.pairs())
		{
			List<Instance> pred = p.prediction();
			if (grid.isGiven())
			{
				final long[] size = size(in, p);
				final TileGrid g = grid.gridFor(size[0], size[1], p.name());
				final WindowAssignment a = TileWindows.assign(pred, g);
				notes.add(p.name() + ": " + a.describe());
				pred = a.instances();
			}
			images.add(new ValidationImage(p.name(), pred, p.groundTruth()));
		}
		return new TuningInputs(ValidationSet.of(images), in.carryCategories(), notes);
	}

	private static long[] size(final EvaluationInputs in, final EvaluationInputs.ImagePair p)
	{
		if (in.cocoGroundTruth() != null)
			for (final CocoImage im : in.cocoGroundTruth().images())
				if (baseName(im.fileName()).equals(p.name()))
					return new long[] { im.width(), im.height() };
		final List<Instance> all = new ArrayList<>(p.prediction());
		all.addAll(p.groundTruth());
		final Box b = Instances.bounds(all);
		return new long[] { Math.max(1, b.maxX), Math.max(1, b.maxY) };
	}

	private static String baseName(final String fileName)
	{
		final String f = fileName.replace('\\', '/').substring(fileName.replace('\\', '/').lastIndexOf('/') + 1);
		final int dot = f.lastIndexOf('.');
		return dot > 0 ? f.substring(0, dot) : f;
	}

	public ValidationSet set()
	{
		return set;
	}

	/** True when both inputs carry classes (so per-category evaluation means something). */
	public boolean carryCategories()
	{
		return categories;
	}

	/** Reading warnings and window assignments, for the log. */
	public List<String> notes()
	{
		return notes;
	}
}
