package io.github.smm.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs indexed tasks on a chosen number of threads. Each task writes only its own slot of
 * the caller's result arrays, so results never depend on the thread count.
 */
public final class Parallel
{
	private Parallel()
	{}

	/**
	 * Calls {@code task} for every index in {@code [0, count)} using up to {@code threads}
	 * threads (the calling thread only, when 1). The first exception thrown by a task is
	 * rethrown.
	 */
	public static void forEach(final int count, final int threads, final IntConsumer task)
	{
		final int t = Math.max(1, Math.min(threads, count));
		if (t == 1)
		{
			for (int i = 0; i < count; i++)
				task.accept(i);
			return;
		}
		final AtomicInteger next = new AtomicInteger();
		final ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
			final Thread th = new Thread(r, "smm-worker");
			th.setDaemon(true);
			return th;
		});
		try
		{
			final List<Future<?>> futures = new ArrayList<>();
			for (int w = 0; w < t; w++)
				futures.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement())
						task.accept(i);
				}));
			for (final Future<?> f : futures)
				f.get();
		}
		catch (final InterruptedException e)
		{
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
		catch (final ExecutionException e)
		{
			final Throwable cause = e.getCause();
			if (cause instanceof RuntimeException)
				throw (RuntimeException) cause;
			if (cause instanceof Error)
				throw (Error) cause;
			throw new IllegalStateException(cause);
		}
		finally
		{
			pool.shutdownNow();
		}
	}
}
