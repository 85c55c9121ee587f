package io.github.smm.eval;

import java.util.NoSuchElementException;

/**
 * One row of the per-object matching table: an object, its matched partner on the other
 * side (if any) and their IoU.
 */
public final class ObjectMatch
{
	/** Which list an object comes from. */
	public enum Side
	{
		GROUND_TRUTH, PREDICTION
	}

	/** The matching outcome of an object. */
	public enum Status
	{
		/** Matched (a ground-truth object or a prediction). */
		TRUE_POSITIVE,
		/** A ground-truth object with no matched prediction. */
		FALSE_NEGATIVE,
		/** A prediction with no matched ground-truth object. */
		FALSE_POSITIVE
	}

	private final Side side;
	private final long id;
	private final boolean matched;
	private final long partnerId;
	private final double iou;

	private ObjectMatch(final Side side, final long id, final boolean matched, final long partnerId, final double iou)
	{
		this.side = side;
		this.id = id;
		this.matched = matched;
		this.partnerId = partnerId;
		this.iou = iou;
	}

	static ObjectMatch matched(final Side side, final long id, final long partnerId, final double iou)
	{
		return new ObjectMatch(side, id, true, partnerId, iou);
	}

	static ObjectMatch unmatched(final Side side, final long id)
	{
		return new ObjectMatch(side, id, false, 0, 0);
	}

	public Side side()
	{
		return side;
	}

	/** The object's instance id. */
	public long id()
	{
		return id;
	}

	public boolean isMatched()
	{
		return matched;
	}

	/**
	 * The instance id of the matched partner.
	 *
	 * @throws NoSuchElementException when the object is unmatched
	 */
	public long partnerId()
	{
		if (!matched)
			throw new NoSuchElementException(side + " object " + id + " is unmatched");
		return partnerId;
	}

	/** The IoU with the matched partner; 0 when unmatched. */
	public double iou()
	{
		return iou;
	}

	public Status status()
	{
		if (matched)
			return Status.TRUE_POSITIVE;
		return side == Side.GROUND_TRUTH ? Status.FALSE_NEGATIVE : Status.FALSE_POSITIVE;
	}

	@Override
	public String toString()
	{
		return side + " " + id + " " + status() + (matched ? " partner=" + partnerId + " IoU=" + iou : "");
	}
}
