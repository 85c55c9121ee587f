package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.graph.OverlapMeasure;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.coco.CocoWriteOptions;
import io.github.smm.testutil.SharedData;

/**
 * The same merge, byte for byte, whatever the thread count and while other threads load the
 * machine: nothing in the solver stops on a clock. (The launcher-level check, 20 fresh runs per
 * file with another process as load, is {@code scripts/reproducibility.sh}.)
 */
class ReproducibleMergeTest
{
	@Test
	void realPredictionsMergeToTheSameBytesUnderLoadAndForAnyThreadCount() throws Exception
	{
		final Path images = SharedData.require("model_tilepred/dsb_mosaic_A_images.json");
		final AtomicBoolean stop = new AtomicBoolean();
		final Thread[] load = new Thread[2];
		for (int t = 0; t < load.length; t++)
		{
			load[t] = new Thread(() -> {
				double x = 1;
				while (!stop.get())
					x = Math.sqrt(x + 1);
				if (x < 0)
					System.out.println(x);
			});
			load[t].setDaemon(true);
			load[t].start();
		}
		try
		{
			for (final String file : new String[] { "cc_ov64", "cc_ov128", "ws_ov64", "ws_ov128" })
			{
				final Path predictions = SharedData.require("model_tilepred/dsb_mosaic_A_unet_" + file + ".json");
				final ModelPredictions m = ModelPredictions.read(predictions, images, 512, file.endsWith("128") ? 0.25 : 0.125);
				final MergeOptions ios = MergeOptions.defaults().withOverlapMeasure(OverlapMeasure.IOS);
				String first = null;
				int[] clusters = null;
				for (final int threads : new int[] { 1, 2, 4 })
				{
					final MergeResult r = SpatialMaskMerging.merge(m.instances(), ios.withThreads(threads));
					assertEquals(r.componentCount(), r.provenOptimalComponents(), file);
					final String bytes = coco(r);
					if (first == null)
					{
						first = bytes;
						clusters = r.clusterOfInput();
					}
					assertEquals(first, bytes, file + " with " + threads + " threads");
					assertArrayEquals(clusters, r.clusterOfInput(), file + " with " + threads + " threads");
				}
				assertTrue(first.length() > 10_000);
			}
		}
		finally
		{
			stop.set(true);
		}
	}

	private static String coco(final MergeResult r) throws IOException
	{
		final CocoDataset.Builder b = CocoDataset.builder().image(1, "mosaic.png", 4176, 3120).category(1, "nucleus");
		b.instances(1, r.merged());
		final StringWriter w = new StringWriter();
		CocoJson.write(b.build(), w, CocoWriteOptions.rle());
		return w.toString();
	}
}
