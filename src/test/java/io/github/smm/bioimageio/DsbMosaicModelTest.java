package io.github.smm.bioimageio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ij.IJ;
import ij.ImagePlus;
import io.github.smm.MergeOptions;
import io.github.smm.eval.Matching;
import io.github.smm.eval.MatchingOptions;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.tiling.ImagePlusTileSource;
import io.github.smm.model.Instance;
import io.github.smm.testutil.SharedData;
import io.github.smm.testutil.SharedModels;
import io.github.smm.tile.Overlap;

/**
 * Both routes with the real U-Net on a 1392 × 1040 crop of the DSB mosaic (2 × 2 of its source
 * images, 12 tiles of 512 px): per-tile instances merged by SMM score as the blended map does.
 * The full table is {@code model-bench}'s.
 */
class DsbMosaicModelTest
{
	private static ImagePlus crop(final Path file)
	{
		final ImagePlus imp = IJ.openImage(file.toString());
		imp.setRoi(0, 0, 1392, 1040);
		return imp.crop();
	}

	private static double f1(final List<Instance> found, final List<Instance> truth)
	{
		final List<Instance> numbered = new ArrayList<>();
		for (int i = 0; i < found.size(); i++)
			numbered.add(found.get(i).withId(i + 1));
		return Matching.match(numbered, truth, MatchingOptions.defaults().withThresholds(0.5)).stats(0.5).f1();
	}

	@Test
	void perTileAndBlendedRoutesOnRealNuclei()
	{
		final Path dir = SharedData.require("dsb_mosaic");
		final ImagePlus image = crop(dir.resolve("dsb2018_u2os_mosaic_A_6x6_image.png"));
		final List<Instance> truth = ImagePlusLabels.toInstances(crop(dir.resolve("dsb2018_u2os_mosaic_A_6x6_labels.tif")));
		try (ModelRunner runner = new ModelRunner(ModelPackage.open(SharedModels.require(SharedModels.FIXED)), 2))
		{
			final ModelSegmentationOptions o = ModelSegmentationOptions.defaults().withOverlap(Overlap.pixels(128));
			final List<Instance> perTile = new ArrayList<>(), blended = new ArrayList<>();
			final ModelSegmentationReport p = new ModelSegmentation(runner, o, MergeOptions.defaults()).run(new ImagePlusTileSource(image), perTile::add);
			final ModelSegmentationReport b = new ModelSegmentation(runner, o.withInstances(ModelSegmentationOptions.Instances.BLENDED), MergeOptions.defaults())
					.run(new ImagePlusTileSource(image), blended::add);
			assertEquals(12, p.tiles());
			assertEquals(12, b.tilesDone());
			assertTrue(p.tilePredictions() > perTile.size(), "seam objects come from two tiles: " + p);
			final double fp = f1(perTile, truth), fb = f1(blended, truth);
			assertTrue(fb > 0.5 && fp > 0.5, "F1 per_tile " + fp + ", blended " + fb + " vs " + truth.size() + " nuclei");
			assertTrue(Math.abs(fp - fb) < 0.02, "F1 per_tile " + fp + " vs blended " + fb);
			assertTrue(Math.abs(perTile.size() - blended.size()) < 0.05 * blended.size(), perTile.size() + " vs " + blended.size() + " objects");
		}
	}
}
