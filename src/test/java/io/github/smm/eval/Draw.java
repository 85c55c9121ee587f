package io.github.smm.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/** Hand-drawn test masks: ASCII pictures and rectangles. */
final class Draw
{
	private Draw()
	{}

	/** A mask from rows of a picture: {@code '#'} is a pixel, anything else background. */
	static RleMask mask(final String... rows)
	{
		final int w = rows[0].length();
		final boolean[] bits = new boolean[w * rows.length];
		for (int y = 0; y < rows.length; y++)
			for (int x = 0; x < w; x++)
				bits[y * w + x] = rows[y].charAt(x) == '#';
		return RleMask.fromBitmap(bits, w, rows.length, 0, 0);
	}

	/**
	 * Instances from a label picture: every character other than {@code '.'} is a label; the
	 * id of an instance is the character's code point, class 0, score 1.
	 */
	static List<Instance> labels(final String... rows)
	{
		final Map<Character, List<long[]>> pixels = new TreeMap<>();
		for (int y = 0; y < rows.length; y++)
			for (int x = 0; x < rows[y].length(); x++)
			{
				final char c = rows[y].charAt(x);
				if (c != '.')
					pixels.computeIfAbsent(c, k -> new ArrayList<>()).add(new long[] { x, y });
			}
		final List<Instance> out = new ArrayList<>();
		pixels.forEach((c, px) -> {
			final RleMaskBuilder b = RleMask.builder();
			for (final long[] p : px)
				b.addRun(p[1], p[0], p[0] + 1);
			out.add(new Instance(c, b.build(), 1));
		});
		return out;
	}

	/** An instance of class 0 covering columns {@code [x0, x1)} and rows {@code [y0, y1)}. */
	static Instance rect(final long id, final long x0, final long y0, final long x1, final long y1)
	{
		return new Instance(id, RleMask.rectangle(new Box(x0, y0, x1, y1)), 1);
	}

	/** The same, with a class. */
	static Instance rect(final long id, final int classId, final long x0, final long y0, final long x1, final long y1)
	{
		return new Instance(id, RleMask.rectangle(new Box(x0, y0, x1, y1)), 1, classId, null, Instance.NO_TILE);
	}
}
