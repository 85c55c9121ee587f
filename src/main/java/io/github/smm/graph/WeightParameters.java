package io.github.smm.graph;

/**
 * Parameters of the edge weight
 * {@code w = β1·max(0, 1 − D/τd) + β2·O + β3·min(si, sj)}.
 */
public final class WeightParameters
{
	public final double tauD, beta1, beta2, beta3;
	public final OverlapMeasure overlap;

	public WeightParameters(final double tauD, final double beta1, final double beta2, final double beta3, final OverlapMeasure overlap)
	{
		this.tauD = tauD;
		this.beta1 = beta1;
		this.beta2 = beta2;
		this.beta3 = beta3;
		this.overlap = overlap;
	}

	/** The weight of a pair from its features. */
	public double weight(final double distance, final double overlapValue, final double minScore)
	{
		final double proximity = Math.max(0, 1 - distance / tauD);
		return beta1 * proximity + beta2 * overlapValue + beta3 * minScore;
	}
}
