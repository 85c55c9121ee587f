package io.github.smm.bench;

/** The synthetic scenes of the benchmark. */
public enum SceneKind
{
	/** Dense touching cells ({@link VoronoiScene}). */
	VORONOI("voronoi"),
	/** Sparse separated ellipses ({@link BlobScene}). */
	BLOBS("blobs"),
	/** A real model's tile predictions read from a file ({@link ModelPredictions}), not generated. */
	MODEL("model");

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

	/** The generated scenes (all but {@link #MODEL}). */
	public static SceneKind[] synthetic()
	{
		return new SceneKind[] { VORONOI, BLOBS };
	}

	/**
	 * Generates the truth of this scene.
	 *
	 * @throws IllegalStateException for {@link #MODEL}, whose truth is read from a file
	 */
	public TruthScene generate(final int size, final long seed)
	{
		if (this == MODEL)
			throw new IllegalStateException("the model scene is read from files, not generated");
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
		throw new IllegalArgumentException("unknown scene '" + token + "' (expected voronoi, blobs or model)");
	}
}
