package io.github.smm.spark;

import org.apache.spark.TaskContext;

/**
 * Fault injection for the retry tests: when the job's local property
 * {@value #FAIL_FIRST_ATTEMPT} is {@code true}, the first attempt of every task fails at the
 * named point (after it has done its work, before it returns or commits), as a lost executor
 * would. Spark then re-runs the task; the outputs must come out the same.
 */
public final class TaskFaults
{
	/** The local property ({@code JavaSparkContext.setLocalProperty}) that turns it on. */
	public static final String FAIL_FIRST_ATTEMPT = "smm.inject.fail_first_attempt";

	private TaskFaults()
	{}

	static void failFirstAttempt(final String where)
	{
		final TaskContext task = TaskContext.get();
		if (task != null && "true".equals(task.getLocalProperty(FAIL_FIRST_ATTEMPT)) && task.attemptNumber() == 0)
			throw new Injected("injected failure of the first attempt of task " + task.partitionId() + " (" + where + ")");
	}

	/** A name unique to this task attempt (stage, partition, attempt), or "driver" outside a task. */
	static String attempt()
	{
		final TaskContext task = TaskContext.get();
		return task == null ? "driver" : task.stageId() + "-" + task.stageAttemptNumber() + "-" + task.partitionId() + "-" + task.attemptNumber();
	}

	/** The injected failure: never taken for a bad image, it fails the task attempt. */
	static final class Injected extends IllegalStateException
	{
		private static final long serialVersionUID = 1L;

		Injected(final String message)
		{
			super(message);
		}
	}
}
