package io.github.smm.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

/**
 * Simulates a segmenter run tile by tile: every tile predicts each truth object it overlaps,
 * clipped to the tile, with the tile as source window. Each tile draws from its own random
 * stream (seed, tile index), so the result depends only on the seed. Ids count from 1 in
 * output order.
 */
public final class TilePredictor
{
	/** Share of predictions dropped under {@link Perturbation#REALISTIC}. */
	public static final double DROP = 0.03;
	/** Share of predictions that get an extra eroded copy under {@link Perturbation#REALISTIC}. */
	public static final double DUPLICATE = 0.03;
	/** Standard deviation of the score noise under {@link Perturbation#REALISTIC}. */
	public static final double SCORE_NOISE = 0.1;

	private final TruthScene truth;
	private final Perturbation perturbation;
	private final Damage damage;
	private final List<Instance> instances = new ArrayList<>();
	private int[] truthOf = new int[1024];

	private TilePredictor(final TruthScene truth, final Perturbation perturbation, final Damage damage)
	{
		this.truth = truth;
		this.perturbation = perturbation;
		this.damage = damage;
	}

	/** The predictions of every tile of {@code tiles} on the scene ({@link Damage#defaults()} for {@link Perturbation#DAMAGED}). */
	public static Predictions predict(final TruthScene truth, final List<Box> tiles, final Perturbation perturbation, final long seed)
	{
		return predict(truth, tiles, perturbation, Damage.defaults(), seed);
	}

	/** The predictions of every tile of {@code tiles} on the scene; {@code damage} sets the rates of {@link Perturbation#DAMAGED}. */
	public static Predictions predict(final TruthScene truth, final List<Box> tiles, final Perturbation perturbation, final Damage damage, final long seed)
	{
		final TilePredictor p = new TilePredictor(truth, perturbation, damage);
		for (int t = 0; t < tiles.size(); t++)
			p.predictTile(t, tiles.get(t), Seeds.random(seed, 3, t));
		return new Predictions(tiles, p.instances, Arrays.copyOf(p.truthOf, p.instances.size()));
	}

	private void predictTile(final int t, final Box window, final SplittableRandom random)
	{
		if (perturbation == Perturbation.DAMAGED)
		{
			TileDamage.predict(truth, damage, window, random, (k, mask, score) -> add(k, mask, score, window, t));
			return;
		}
		final List<Integer> objects = new ArrayList<>();
		truth.forEachOverlapping(window, objects::add);
		objects.sort(null);
		for (final int k : objects)
		{
			final RleMask clean = Masks.clip(truth.object(k), window);
			if (clean.isEmpty())
				continue;
			final double score = 0.5 + 0.5 * random.nextDouble();
			if (perturbation == Perturbation.NONE)
				add(k, clean, score, window, t);
			else
				addRealistic(k, clean, score, window, t, random);
		}
	}

	private void addRealistic(final int k, final RleMask clean, final double score, final Box window, final int t, final SplittableRandom random)
	{
		final boolean drop = random.nextDouble() < DROP;
		final boolean duplicate = random.nextDouble() < DUPLICATE;
		final double noisy = clampScore(score + SCORE_NOISE * gaussian(random));
		final RleMask mask = BoundaryJitter.jitter(clean, window, random);
		if (drop)
			return;
		add(k, mask, noisy, window, t);
		if (duplicate)
		{
			final RleMask copy = BoundaryJitter.erode(mask, window);
			add(k, copy, clampScore(noisy - 0.3 * random.nextDouble()), window, t);
		}
	}

	private void add(final int k, final RleMask mask, final double score, final Box window, final int t)
	{
		if (instances.size() == truthOf.length)
			truthOf = Arrays.copyOf(truthOf, 2 * truthOf.length);
		truthOf[instances.size()] = k;
		instances.add(new Instance(instances.size() + 1, mask, score, 0, window, t));
	}

	private static double clampScore(final double s)
	{
		return Math.max(0.05, Math.min(1, s));
	}

	/** A standard normal draw (Box–Muller). */
	private static double gaussian(final SplittableRandom random)
	{
		return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
	}
}
