package io.github.smm.bioimageio;

import java.util.ArrayList;
import java.util.List;

/** Reads the pre- and postprocessing steps of a description (format 0.5 or 0.4). */
final class Operations
{
	static final String KNOWN = "ensure_dtype, zero_mean_unit_variance, fixed_zero_mean_unit_variance, scale_range, scale_linear, scale_mean_variance, clip, sigmoid, binarize";

	private Operations()
	{}

	/** The steps of a {@code preprocessing} or {@code postprocessing} list. */
	static List<Operation> parse(final YamlNode list, final boolean v04, final String packageName)
	{
		final List<Operation> out = new ArrayList<>();
		for (final YamlNode step : list.elements())
			out.add(parseStep(step, v04, packageName));
		return out;
	}

	private static Operation parseStep(final YamlNode step, final boolean v04, final String packageName)
	{
		final String id = step.get(v04 ? "name" : "id").string();
		final YamlNode k = step.get("kwargs");
		final String entry = step.path();
		switch (id)
		{
		case "ensure_dtype":
			return PointwiseOperation.ensureDtype(entry, k.get("dtype").string(), packageName);
		case "sigmoid":
			return PointwiseOperation.sigmoid(entry);
		case "clip":
			return PointwiseOperation.clip(entry, k.get("min").number(Double.NEGATIVE_INFINITY), k.get("max").number(Double.POSITIVE_INFINITY));
		case "binarize":
			return PointwiseOperation.binarize(entry, values(k.get("threshold"), k, v04, packageName));
		case "scale_linear":
			return PointwiseOperation.scaleLinear(entry, values(k.get("gain"), 1, k, v04, packageName), values(k.get("offset"), 0, k, v04, packageName));
		case "fixed_zero_mean_unit_variance":
			return StatisticsOperation.fixedZeroMeanUnitVariance(entry, values(k.get("mean"), k, v04, packageName), values(k.get("std"), k, v04, packageName), eps(k));
		case "zero_mean_unit_variance":
			return zeroMeanUnitVariance(k, entry, v04, packageName);
		case "scale_range":
			return StatisticsOperation.scaleRange(entry, axes(k, v04), k.get("min_percentile").number(0), k.get("max_percentile").number(100), eps(k),
					k.get("reference_tensor").isMissing() ? null : k.get("reference_tensor").string());
		case "scale_mean_variance":
			return StatisticsOperation.scaleMeanVariance(entry, axes(k, v04), eps(k), k.get("reference_tensor").string());
		default:
			throw step.error("unknown operation '" + id + "'", "operations that work: " + KNOWN);
		}
	}

	/** 0.4's {@code mode}: {@code fixed} (given mean/std), {@code per_sample}, {@code per_dataset} (statistics of the whole image). */
	private static Operation zeroMeanUnitVariance(final YamlNode k, final String entry, final boolean v04, final String packageName)
	{
		final String mode = k.get("mode").string("per_sample");
		if (mode.equals("fixed"))
			return StatisticsOperation.fixedZeroMeanUnitVariance(entry, values(k.get("mean"), k, v04, packageName), values(k.get("std"), k, v04, packageName), eps(k));
		if (!mode.equals("per_sample") && !mode.equals("per_dataset"))
			throw k.get("mode").error("unknown mode '" + mode + "'", "use fixed, per_sample or per_dataset");
		return StatisticsOperation.zeroMeanUnitVariance(entry, axes(k, v04), eps(k));
	}

	private static double eps(final YamlNode k)
	{
		final double eps = k.get("eps").number(1e-6);
		if (!(eps >= 0) || Double.isInfinite(eps))
			throw k.get("eps").error("must be a finite number >= 0, got " + eps, "");
		return eps;
	}

	/** The axes to reduce over, as 0.5 ids (0.4 gives a string of letters); null for all. */
	static List<String> axes(final YamlNode k, final boolean v04)
	{
		final YamlNode a = k.get("axes");
		if (a.isMissing())
			return null;
		if (!v04)
			return a.strings();
		final List<String> ids = new ArrayList<>();
		for (final char c : a.string().toCharArray())
		{
			if (AxisKind.ofLetter(c) == null)
				throw a.error("unknown axis letter '" + c + "'", "use letters of b, c, i, t, x, y, z");
			ids.add(AxisKind.idOfLetter(c));
		}
		return ids;
	}

	private static AxisValues values(final YamlNode v, final YamlNode k, final boolean v04, final String packageName)
	{
		if (v.isMissing())
			throw v.error("is missing", "");
		return new AxisValues(v.numbers(), v04 ? null : k.get("axis").string(null), axes(k, v04), packageName, v.path());
	}

	private static AxisValues values(final YamlNode v, final double fallback, final YamlNode k, final boolean v04, final String packageName)
	{
		return v.isMissing() ? AxisValues.scalar(fallback) : values(v, k, v04, packageName);
	}
}
