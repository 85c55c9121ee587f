package io.github.smm.volume;

import java.util.Objects;

import io.github.smm.model.InvalidInstanceException;

/**
 * One predicted 3D object: a sparse voxel mask in global coordinates, a confidence score in
 * {@code [0, 1]}, a class, and where known the source window (the block whose segmentation
 * produced it) and block index. The 3D counterpart of {@link io.github.smm.model.Instance}.
 */
public final class VolumeInstance
{
	/** Block index of an instance whose block is unknown. */
	public static final int NO_BLOCK = -1;

	private final long id;
	private final VolumeMask mask;
	private final double score;
	private final int classId;
	private final Box3 window;
	private final int block;

	/**
	 * @param window the source window, or {@code null} when unknown
	 * @throws InvalidInstanceException when the mask is empty, the score is not a number in
	 *             {@code [0, 1]}, or the window does not contain the mask
	 */
	public VolumeInstance(final long id, final VolumeMask mask, final double score, final int classId, final Box3 window, final int block)
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
		this.block = block;
	}

	public long id()
	{
		return id;
	}

	public VolumeMask mask()
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
	public Box3 window()
	{
		return window;
	}

	/** The source block index, or {@link #NO_BLOCK}. */
	public int block()
	{
		return block;
	}

	public Box3 box()
	{
		return mask.box();
	}

	public long volume()
	{
		return mask.volume();
	}

	/** A copy with another id. */
	public VolumeInstance withId(final long newId)
	{
		return new VolumeInstance(newId, mask, score, classId, window, block);
	}

	/** A copy with another mask (same id, score, class, window and block). */
	VolumeInstance withMask(final VolumeMask newMask)
	{
		return new VolumeInstance(id, newMask, score, classId, window, block);
	}

	@Override
	public String toString()
	{
		return "VolumeInstance " + id + " " + mask.box() + " volume=" + mask.volume() + " score=" + score + " class=" + classId;
	}
}
