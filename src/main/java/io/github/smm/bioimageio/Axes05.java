package io.github.smm.bioimageio;

import java.util.ArrayList;
import java.util.List;

/** The axes of a 0.5 tensor description: a list of objects with {@code type}, {@code id}, {@code size}, {@code halo}. */
final class Axes05
{
	private Axes05()
	{}

	static List<Axis> parse(final YamlNode tensor, final boolean input)
	{
		final List<Axis> axes = new ArrayList<>();
		for (final YamlNode a : tensor.get("axes").elements())
		{
			final String type = a.get("type").string();
			final AxisKind kind = AxisKind.ofType(type);
			if (kind == null)
				throw a.get("type").error("unknown axis type '" + type + "'", "use batch, channel, index, time or space");
			final String id = a.get("id").string(kind.defaultId());
			final List<String> names = kind == AxisKind.CHANNEL ? a.get("channel_names").strings() : List.of();
			axes.add(new Axis(id, kind, size(a, kind, names.size()), a.get("halo").integer(0), names));
		}
		if (axes.isEmpty())
			throw tensor.get("axes").error("lists no axis", "describe the tensor's axes");
		return axes;
	}

	private static AxisSize size(final YamlNode a, final AxisKind kind, final int channels)
	{
		final YamlNode s = a.get("size");
		if (kind == AxisKind.CHANNEL)
		{
			if (channels == 0)
				throw a.get("channel_names").error("is missing", "a channel axis lists its channel names");
			return AxisSize.fixed(channels);
		}
		if (s.isMissing())
		{
			if (kind == AxisKind.BATCH)
				return AxisSize.any();
			throw s.error("is missing", "give a size, {min, step} or {tensor_id, axis_id}");
		}
		if (s.isNumber())
		{
			final int n = s.integer();
			if (n < 1)
				throw s.error("must be >= 1, got " + n, "");
			return AxisSize.fixed(n);
		}
		if (!s.get("min").isMissing())
		{
			final int min = s.get("min").integer(), step = s.get("step").integer(0);
			if (min < 1 || step < 0)
				throw s.error("needs min >= 1 and step >= 0, got min " + min + ", step " + step, "");
			return AxisSize.parameterized(min, step);
		}
		if (!s.get("tensor_id").isMissing())
			return AxisSize.reference(s.get("tensor_id").string(), s.get("axis_id").string(), 1, s.get("offset").integer(0));
		throw s.error("is neither a size, {min, step} nor {tensor_id, axis_id}", "");
	}
}
