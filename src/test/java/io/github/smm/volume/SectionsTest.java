package io.github.smm.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.model.RleMask;

/** Sections of random volume masks against voxel-by-voxel lookups. */
class SectionsTest
{
	@Test
	void sectionsHoldExactlyTheVoxelsOfTheirPlane()
	{
		final Random random = new Random(11);
		for (int round = 0; round < 200; round++)
		{
			final VolumeMaskBuilder b = new VolumeMaskBuilder();
			for (int k = 0; k < 1 + random.nextInt(20); k++)
			{
				final long x = random.nextInt(8), y = random.nextInt(6), z = random.nextInt(5);
				b.addRun(z, y, x, x + 1 + random.nextInt(4));
			}
			final VolumeMask m = b.build();
			final int stretch = 1 + random.nextInt(3);
			for (int p = -1; p < 13; p++)
			{
				final RleMask xy = Sections.xy(m, p), xz = Sections.xz(m, p, stretch), yz = Sections.yz(m, p, stretch);
				for (int u = -1; u < 13; u++)
					for (int v = -1; v < 8; v++)
					{
						assertEquals(m.contains(u, v, p), xy.contains(u, v));
						for (int s = 0; s < stretch; s++)
						{
							assertEquals(m.contains(u, p, v), xz.contains(u, v * stretch + s), "xz at y " + p);
							assertEquals(m.contains(p, u, v), yz.contains(v * stretch + s, u), "yz at x " + p);
						}
					}
			}
		}
	}
}
