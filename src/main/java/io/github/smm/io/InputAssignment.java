package io.github.smm.io;

/** One row of the assignment table: an input id and the id of the output it went into. */
public final class InputAssignment
{
	/** The cluster id of an input that is in no output. */
	public static final long NONE = Long.MIN_VALUE;

	private final long inputId;
	private final long clusterId;

	public InputAssignment(final long inputId, final long clusterId)
	{
		this.inputId = inputId;
		this.clusterId = clusterId;
	}

	public long inputId()
	{
		return inputId;
	}

	/** The output id, or {@link #NONE}. */
	public long clusterId()
	{
		return clusterId;
	}

	public boolean hasCluster()
	{
		return clusterId != NONE;
	}

	@Override
	public boolean equals(final Object obj)
	{
		return obj instanceof InputAssignment && ((InputAssignment) obj).inputId == inputId && ((InputAssignment) obj).clusterId == clusterId;
	}

	@Override
	public int hashCode()
	{
		return Long.hashCode(inputId) * 31 + Long.hashCode(clusterId);
	}

	@Override
	public String toString()
	{
		return "input " + inputId + " -> " + (hasCluster() ? "cluster " + clusterId : "none");
	}
}
