package io.github.smm.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * Merges whole connected components of the candidate graph with {@link SpatialMaskMerging#merge}
 * and names each output by its canonically first member, as the streaming runner does; outputs
 * in canonical order, each with the ids of its members.
 */
final class GroupMerge
{
	private GroupMerge()
	{}

	static List<ObjectRecord> merge(final List<Instance> members, final MergeOptions options)
	{
		if (members.isEmpty())
			return List.of();
		final MergeResult r = SpatialMaskMerging.merge(members, options);
		final Map<Long, Instance> byId = new HashMap<>(2 * members.size());
		for (final Instance i : members)
			byId.put(i.id(), i);
		final List<ObjectRecord> out = new ArrayList<>(r.clusterCount());
		for (int c = 0; c < r.clusterCount(); c++)
		{
			Instance first = null;
			final long[] ids = r.members(c);
			for (final long m : ids)
				if (first == null || Instances.CANONICAL.compare(byId.get(m), first) < 0)
					first = byId.get(m);
			Arrays.sort(ids);
			out.add(ObjectRecord.of(r.merged().get(c).withId(first.id()), ids));
		}
		return canonical(out);
	}

	/** The records in the canonical order of their instances ({@link Instances#CANONICAL}). */
	static List<ObjectRecord> canonical(final List<ObjectRecord> records)
	{
		final List<Instance> instances = instances(records);
		final Integer[] order = new Integer[records.size()];
		for (int k = 0; k < order.length; k++)
			order[k] = k;
		Arrays.sort(order, (a, b) -> Instances.CANONICAL.compare(instances.get(a), instances.get(b)));
		final List<ObjectRecord> out = new ArrayList<>(order.length);
		for (final int k : order)
			out.add(records.get(k));
		return out;
	}

	static List<Instance> instances(final List<ObjectRecord> records)
	{
		final List<Instance> out = new ArrayList<>(records.size());
		for (final ObjectRecord r : records)
			out.add(r.toInstance());
		return out;
	}

	static List<ObjectRecord> records(final List<Instance> instances)
	{
		final List<ObjectRecord> out = new ArrayList<>(instances.size());
		for (final Instance i : instances)
			out.add(ObjectRecord.of(i));
		return out;
	}
}
