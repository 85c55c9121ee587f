package io.github.smm.tile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;
import io.github.smm.testutil.TiledScene;
import net.imglib2.type.numeric.RealType;

/**
 * A generated scene of discs that may touch and overlap (two classes), and a deterministic
 * imperfect segmenter: per tile it clips each disc to the window and sometimes drops it, grows
 * or shrinks it by a row, splits it in two, changes its class or adds a small spurious blob;
 * scores are random. The merge then has chains, cannot-links and real decisions to make.
 */
final class NoisyScene
{
	final int width, height;
	final List<Instance> objects = new ArrayList<>();

	NoisyScene(final long seed, final int width, final int height, final int count)
	{
		this.width = width;
		this.height = height;
		final Random rnd = new Random(seed);
		for (int i = 0; i < count; i++)
		{
			final int r = 3 + rnd.nextInt(12);
			final RleMask disc = Masks.clip(TiledScene.disc(rnd.nextInt(width), rnd.nextInt(height), r), new Box(0, 0, width, height));
			objects.add(new Instance(i + 1, disc, 1, rnd.nextInt(2), null, Instance.NO_TILE));
		}
	}

	<T extends RealType<T>> TileSegmenter<T> segmenter(final long seed)
	{
		return (tile, pixels) -> {
			final Random rnd = new Random(seed * 7919 + tile.index());
			final List<Instance> out = new ArrayList<>();
			for (final Instance o : objects)
			{
				if (!o.box().intersects(tile.window()))
					continue;
				final RleMask clipped = Masks.clip(o.mask(), tile.window());
				if (clipped.isEmpty() || rnd.nextDouble() < 0.08)
					continue;
				final int cls = rnd.nextDouble() < 0.05 ? 1 - o.classId() : o.classId();
				for (final RleMask part : perturb(clipped, tile.window(), rnd))
					out.add(new Instance(out.size() + 1000, part, 0.3 + 0.7 * rnd.nextDouble(), cls, tile.window(), tile.index()));
				if (rnd.nextDouble() < 0.05)
				{
					final Box spur = Box.ofSize(o.box().maxX + 1, o.box().minY, 3, 3).intersect(tile.window());
					if (!spur.isEmpty())
						out.add(new Instance(out.size() + 1000, RleMask.rectangle(spur), rnd.nextDouble(), cls, tile.window(), tile.index()));
				}
			}
			return out;
		};
	}

	private static List<RleMask> perturb(final RleMask m, final Box window, final Random rnd)
	{
		final double u = rnd.nextDouble();
		final List<RleMask> parts = new ArrayList<>();
		final Box b = m.box();
		if (u < 0.1 && b.height() > 2)
		{
			final long mid = b.minY + b.height() / 2;
			parts.add(Masks.clip(m, new Box(b.minX, b.minY, b.maxX, mid)));
			parts.add(Masks.clip(m, new Box(b.minX, mid, b.maxX, b.maxY)));
		}
		else if (u < 0.2)
		{
			final RleMaskBuilder grown = RleMask.builder().add(m).addRun(b.maxY, b.minX + b.width() / 4, b.maxX - b.width() / 4);
			parts.add(Masks.clip(grown.build(), window));
		}
		else if (u < 0.3 && b.height() > 1)
			parts.add(Masks.clip(m, new Box(b.minX, b.minY + 1, b.maxX, b.maxY)));
		else
			parts.add(m);
		parts.removeIf(RleMask::isEmpty);
		return parts;
	}
}
