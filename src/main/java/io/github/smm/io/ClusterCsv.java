package io.github.smm.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;

/**
 * The cluster tables of a merge, as CSV.
 * <p>
 * <b>Clusters</b>, one row per output instance:
 * {@code cluster_id,members,member_names,score,class,area,bbox_x,bbox_y,bbox_width,bbox_height}
 * where {@code members} is the space-separated list of input ids, {@code member_names} the
 * members' names separated by {@code ;} when the inputs have names (ROI names, GeoJSON feature
 * names; else empty), and the box is the half-open pixel box of the output mask. Tables
 * without {@code member_names} (written before it existed) still read.
 * </p>
 * <p>
 * <b>Assignments</b>, one row per input instance, in input order: {@code input_id,cluster_id};
 * {@code cluster_id} is empty for an input that is in no output.
 * </p>
 * Numbers are written in a locale-independent form that reads back exactly.
 */
public final class ClusterCsv
{
	/** Header of the cluster table. */
	public static final String CLUSTER_HEADER = "cluster_id,members,member_names,score,class,area,bbox_x,bbox_y,bbox_width,bbox_height";

	/** Header of the 2D-per-slice cluster table: the plane (1-based), then the 2D columns. */
	public static final String SLICE_CLUSTER_HEADER = "slice," + CLUSTER_HEADER;

	/** Separator of the names in {@code member_names}. */
	public static final String NAME_SEPARATOR = ";";

	/** Header of the assignment table. */
	public static final String ASSIGNMENT_HEADER = "input_id,cluster_id";

	/** What the tables need from a merge result. */
	public interface Clustering
	{
		/** The fused outputs; output {@code c} is cluster {@code c}. */
		List<Instance> merged();

		/** The input ids merged into cluster {@code c}. */
		long[] members(int cluster);

		/** The cluster of input {@code i}, or a negative number when it is in none. */
		int clusterOf(int inputIndex);
	}

	private ClusterCsv()
	{}

	/** One row per output of {@code clustering}; cluster id = the output's id. */
	public static List<ClusterRow> rows(final Clustering clustering)
	{
		return rows(clustering, java.util.Map.of());
	}

	/** One row per output, with the members' names looked up by input id ({@code names} may be empty). */
	public static List<ClusterRow> rows(final Clustering clustering, final java.util.Map<Long, String> names)
	{
		final List<Instance> merged = clustering.merged();
		final List<ClusterRow> rows = new ArrayList<>(merged.size());
		for (int c = 0; c < merged.size(); c++)
			rows.add(ClusterRow.of(merged.get(c), clustering.members(c), names));
		return rows;
	}

	/** The names of a row's members as written in {@code member_names}. */
	public static String memberNames(final ClusterRow r)
	{
		return String.join(NAME_SEPARATOR, r.memberNames());
	}

	/**
	 * The output id of each input, in input order ({@link InputAssignment#NONE} for an input
	 * in no output).
	 *
	 * @throws IllegalArgumentException naming an input whose cluster index is out of range
	 */
	public static List<InputAssignment> assignments(final List<Instance> inputs, final Clustering clustering)
	{
		final List<Instance> merged = clustering.merged();
		final List<InputAssignment> out = new ArrayList<>(inputs.size());
		for (int i = 0; i < inputs.size(); i++)
		{
			final int c = clustering.clusterOf(i);
			if (c >= merged.size())
				throw new IllegalArgumentException("input " + i + " (id " + inputs.get(i).id() + ") is in cluster " + c + " of " + merged.size());
			out.add(new InputAssignment(inputs.get(i).id(), c < 0 ? InputAssignment.NONE : merged.get(c).id()));
		}
		return out;
	}

	public static void writeClusters(final Path file, final List<ClusterRow> rows) throws IOException
	{
		AtomicFiles.writeText(file, out -> writeClusters(out, rows));
	}

	public static void writeClusters(final Writer out, final List<ClusterRow> rows) throws IOException
	{
		out.write(CLUSTER_HEADER + "\n");
		for (final ClusterRow r : rows)
			out.write(line(r) + "\n");
	}

	/**
	 * Writes the clusters of planes merged one by one (2D per slice): the 2D columns after a
	 * {@code slice} column (1-based plane); {@code perSlice.get(k)} holds plane k+1's clusters, whose
	 * ids are unique within their plane.
	 */
	public static void writeSliceClusters(final Path file, final List<List<ClusterRow>> perSlice) throws IOException
	{
		AtomicFiles.writeText(file, out -> {
			out.write(SLICE_CLUSTER_HEADER + "\n");
			for (int k = 0; k < perSlice.size(); k++)
				for (final ClusterRow r : perSlice.get(k))
					out.write((k + 1) + "," + line(r) + "\n");
		});
	}

	private static String line(final ClusterRow r)
	{
		final StringBuilder members = new StringBuilder();
		for (final long m : r.members())
			members.append(members.length() == 0 ? "" : " ").append(m);
		final Box b = r.box();
		return r.clusterId() + "," + members + "," + Csv.field(memberNames(r)) + "," + r.score() + "," + r.classId() + "," + r.area() + "," + b.minX + "," + b.minY + "," + b.width() + "," + b.height();
	}

	public static void writeAssignments(final Path file, final List<InputAssignment> rows) throws IOException
	{
		AtomicFiles.writeText(file, out -> writeAssignments(out, rows));
	}

	public static void writeAssignments(final Writer out, final List<InputAssignment> rows) throws IOException
	{
		out.write(ASSIGNMENT_HEADER + "\n");
		for (final InputAssignment a : rows)
			out.write(a.inputId() + "," + (a.hasCluster() ? Long.toString(a.clusterId()) : "") + "\n");
	}

	/**
	 * Reads a cluster table.
	 *
	 * @throws FormatException naming the file and line of a missing column or a malformed field
	 */
	public static List<ClusterRow> readClusters(final Path file) throws IOException
	{
		final Csv csv = Csv.read(file);
		final String[] names = CLUSTER_HEADER.replace(",member_names", "").split(",");
		final int[] col = new int[names.length];
		for (int i = 0; i < names.length; i++)
			col[i] = csv.column(names[i]);
		final int named = csv.header.indexOf("member_names");
		final List<ClusterRow> rows = new ArrayList<>();
		for (final Csv.Row row : csv.rows)
		{
			final long x = csv.longAt(row, col[5]), y = csv.longAt(row, col[6]);
			final long w = csv.longAt(row, col[7]), h = csv.longAt(row, col[8]);
			if (w < 0 || h < 0)
				throw new FormatException(csv.where(row) + "negative box size " + w + "x" + h);
			final long[] members = members(csv, row, col[1]);
			final String text = named < 0 ? "" : row.cells[named];
			final List<String> memberNames = text.isEmpty() ? List.of() : List.of(text.split(NAME_SEPARATOR, -1));
			if (!memberNames.isEmpty() && memberNames.size() != members.length)
				throw new FormatException(csv.where(row) + memberNames.size() + " member names for " + members.length + " members");
			rows.add(new ClusterRow(csv.longAt(row, col[0]), members, csv.doubleAt(row, col[2]), csv.intAt(row, col[3]), csv.longAt(row, col[4]), Box.ofSize(x, y, w, h), memberNames));
		}
		return rows;
	}

	private static long[] members(final Csv csv, final Csv.Row row, final int column)
	{
		final String s = row.cells[column].trim();
		if (s.isEmpty())
			return new long[0];
		final String[] parts = s.split("\\s+");
		final long[] ids = new long[parts.length];
		for (int i = 0; i < parts.length; i++)
			try
			{
				ids[i] = Long.parseLong(parts[i]);
			}
			catch (final NumberFormatException e)
			{
				throw new FormatException(csv.where(row) + "member '" + parts[i] + "' is not an integer id", e);
			}
		return ids;
	}

	/**
	 * Reads an assignment table.
	 *
	 * @throws FormatException naming the file and line of a missing column or a malformed id
	 */
	public static List<InputAssignment> readAssignments(final Path file) throws IOException
	{
		final Csv csv = Csv.read(file);
		final int in = csv.column("input_id"), cl = csv.column("cluster_id");
		final List<InputAssignment> rows = new ArrayList<>();
		for (final Csv.Row row : csv.rows)
		{
			final boolean none = row.cells[cl].trim().isEmpty();
			rows.add(new InputAssignment(csv.longAt(row, in), none ? InputAssignment.NONE : csv.longAt(row, cl)));
		}
		return rows;
	}
}
