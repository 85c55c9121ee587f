package io.github.smm.tile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.smm.model.Instance;

/** An {@link InstanceSink} that keeps every output in memory, in emission order. */
public final class InstanceList implements InstanceSink
{
	private final List<MergedInstance> outputs = new ArrayList<>();
	private boolean finished, complete;

	@Override
	public void accept(final MergedInstance output)
	{
		outputs.add(output);
	}

	@Override
	public void finish(final boolean complete)
	{
		this.finished = true;
		this.complete = complete;
	}

	/** The outputs with their members. */
	public List<MergedInstance> merged()
	{
		return Collections.unmodifiableList(outputs);
	}

	/** The output instances. */
	public List<Instance> instances()
	{
		final List<Instance> out = new ArrayList<>(outputs.size());
		for (final MergedInstance m : outputs)
			out.add(m.instance());
		return out;
	}

	/** True once the run ended and was not cancelled. */
	public boolean isComplete()
	{
		return finished && complete;
	}
}
