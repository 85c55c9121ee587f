package io.github.smm.eval;

/**
 * Which pixels (voxels) count as neighbours when a mask is split into connected pieces: 4 or 8
 * in images, 6, 18 or 26 in volumes.
 */
public enum Connectivity
{
	/** Pixels sharing an edge. */
	FOUR("4", false),
	/** Pixels sharing an edge or a corner. */
	EIGHT("8", false),
	/** Voxels sharing a face. */
	SIX("6", true),
	/** Voxels sharing a face or an edge. */
	EIGHTEEN("18", true),
	/** Voxels sharing a face, an edge or a corner. */
	TWENTY_SIX("26", true);

	private final String token;
	private final boolean volume;

	Connectivity(final String token, final boolean volume)
	{
		this.token = token;
		this.volume = volume;
	}

	/** The number of neighbours, as the user writes it: 4, 8, 6, 18 or 26. */
	public String token()
	{
		return token;
	}

	/** Whether this is a connectivity of voxels. */
	public boolean isVolume()
	{
		return volume;
	}

	/** The voxel connectivity of the same kind: 4 → 6 (faces), 8 → 26 (everything); a voxel connectivity stays. */
	public Connectivity inVolume()
	{
		return this == FOUR ? SIX : this == EIGHT ? TWENTY_SIX : this;
	}

	/**
	 * The connectivity of the background that goes with this one for the foreground (4 with
	 * 8, 8 with 4; 6 with 26, 18 and 26 with 6), so that a closed surface separates inside from
	 * outside.
	 */
	public Connectivity complement()
	{
		switch (this)
		{
		case FOUR:
			return EIGHT;
		case EIGHT:
			return FOUR;
		case SIX:
			return TWENTY_SIX;
		default:
			return SIX;
		}
	}

	/** The connectivity written {@code token}. */
	public static Connectivity of(final String token)
	{
		for (final Connectivity c : values())
			if (c.token.equals(token))
				return c;
		throw new IllegalArgumentException("connectivity '" + token + "' is not 4, 8 (images), 6, 18 or 26 (volumes)");
	}

	/**
	 * The rows a run's row (y, z) reaches forward, as {dy, dz, reach} where runs of the two rows
	 * touch when their columns overlap after widening by {@code reach}.
	 */
	int[][] forwardRows()
	{
		switch (this)
		{
		case FOUR:
			return new int[][] { { 1, 0, 0 } };
		case EIGHT:
			return new int[][] { { 1, 0, 1 } };
		case SIX:
			return new int[][] { { 1, 0, 0 }, { 0, 1, 0 } };
		case EIGHTEEN:
			return new int[][] { { 1, 0, 1 }, { 0, 1, 1 }, { 1, 1, 0 }, { -1, 1, 0 } };
		default:
			return new int[][] { { 1, 0, 1 }, { 0, 1, 1 }, { 1, 1, 1 }, { -1, 1, 1 } };
		}
	}
}
