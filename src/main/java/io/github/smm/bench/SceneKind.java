package io.github.smm.bench;

/** The synthetic scenes of the benchmark. */
public enum SceneKind
{
	/** Dense touching cells ({@link VoronoiScene}). */
	VORONOI("voronoi"),
	/** Sparse separated ellipses ({@link BlobScene}). */
	BLOBS("blobs");

	private final String token;

	SceneKind(final String token)
	{
		this.token = token;
	}

	/** The command-line token. */
	public String token()
	{
		return token;
	}

	/** Generates the truth of this scene. */
	public TruthScene generate(final int size, final long seed)
	{
		return this == VORONOI ? VoronoiScene.generate(size, seed) : BlobScene.generate(size, seed);
	}

	/**
	 * @throws IllegalArgumentException listing the valid tokens
	 */
	public static SceneKind parse(final String token)
	{
		for (final SceneKind s : values())
			if (s.token.equals(token))
				return s;
		throw new IllegalArgumentException("unknown scene '" + token + "' (expected voronoi or blobs)");
	}
}
