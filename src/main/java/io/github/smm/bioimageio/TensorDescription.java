package io.github.smm.bioimageio;

import java.util.ArrayList;
import java.util.List;

/** An input or output tensor of a model: id, axes, processing steps and test tensor. */
public final class TensorDescription
{
	private final String id, entry;
	private final List<Axis> axes;
	private final List<Operation> preprocessing, postprocessing;
	private final String testTensor, testSha256;

	TensorDescription(final String id, final String entry, final List<Axis> axes, final List<Operation> preprocessing, final List<Operation> postprocessing,
			final String testTensor, final String testSha256)
	{
		this.id = id;
		this.entry = entry;
		this.axes = List.copyOf(axes);
		this.preprocessing = List.copyOf(preprocessing);
		this.postprocessing = List.copyOf(postprocessing);
		this.testTensor = testTensor;
		this.testSha256 = testSha256;
	}

	/** The tensor's id (0.4: its name). */
	public String id()
	{
		return id;
	}

	/** Where the description lists it, e.g. {@code inputs[0]}. */
	public String entry()
	{
		return entry;
	}

	public List<Axis> axes()
	{
		return axes;
	}

	/** The axis ids in order. */
	public List<String> axisIds()
	{
		final List<String> ids = new ArrayList<>(axes.size());
		for (final Axis a : axes)
			ids.add(a.id());
		return ids;
	}

	/** The axis with this id, or null. */
	public Axis axis(final String axisId)
	{
		for (final Axis a : axes)
			if (a.id().equals(axisId))
				return a;
		return null;
	}

	/** The first axis of a kind, or null. */
	public Axis axisOf(final AxisKind kind)
	{
		for (final Axis a : axes)
			if (a.kind() == kind)
				return a;
		return null;
	}

	/** The space axes, in order (y before x in the usual {@code b c y x}). */
	public List<Axis> spaceAxes()
	{
		final List<Axis> out = new ArrayList<>();
		for (final Axis a : axes)
			if (a.kind() == AxisKind.SPACE)
				out.add(a);
		return out;
	}

	public List<Operation> preprocessing()
	{
		return preprocessing;
	}

	public List<Operation> postprocessing()
	{
		return postprocessing;
	}

	/** The test tensor's file (relative to the package), or null. */
	public String testTensor()
	{
		return testTensor;
	}

	/** Its sha256 as the description gives it, or null. */
	public String testSha256()
	{
		return testSha256;
	}

	@Override
	public String toString()
	{
		return id + " " + axes;
	}
}
