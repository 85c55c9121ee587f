package io.github.smm.io;

import java.util.Arrays;
import java.util.Objects;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;

/**
 * One row of the cluster table: an output instance and the ids of the input instances merged
 * into it.
 */
public final class ClusterRow
{
	private final long clusterId;
	private final long[] members;
	private final double score;
	private final int classId;
	private final long area;
	private final Box box;

	/**
	 * @param members the input ids, written in the given order
	 */
	public ClusterRow(final long clusterId, final long[] members, final double score, final int classId, final long area, final Box box)
	{
		this.clusterId = clusterId;
		this.members = members.clone();
		this.score = score;
		this.classId = classId;
		this.area = area;
		this.box = Objects.requireNonNull(box, "box");
	}

	/** The row of a fused output instance: its id, score, class, area and box. */
	public static ClusterRow of(final Instance merged, final long[] members)
	{
		return new ClusterRow(merged.id(), members, merged.score(), merged.classId(), merged.area(), merged.box());
	}

	public long clusterId()
	{
		return clusterId;
	}

	/** The input ids (a copy). */
	public long[] members()
	{
		return members.clone();
	}

	public double score()
	{
		return score;
	}

	public int classId()
	{
		return classId;
	}

	public long area()
	{
		return area;
	}

	public Box box()
	{
		return box;
	}

	@Override
	public boolean equals(final Object obj)
	{
		if (!(obj instanceof ClusterRow))
			return false;
		final ClusterRow r = (ClusterRow) obj;
		return clusterId == r.clusterId && Arrays.equals(members, r.members) && Double.compare(score, r.score) == 0 && classId == r.classId && area == r.area && box.equals(r.box);
	}

	@Override
	public int hashCode()
	{
		return Objects.hash(clusterId, Arrays.hashCode(members), score, classId, area, box);
	}

	@Override
	public String toString()
	{
		return "cluster " + clusterId + " members=" + Arrays.toString(members) + " score=" + score + " class=" + classId + " area=" + area + " box=" + box;
	}
}
