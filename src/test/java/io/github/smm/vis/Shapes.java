package io.github.smm.vis;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ij.gui.Overlay;
import ij.gui.Roi;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/** Small instances and overlay queries shared by the visualisation tests. */
final class Shapes
{
	private Shapes()
	{}

	static RleMask disc(final long cx, final long cy, final int r)
	{
		final RleMaskBuilder b = RleMask.builder();
		for (int dy = -r; dy <= r; dy++)
		{
			final int hw = (int) Math.sqrt(r * r - dy * dy);
			b.addRun(cy + dy, cx - hw, cx + hw + 1);
		}
		return b.build();
	}

	static Instance rect(final long id, final long x0, final long y0, final long x1, final long y1, final double score, final int classId, final int tile)
	{
		return new Instance(id, RleMask.rectangle(new Box(x0, y0, x1, y1)), score, classId, null, tile);
	}

	/** {@code n} random discs inside a {@code w × h} image, ids 1..n, 8 tiles, 3 classes. */
	static List<Instance> randomDiscs(final int n, final int w, final int h, final long seed)
	{
		final Random rnd = new Random(seed);
		final List<Instance> out = new ArrayList<>();
		for (int i = 1; i <= n; i++)
		{
			final int r = 3 + rnd.nextInt(8);
			out.add(new Instance(i, disc(r + rnd.nextInt(w - 2 * r), r + rnd.nextInt(h - 2 * r), r), Math.round(rnd.nextDouble() * 100) / 100.0, rnd.nextInt(3), null, rnd.nextInt(8)));
		}
		return out;
	}

	/** Elements whose name starts with {@code prefix}. */
	static List<Roi> named(final Overlay overlay, final String prefix)
	{
		final List<Roi> out = new ArrayList<>();
		for (final Roi r : overlay.toArray())
			if (r.getName() != null && r.getName().startsWith(prefix))
				out.add(r);
		return out;
	}

	static Roi one(final Overlay overlay, final String name)
	{
		for (final Roi r : overlay.toArray())
			if (name.equals(r.getName()))
				return r;
		throw new AssertionError("no element named " + name);
	}

	/** Relative luminance in [0, 255]. */
	static double luminance(final Color c)
	{
		return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
	}
}
