package io.github.smm.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** An embedded Spark for tests: {@code local[n]}, no web UI, bound to the loopback address. */
final class LocalSpark
{
	private LocalSpark()
	{}

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
