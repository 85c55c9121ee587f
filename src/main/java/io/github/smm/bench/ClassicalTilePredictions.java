package io.github.smm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.tiling.ImagePlusTileSource;
import io.github.smm.ij.tiling.ThresholdWatershedSegmenter;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TileSegmenter;
import io.github.smm.tune.ValidationImage;
import io.github.smm.tune.ValidationSet;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Validation sets of the built-in classical segmenter's tile predictions (Otsu per tile,
 * binary watershed, particles: what Tiled Segment and Merge runs with
 * {@code segmenter=threshold_watershed}), unmerged, each with its tile window:
 * {@code classical_dsb} on the DSB mosaic (512 px tiles, 64 px overlap, cut into spatial
 * blocks on its seams), {@code classical_monuseg} on the 12 MoNuSeg training images (H&amp;E,
 * dark nuclei; 256 px tiles, 32 px overlap; folds by image).
 */
final class ClassicalTilePredictions
{
	/** Smallest particle kept, in pixels (as the U-Net tile predictions). */
	static final double MIN_AREA = 15;

	/** Smallest particle kept in the H&amp;E images (40x: nuclei of 100-700 px; Otsu on their gray level also finds dark specks of stroma). */
	static final double MIN_AREA_HE = 80;

	private ClassicalTilePredictions()
	{}

	/** True for the names of the classical sets. */
	static boolean isClassical(final String name)
	{
		return name.equals("classical_dsb") || name.equals("classical_monuseg");
	}

	/**
	 * The set of {@code name} from the shared data folder.
	 *
	 * @param blocks columns and rows of spatial blocks of the DSB mosaic
	 */
	static ValidationSet set(final String name, final Path shared, final int blocks) throws IOException
	{
		if (name.equals("classical_dsb"))
		{
			final ImagePlusTileSource source = new ImagePlusTileSource(ImagePlusLabels.open(existing(shared.resolve(DsbModelTable.IMAGE))));
			final ValidationImage image = new ValidationImage("dsb_mosaic_A", predictions(source, 512, 64, false, MIN_AREA), truth(shared.resolve(DsbModelTable.LABELS)));
			return ValidationSet.blocks(image, ValidationSet.grid(new Box(0, 0, source.width(), source.height()), blocks, blocks));
		}
		final List<ValidationImage> images = new ArrayList<>();
		for (final String line : Files.readAllLines(shared.resolve("manifest.csv")))
			if (line.endsWith(",MoNuSeg,he"))
			{
				final String n = line.substring(0, line.indexOf(','));
				images.add(image(n, shared.resolve("images/" + n + ".png"), shared.resolve("labels/" + n + ".tif"), 256, 32, true));
			}
		if (images.isEmpty())
			throw new BenchUsageException("--data", shared.resolve("manifest.csv") + " lists no MoNuSeg image");
		return ValidationSet.of(images);
	}

	private static ValidationImage image(final String name, final Path image, final Path labels, final int tileSize, final int overlap, final boolean dark) throws IOException
	{
		final ImagePlusTileSource source = new ImagePlusTileSource(ImagePlusLabels.open(existing(image)));
		return new ValidationImage(name, predictions(source, tileSize, overlap, dark, dark ? MIN_AREA_HE : MIN_AREA), truth(labels));
	}

	private static List<Instance> truth(final Path labels) throws IOException
	{
		return ImagePlusLabels.toInstances(ImagePlusLabels.open(existing(labels)));
	}

	private static Path existing(final Path p)
	{
		if (!Files.exists(p))
			throw new BenchUsageException("--data", p + " is absent (give the shared data folder's model_tilepred folder)");
		return p;
	}

	/** The objects of every tile of the plan, ids 1.. in plan order, each with its tile's window. */
	static List<Instance> predictions(final ImagePlusTileSource source, final int tileSize, final int overlap, final boolean dark, final double minArea)
	{
		final TilePlan plan = TilePlan.of(source.width(), source.height(), tileSize, Overlap.pixels(overlap));
		final TileSegmenter<FloatType> segmenter = TileSegmenter.ofLabels(new ThresholdWatershedSegmenter<FloatType>(minArea, dark));
		final List<Instance> out = new ArrayList<>();
		long id = 1;
		for (int k = 0; k < plan.tileCount(); k++)
		{
			final Tile t = plan.tile(k);
			for (final Instance i : segmenter.segment(t, source.read(t.region())))
				out.add(new Instance(id++, i.mask(), i.score(), i.classId(), t.window(), t.index()));
		}
		return out;
	}
}
