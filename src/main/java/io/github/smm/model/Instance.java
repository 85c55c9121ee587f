package io.github.smm.model;

import java.util.Objects;

/**
 * One predicted object: a sparse mask in global coordinates, a confidence score in
 * {@code [0, 1]}, a class, and where known the source window (the tile extent whose
 * segmentation produced it) and tile index.
 */
public final class Instance
{
	/** Tile index of an instance whose tile is unknown. */
	public static final int NO_TILE = -1;

	private final long id;
	private final RleMask mask;
	private final double score;
	private final int classId;
	private final Box window;
	private final int tile;

	/**
	 * @param window the source window, or {@code null} when unknown
	 * @throws InvalidInstanceException when the mask is empty, the score is not a number in
	 *             {@code [0, 1]}, or the window does not contain the mask
	 */
	public Instance(final long id, final RleMask mask, final double score, final int classId, final Box window, final int tile)
	{
		Objects.requireNonNull(mask, "mask");
		if (mask.isEmpty())
			throw new InvalidInstanceException(id, "empty mask");
		if (!(score >= 0 && score <= 1))
			throw new InvalidInstanceException(id, "score " + score + " is not in [0, 1]");
		if (window != null && !window.contains(mask.box()))
			throw new InvalidInstanceException(id, "mask " + mask.box() + " is not inside its source window " + window);
		this.id = id;
		this.mask = mask;
		this.score = score;
		this.classId = classId;
		this.window = window;
		this.tile = tile;
	}

	/** An instance of class 0 with no known window. */
	public Instance(final long id, final RleMask mask, final double score)
	{
		this(id, mask, score, 0, null, NO_TILE);
	}

	public long id()
	{
		return id;
	}

	public RleMask mask()
	{
		return mask;
	}

	public double score()
	{
		return score;
	}

	public int classId()
	{
		return classId;
	}

	/** The source window, or {@code null} when unknown. */
	public Box window()
	{
		return window;
	}

	/** The source tile index, or {@link #NO_TILE}. */
	public int tile()
	{
		return tile;
	}

	public Box box()
	{
		return mask.box();
	}

	public long area()
	{
		return mask.area();
	}

	/** A copy with another id. */
	public Instance withId(final long newId)
	{
		return new Instance(newId, mask, score, classId, window, tile);
	}

	@Override
	public String toString()
	{
		return "Instance " + id + " " + mask.box() + " area=" + mask.area() + " score=" + score + " class=" + classId;
	}
}
