package io.github.smm.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

/**
 * A generated scene with ground truth and imperfect tile predictions: discs that may touch,
 * cut into overlapping tiles; each tile predicts each disc it overlaps, clipped to the tile,
 * sometimes dropped, split in two, shrunk, duplicated or joined with a touching neighbour, with
 * random scores, and sometimes adds a small spurious blob. Merging then has real decisions to
 * make, and its best settings differ from the defaults.
 */
public final class NoisyTiledScene
{
	public final int width, height;
	public final List<Instance> truth = new ArrayList<>();
	public final List<Box> tiles = new ArrayList<>();
	public final List<Instance> predictions = new ArrayList<>();

	public NoisyTiledScene(final long seed, final int width, final int height, final int tile, final int overlap, final int objects)
	{
		this.width = width;
		this.height = height;
		final Random rnd = new Random(seed);
		final List<RleMask> discs = new ArrayList<>();
		for (int attempt = 0; discs.size() < objects && attempt < objects * 50; attempt++)
		{
			final int r = 4 + rnd.nextInt(9);
			final RleMask disc = TiledScene.disc(r + rnd.nextInt(width - 2 * r), r + rnd.nextInt(height - 2 * r), r);
			if (discs.stream().noneMatch(t -> Masks.intersectionArea(t, disc) > 0))
				discs.add(disc);
		}
		for (int i = 0; i < discs.size(); i++)
			truth.add(new Instance(i + 1, discs.get(i), 1));
		for (int y = 0;; y += tile - overlap)
		{
			for (int x = 0;; x += tile - overlap)
			{
				tiles.add(Box.ofSize(Math.min(x, width - tile), Math.min(y, height - tile), tile, tile));
				if (x + tile >= width)
					break;
			}
			if (y + tile >= height)
				break;
		}
		for (int t = 0; t < tiles.size(); t++)
			predict(t, rnd, discs);
	}

	private void predict(final int t, final Random rnd, final List<RleMask> discs)
	{
		final Box w = tiles.get(t);
		for (int i = 0; i < discs.size(); i++)
		{
			final RleMask clipped = Masks.clip(discs.get(i), w);
			final double u = rnd.nextDouble();
			if (clipped.isEmpty() || u < 0.05)
				continue;
			final Box b = clipped.box();
			if (u < 0.12 && b.height() > 3)
			{
				add(Masks.clip(clipped, new Box(b.minX, b.minY, b.maxX, b.minY + b.height() / 2)), t, rnd);
				add(Masks.clip(clipped, new Box(b.minX, b.minY + b.height() / 2, b.maxX, b.maxY)), t, rnd);
			}
			else if (u < 0.2 && b.width() > 2)
				add(Masks.clip(clipped, new Box(b.minX + 1, b.minY, b.maxX - 1, b.maxY)), t, rnd);
			else if (u < 0.25)
			{
				add(clipped, t, rnd);
				add(clipped, t, rnd);
			}
			else if (u < 0.3 && i + 1 < discs.size() && discs.get(i).box().gap(discs.get(i + 1).box()) < 2)
				add(Masks.clip(Masks.union(discs.get(i), discs.get(i + 1)), w), t, rnd);
			else
				add(clipped, t, rnd);
			if (rnd.nextDouble() < 0.04)
			{
				final Box spur = Box.ofSize(b.maxX + 2, b.minY, 3, 3).intersect(w);
				if (!spur.isEmpty())
					add(RleMask.rectangle(spur), t, rnd);
			}
		}
	}

	private void add(final RleMask mask, final int t, final Random rnd)
	{
		if (!mask.isEmpty())
			predictions.add(new Instance(predictions.size() + 1, mask, 0.3 + 0.7 * rnd.nextDouble(), 0, tiles.get(t), t));
	}
}
