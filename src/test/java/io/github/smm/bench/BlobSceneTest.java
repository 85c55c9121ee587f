package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.github.smm.model.RleMask;

class BlobSceneTest
{
	@Test
	void blobsAreSeparatedByBackgroundAndSizedAsDocumented()
	{
		final int size = 600;
		final TruthScene truth = BlobScene.generate(size, 3);
		final int cells = (size / BlobScene.CELL) * (size / BlobScene.CELL);
		assertTrue(truth.objectCount() > cells / 3 && truth.objectCount() < cells, truth.objectCount() + " blobs in " + cells + " cells");
		final int[] label = new int[size * size];
		Arrays.fill(label, -1);
		for (int k = 0; k < truth.objectCount(); k++)
		{
			final RleMask blob = truth.object(k);
			assertTrue(blob.area() >= Math.PI * 16, "blob " + k + " has " + blob.area() + " pixels");
			assertTrue(blob.width() <= 2 * BlobScene.MAX_RADIUS + 2 && blob.height() <= 2 * BlobScene.MAX_RADIUS + 2, "blob " + k + " " + blob.box());
			final int id = k;
			blob.forEachRun((y, s, e) -> {
				for (long x = s; x < e; x++)
					label[(int) (y * size + x)] = id;
			});
		}
		// no pixel of a blob is 8-adjacent to a pixel of another blob
		for (int y = 0; y < size; y++)
			for (int x = 0; x < size; x++)
				if (label[y * size + x] >= 0)
					for (int dy = -1; dy <= 1; dy++)
						for (int dx = -1; dx <= 1; dx++)
						{
							final int nx = x + dx, ny = y + dy;
							if (nx >= 0 && ny >= 0 && nx < size && ny < size && label[ny * size + nx] >= 0)
								assertEquals(label[y * size + x], label[ny * size + nx], "blobs touch at (" + x + "," + y + ")");
						}
	}

	@Test
	void sameSeedSameBlobs()
	{
		final TruthScene a = BlobScene.generate(512, 11), b = BlobScene.generate(512, 11);
		assertEquals(a.objectCount(), b.objectCount());
		for (int k = 0; k < a.objectCount(); k++)
			assertEquals(a.object(k), b.object(k));
		final TruthScene c = BlobScene.generate(512, 12);
		assertTrue(c.objectCount() != a.objectCount() || !c.object(0).equals(a.object(0)));
	}
}
