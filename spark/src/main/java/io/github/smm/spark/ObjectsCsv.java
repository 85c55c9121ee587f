package io.github.smm.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import io.github.smm.io.ClusterCsv;

/**
 * The objects table of an image: the cluster table of the merge commands ({@link ClusterCsv},
 * which reads it back) with two more columns, {@code centroid_x,centroid_y}, the mean of the
 * object's pixel centres (pixel (0, 0) has its centre at 0), as the 3D runner's table has.
 */
final class ObjectsCsv
{
	/** The header of the table. */
	static final String HEADER = ClusterCsv.CLUSTER_HEADER + ",centroid_x,centroid_y";

	private ObjectsCsv()
	{}

	/** Writes the table of an image's objects (ids 1, 2, … in output order, as {@link ImageResult#rows()}). */
	static void write(final Writer out, final ImageResult r) throws IOException
	{
		final StringWriter table = new StringWriter();
		ClusterCsv.writeClusters(table, r.rows());
		// the spark rows have no member names, so every row of the commands' table is one line
		final String[] lines = table.toString().split("\n");
		final List<ObjectRecord> objects = r.objects();
		if (lines.length != objects.size() + 1)
			throw new IllegalStateException(lines.length - 1 + " table rows for " + objects.size() + " objects");
		out.write(HEADER + "\n");
		for (int k = 0; k < objects.size(); k++)
		{
			final double[] c = objects.get(k).centroid();
			out.write(lines[k + 1] + String.format(Locale.ROOT, ",%.4f,%.4f", c[0], c[1]) + "\n");
		}
	}
}
