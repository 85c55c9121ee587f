package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.Method;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.graph.OverlapMeasure;
import io.github.smm.solve.ComponentReport;
import io.github.smm.testutil.SharedData;

/**
 * The exact solver on the real U-Net tile predictions, with the tile windows (window IoU) and
 * without them (intersection over the smaller mask, what a COCO file without a grid gets): every
 * component proven optimal within the default work limit, never below the heuristic.
 */
class ModelPredictionSolveTest
{
	@Test
	void everyComponentOfEveryFileIsProvenOptimal()
	{
		final Path images = SharedData.require("model_tilepred/dsb_mosaic_A_images.json");
		for (final String file : new String[] { "cc_ov64", "cc_ov128", "ws_ov64", "ws_ov128" })
		{
			final Path predictions = SharedData.require("model_tilepred/dsb_mosaic_A_unet_" + file + ".json");
			final ModelPredictions m = ModelPredictions.read(predictions, images, 512, file.endsWith("128") ? 0.25 : 0.125);
			for (final OverlapMeasure measure : new OverlapMeasure[] { OverlapMeasure.WINDOW_IOU, OverlapMeasure.IOS })
			{
				final MergeOptions o = MergeOptions.defaults().withOverlapMeasure(measure);
				final MergeResult exact = SpatialMaskMerging.merge(m.instances(), o);
				final MergeResult greedy = SpatialMaskMerging.merge(m.instances(), o.withMethod(Method.SMM_GREEDY));
				final String what = file + " " + measure.token();
				int largest = 0;
				for (final ComponentReport c : exact.components())
				{
					assertTrue(c.provenOptimal(), what + ": " + c);
					largest = Math.max(largest, c.size());
				}
				assertEquals(exact.componentCount(), exact.provenOptimalComponents());
				assertTrue(exact.objective() >= greedy.objective() - 1e-9, what + ": exact " + exact.objective() + " below greedy " + greedy.objective());
				if (measure == OverlapMeasure.IOS)
					assertTrue(largest >= 29, what + ": the hard components are gone? largest " + largest);
			}
		}
	}
}
