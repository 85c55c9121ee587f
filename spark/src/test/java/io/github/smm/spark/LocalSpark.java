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
		final SparkConf conf = new SparkConf().setMaster("local[" + cores + "]").setAppName("smm-test").set("spark.ui.enabled", "false")
				.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1").set("spark.sql.shuffle.partitions", "4");
		return new JavaSparkContext(conf);
	}
}
