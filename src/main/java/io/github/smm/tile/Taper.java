package io.github.smm.tile;

/**
 * How a tile's trust falls off across an overlap, from 1 inside to 0 at the tile edge. Both
 * shapes satisfy {@code f(t) + f(1 − t) = 1}, so two tiles sharing an overlap already sum to 1
 * there; the weights are normalised anyway (see {@link BlendWeights}).
 */
public enum Taper
{
	/** Linear: {@code f(t) = t}. */
	TENT,
	/** Raised cosine: {@code f(t) = sin²(πt/2)}, flat at both ends of the overlap. */
	COSINE;

	/** The trust at fraction {@code t ∈ (0, 1)} of the way into the overlap. */
	public double at(final double t)
	{
		if (this == TENT)
			return t;
		final double s = Math.sin(0.5 * Math.PI * t);
		return s * s;
	}
}
