package io.github.smm.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
	private final List<String> memberNames;

	/**
	 * @param members the input ids, written in the given order
	 */
	public ClusterRow(final long clusterId, final long[] members, final double score, final int classId, final long area, final Box box)
	{
		this(clusterId, members, score, classId, area, box, List.of());
	}

	/**
	 * @param memberNames the names of the members (ROI names, GeoJSON feature names), aligned
	 *            with {@code members}; empty when the inputs have no names
	 */
	public ClusterRow(final long clusterId, final long[] members, final double score, final int classId, final long area, final Box box, final List<String> memberNames)
	{
		if (!memberNames.isEmpty() && memberNames.size() != members.length)
			throw new IllegalArgumentException("cluster " + clusterId + ": " + memberNames.size() + " member names for " + members.length + " members");
		this.memberNames = List.copyOf(memberNames);
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

	/** The row of a fused output instance, with the names of its members looked up by input id (none when {@code names} is empty). */
	public static ClusterRow of(final Instance merged, final long[] members, final Map<Long, String> names)
	{
		final List<String> n = new ArrayList<>();
		if (!names.isEmpty())
			for (final long m : members)
				n.add(names.getOrDefault(m, ""));
		return new ClusterRow(merged.id(), members, merged.score(), merged.classId(), merged.area(), merged.box(), n);
	}

	/** The members' names, aligned with {@link #members()}; empty when the inputs have none. */
	public List<String> memberNames()
	{
		return memberNames;
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
		return clusterId == r.clusterId && Arrays.equals(members, r.members) && Double.compare(score, r.score) == 0 && classId == r.classId && area == r.area && box.equals(r.box)
				&& memberNames.equals(r.memberNames);
	}

	@Override
	public int hashCode()
	{
		return Objects.hash(clusterId, Arrays.hashCode(members), score, classId, area, box, memberNames);
	}

	@Override
	public String toString()
	{
		return "cluster " + clusterId + " members=" + Arrays.toString(members) + " score=" + score + " class=" + classId + " area=" + area + " box=" + box;
	}
}
