package io.github.smm.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/**
 * A small generated scene for tests: separated discs of random radius on a canvas, cut into
 * overlapping tiles; every tile predicts each disc it overlaps, clipped to the tile, with
 * the tile as source window.
 */
public final class TiledScene
{
	public final int width, height, tile, overlap;
	public final List<RleMask> truth = new ArrayList<>();
	public final List<Box> tiles = new ArrayList<>();
	public final List<Instance> predictions = new ArrayList<>();

	public TiledScene(final long seed, final int width, final int height, final int tile, final int overlap, final int objects)
	{
		this.width = width;
		this.height = height;
		this.tile = tile;
		this.overlap = overlap;
		final Random rnd = new Random(seed);
		for (int attempt = 0; truth.size() < objects && attempt < objects * 50; attempt++)
		{
			final int r = 4 + rnd.nextInt(10);
			final RleMask disc = disc(r + rnd.nextInt(width - 2 * r), r + rnd.nextInt(height - 2 * r), r);
			if (truth.stream().noneMatch(t -> t.box().gap(disc.box()) < 3))
				truth.add(disc);
		}
		final int stride = tile - overlap;
		for (int y = 0; y < height; y += stride)
		{
			for (int x = 0; x < width; x += stride)
			{
				tiles.add(Box.ofSize(Math.min(x, width - tile), Math.min(y, height - tile), tile, tile));
				if (x + tile >= width)
					break;
			}
			if (y + tile >= height)
				break;
		}
		long id = 1;
		for (int t = 0; t < tiles.size(); t++)
			for (final RleMask m : truth)
			{
				final RleMask clipped = Masks.clip(m, tiles.get(t));
				if (!clipped.isEmpty())
					predictions.add(new Instance(id++, clipped, 0.5 + 0.5 * rnd.nextDouble(), 0, tiles.get(t), t));
			}
	}

	public static RleMask disc(final long cx, final long cy, final int r)
	{
		final RleMaskBuilder b = RleMask.builder();
		for (long dy = -r; dy <= r; dy++)
		{
			final long half = (long) Math.floor(Math.sqrt((double) r * r - dy * dy));
			b.addRun(cy + dy, cx - half, cx + half + 1);
		}
		return b.build();
	}
}
