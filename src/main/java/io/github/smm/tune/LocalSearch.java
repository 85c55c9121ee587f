package io.github.smm.tune;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Local refinement around the best setting so far: a random coordinate move in the internal
 * coordinates — one parameter changed (two with probability 1/3), a number by ±0.25, ±0.125,
 * ±0.0625 or ±0.03125 of its range (clamped to the bounds), a category to another choice. The
 * density model of the {@link TpeSampler} draws every parameter at once from a kernel whose
 * width shrinks slowly with the trials, so in 9–10 dimensions it rarely makes the small change of
 * one parameter that improves a good setting; these moves do. A move depends only on the centre
 * and the random stream it is given; one whose settings were already tried is drawn again (up to
 * 64 times, then the last draw is kept).
 */
final class LocalSearch
{
	private static final int ATTEMPTS = 64;

	private LocalSearch()
	{}

	/** The internal coordinates of a move from {@code centre}, avoiding the settings in {@code tried}. */
	static double[] move(final SearchSpace space, final double[] centre, final Set<Settings> tried, final SplittableRandom rnd)
	{
		final List<Parameter> params = space.parameters();
		double[] y = centre.clone();
		for (int attempt = 0; attempt < ATTEMPTS; attempt++)
		{
			y = centre.clone();
			final int changes = params.size() > 1 && rnd.nextInt(3) == 0 ? 2 : 1;
			final int first = rnd.nextInt(params.size());
			change(params.get(first), y, first, rnd);
			if (changes == 2)
			{
				final int second = (first + 1 + rnd.nextInt(params.size() - 1)) % params.size();
				change(params.get(second), y, second, rnd);
			}
			if (!tried.contains(space.settings(y)))
				return y;
		}
		return y;
	}

	private static void change(final Parameter p, final double[] y, final int d, final SplittableRandom rnd)
	{
		if (p.categorical())
		{
			if (p.choiceCount() > 1)
			{
				final int current = (int) Math.round(y[d]);
				y[d] = (current + 1 + rnd.nextInt(p.choiceCount() - 1)) % p.choiceCount();
			}
			return;
		}
		final double step = 0.25 / (1 << rnd.nextInt(4)), sign = rnd.nextBoolean() ? 1 : -1;
		double v = y[d] + sign * step;
		if (v < 0 || v > 1)
			v = y[d] - sign * step;
		y[d] = Math.max(0, Math.min(1, v));
	}
}
