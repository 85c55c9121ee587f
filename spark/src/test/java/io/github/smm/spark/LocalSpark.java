package io.github.smm.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An embedded Spark for tests: {@code local[n]}, no web UI, bound to the loopback address.
 * Either one context per test class, started before its first test and closed after its last:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final LocalSpark spark = LocalSpark.of(2);
 * ... SparkTiledMerge.blockwise(spark.sc(), images, 3) ...
 * </pre>
 *
 * or one for a block of code: {@code try (JavaSparkContext sc = LocalSpark.start(2)) { ... }}.
 */
final class LocalSpark implements BeforeAllCallback, AfterAllCallback
{
	private final String master;
	private JavaSparkContext sc;

	private LocalSpark(final String master)
	{
		this.master = master;
	}

	/** The class's context at {@code local[cores]}. */
	static LocalSpark of(final int cores)
	{
		return of("local[" + cores + "]");
	}

	/** The class's context at {@code master}, e.g. {@code local[2,3]} (see {@link #start(String)}). */
	static LocalSpark of(final String master)
	{
		return new LocalSpark(master);
	}

	/** The running context (between the class's first and last test). */
	JavaSparkContext sc()
	{
		if (sc == null)
			throw new IllegalStateException("LocalSpark runs between a test class's first and last test: register it with @RegisterExtension on a static field");
		return sc;
	}

	@Override
	public void beforeAll(final ExtensionContext context)
	{
		sc = start(master);
	}

	@Override
	public void afterAll(final ExtensionContext context)
	{
		if (sc != null)
			sc.close();
		sc = null;
	}

	static JavaSparkContext start(final int cores)
	{
		return start("local[" + cores + "]");
	}

	/** E.g. {@code local[2,3]}: 2 threads, a task may fail up to 3 times (local mode retries only then). */
	static JavaSparkContext start(final String master)
	{
		final SparkConf conf = new SparkConf().setMaster(master).setAppName("smm-test").set("spark.ui.enabled", "false")
				.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1").set("spark.sql.shuffle.partitions", "4");
		return new JavaSparkContext(conf);
	}
}
