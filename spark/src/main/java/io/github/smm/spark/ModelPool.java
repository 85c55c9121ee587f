package io.github.smm.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.github.smm.bioimageio.ModelPackage;
import io.github.smm.bioimageio.ModelRunner;

/**
 * The model runners (package description, ONNX weights and ONNX Runtime session) of one executor
 * JVM, kept from task to task: a block task leases a runner, uses it for all its tiles and hands
 * it back, and the next task on that executor gets it again instead of reading, checking
 * (sha256) and loading the weights anew.
 * <p>
 * <b>Thread safety.</b> A leased runner belongs to one task until it is handed back: two tasks
 * running at once in one executor (one per core) never share a session — the second gets
 * another idle runner or opens its own — so an executor holds at most as many sessions per model
 * as it runs tasks at once (and {@link io.github.smm.bioimageio.OnnxPredictor#predict} is
 * synchronized besides). A runner holds no state of a task: the per-task parts (whole-image
 * statistics, the tile predictor, its plan) are built per task on top of it, so a task's output
 * does not depend on which runner it got or what ran on it before.
 * </p>
 * <p>
 * <b>When a runner is reused.</b> The key is the package path (absolute), the ONNX Runtime threads
 * and a stamp of the package's files (size and modification time of the file, or of every
 * regular file directly in the folder, or in the folder of a named {@code .yaml}); a package written anew under the same path gets new
 * runners, and idle runners of an older stamp of that path are closed. At most
 * {@value #MAX_IDLE} idle runners are kept, the oldest closed first.
 * </p>
 */
public final class ModelPool
{
	static final int MAX_IDLE = 4;

	private static final Map<Key, Deque<ModelRunner>> IDLE = new LinkedHashMap<>();

	private static final AtomicLong OPENED = new AtomicLong();

	private ModelPool()
	{}

	/** A runner leased by one task; {@link #close} hands it back. */
	static final class Lease implements AutoCloseable
	{
		private final Key key;
		private ModelRunner runner;

		private Lease(final Key key, final ModelRunner runner)
		{
			this.key = key;
			this.runner = runner;
		}

		ModelRunner runner()
		{
			if (runner == null)
				throw new IllegalStateException("the model runner was handed back");
			return runner;
		}

		@Override
		public void close()
		{
			if (runner != null)
				giveBack(key, runner);
			runner = null;
		}
	}

	/**
	 * A runner of the package at {@code model} with {@code threads} ONNX Runtime threads: an idle
	 * one of this executor, or a new one (the package opened once, its weights read once).
	 *
	 * @throws io.github.smm.bioimageio.ModelPackageException naming the package when it cannot be
	 *             opened
	 */
	static Lease lease(final Path model, final int threads)
	{
		final Key key = new Key(model.toAbsolutePath().normalize().toString(), threads, stamp(model));
		synchronized (ModelPool.class)
		{
			final List<ModelRunner> stale = new ArrayList<>();
			for (final Iterator<Map.Entry<Key, Deque<ModelRunner>>> it = IDLE.entrySet().iterator(); it.hasNext();)
			{
				final Map.Entry<Key, Deque<ModelRunner>> e = it.next();
				if (e.getKey().path.equals(key.path) && !e.getKey().stamp.equals(key.stamp))
				{
					stale.addAll(e.getValue());
					it.remove();
				}
			}
			stale.forEach(ModelRunner::close);
			final Deque<ModelRunner> idle = IDLE.get(key);
			if (idle != null && !idle.isEmpty())
				return new Lease(key, idle.pop());
		}
		final ModelRunner runner = new ModelRunner(ModelPackage.open(model), threads); // outside the lock: tasks open their sessions in parallel
		OPENED.incrementAndGet();
		return new Lease(key, runner);
	}

	private static void giveBack(final Key key, final ModelRunner runner)
	{
		final List<ModelRunner> closing = new ArrayList<>();
		synchronized (ModelPool.class)
		{
			IDLE.computeIfAbsent(key, k -> new ArrayDeque<>()).push(runner);
			int idle = 0;
			for (final Deque<ModelRunner> d : IDLE.values())
				idle += d.size();
			for (final Iterator<Deque<ModelRunner>> it = IDLE.values().iterator(); it.hasNext() && idle > MAX_IDLE;)
			{
				final Deque<ModelRunner> d = it.next();
				while (!d.isEmpty() && idle > MAX_IDLE)
				{
					closing.add(d.removeLast());
					idle--;
				}
				if (d.isEmpty())
					it.remove();
			}
		}
		closing.forEach(ModelRunner::close);
	}

	/** How many runners (ONNX Runtime sessions) this JVM has opened so far. */
	public static long opened()
	{
		return OPENED.get();
	}

	/** Closes every idle runner (tests; a JVM that ends frees them anyway). */
	static void clear()
	{
		final List<ModelRunner> closing = new ArrayList<>();
		synchronized (ModelPool.class)
		{
			IDLE.values().forEach(closing::addAll);
			IDLE.clear();
		}
		closing.forEach(ModelRunner::close);
	}

	/** Sizes and modification times of the zipped package, or of the files directly in its folder. */
	private static String stamp(final Path model)
	{
		try
		{
			final String name = String.valueOf(model.getFileName()).toLowerCase(java.util.Locale.ROOT);
			final Path folder = Files.isDirectory(model) ? model : name.endsWith(".yaml") || name.endsWith(".yml") ? model.toAbsolutePath().getParent() : null;
			if (folder == null)
				return Files.exists(model) ? Files.size(model) + "@" + Files.getLastModifiedTime(model).toMillis() : "absent";
			final StringBuilder sb = new StringBuilder();
			try (Stream<Path> files = Files.list(folder))
			{
				files.filter(Files::isRegularFile).sorted().forEach(f -> {
					try
					{
						sb.append(f.getFileName()).append(':').append(Files.size(f)).append('@').append(Files.getLastModifiedTime(f).toMillis()).append(';');
					}
					catch (final IOException e)
					{
						throw new UncheckedIOException(e);
					}
				});
			}
			return sb.toString();
		}
		catch (final IOException | UncheckedIOException e)
		{
			return "unreadable"; // ModelPackage.open then names the package and what is wrong
		}
	}

	private static final class Key
	{
		final String path;
		final int threads;
		final String stamp;

		Key(final String path, final int threads, final String stamp)
		{
			this.path = path;
			this.threads = threads;
			this.stamp = stamp;
		}

		@Override
		public boolean equals(final Object o)
		{
			return o instanceof Key && ((Key) o).path.equals(path) && ((Key) o).threads == threads && ((Key) o).stamp.equals(stamp);
		}

		@Override
		public int hashCode()
		{
			return Objects.hash(path, threads, stamp);
		}
	}
}
