package io.github.smm.bioimageio;

import java.util.ArrayList;
import java.util.List;

/**
 * The axes of a 0.4 tensor description: a string of letters ({@code bcyx}), a {@code shape}
 * (sizes, {@code {min, step}} lists, or {@code {reference_tensor, scale, offset}}) and a
 * {@code halo} per axis.
 */
final class Axes04
{
	private Axes04()
	{}

	static List<Axis> parse(final YamlNode tensor, final boolean input)
	{
		final YamlNode letters = tensor.get("axes");
		final String s = letters.string();
		final int n = s.length();
		final AxisSize[] sizes = sizes(tensor.get("shape"), n);
		final List<YamlNode> halo = tensor.get("halo").elements();
		if (!halo.isEmpty() && halo.size() != n)
			throw tensor.get("halo").error("has " + halo.size() + " values for " + n + " axes '" + s + "'", "give one halo per axis");
		final List<Axis> axes = new ArrayList<>();
		for (int d = 0; d < n; d++)
		{
			final char c = s.charAt(d);
			final AxisKind kind = AxisKind.ofLetter(c);
			if (kind == null)
				throw letters.error("unknown axis letter '" + c + "' in '" + s + "'", "use letters of b, c, i, t, x, y, z");
			AxisSize size = kind == AxisKind.BATCH && !sizes[d].isFixed() ? AxisSize.any() : sizes[d];
			if (size.isReference() && size.referenceAxis() == null)
				size = AxisSize.reference(size.referenceTensor(), AxisKind.idOfLetter(c), size.scale(), size.offset());
			axes.add(new Axis(AxisKind.idOfLetter(c), kind, size, halo.isEmpty() ? 0 : halo.get(d).integer(), List.of()));
		}
		return axes;
	}

	private static AxisSize[] sizes(final YamlNode shape, final int n)
	{
		final AxisSize[] out = new AxisSize[n];
		if (shape.isList())
		{
			final List<YamlNode> e = shape.elements();
			requireLength(shape, e.size(), n);
			for (int d = 0; d < n; d++)
				out[d] = AxisSize.fixed(e.get(d).integer());
			return out;
		}
		if (!shape.get("min").isMissing())
		{
			final List<YamlNode> min = shape.get("min").elements(), step = shape.get("step").elements();
			requireLength(shape.get("min"), min.size(), n);
			requireLength(shape.get("step"), step.size(), n);
			for (int d = 0; d < n; d++)
				out[d] = AxisSize.parameterized(min.get(d).integer(), step.get(d).integer());
			return out;
		}
		if (!shape.get("reference_tensor").isMissing())
		{
			final String ref = shape.get("reference_tensor").string();
			final List<YamlNode> scale = shape.get("scale").elements(), offset = shape.get("offset").elements();
			requireLength(shape.get("scale"), scale.size(), n);
			for (int d = 0; d < n; d++)
			{
				final double sc = scale.get(d).isMissing() ? 1 : scale.get(d).number();
				final int off = offset.isEmpty() ? 0 : (int) Math.round(offset.get(d).number());
				out[d] = AxisSize.reference(ref, null, sc, off);
			}
			return out;
		}
		throw shape.error("is neither a list of sizes, {min, step} nor {reference_tensor, scale, offset}", "");
	}

	private static void requireLength(final YamlNode node, final int got, final int n)
	{
		if (got != n)
			throw node.error("has " + got + " values for " + n + " axes", "give one per axis");
	}
}
