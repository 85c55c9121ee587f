package io.github.smm.volume;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.smm.io.AtomicFiles;

/**
 * The CSV of merged 3D objects: {@code object_id,members,score,class,volume,centroid_x,centroid_y,
 * centroid_z,bbox_x,bbox_y,bbox_z,bbox_width,bbox_height,bbox_depth}; {@code members} lists the
 * ids of the block predictions it fuses, separated by spaces; centroids are voxel-centre
 * coordinates (voxel (0, 0, 0) has its centre at 0).
 */
public final class VolumeCsv
{
	public static final String HEADER = "object_id,members,score,class,volume,centroid_x,centroid_y,centroid_z,bbox_x,bbox_y,bbox_z,bbox_width,bbox_height,bbox_depth";

	private VolumeCsv()
	{}

	/** The lines of the table (header first). */
	public static List<String> lines(final VolumeMergeResult r)
	{
		final List<List<Long>> members = new ArrayList<>();
		for (int c = 0; c < r.merged().size(); c++)
			members.add(new ArrayList<>());
		for (int i = 0; i < r.inputs().size(); i++)
			members.get(r.clusterOfInput()[i]).add(r.inputs().get(i).id());
		final List<String> out = new ArrayList<>();
		out.add(HEADER);
		for (int c = 0; c < r.merged().size(); c++)
			out.add(row(r.merged().get(c), members.get(c).stream().mapToLong(Long::longValue).sorted().toArray()));
		return out;
	}

	/** The line of one object, {@code members} its block predictions' ids (listed in the given order). */
	public static String row(final VolumeInstance o, final long[] members)
	{
		final StringBuilder ids = new StringBuilder();
		for (final long id : members)
			ids.append(ids.length() == 0 ? "" : " ").append(id);
		final double[] centre = VolumeMasks.centroid(o.mask());
		final Box3 b = o.box();
		return String.format(Locale.ROOT, "%d,%s,%.6f,%d,%d,%.4f,%.4f,%.4f,%d,%d,%d,%d,%d,%d", o.id(), ids, o.score(), o.classId(), o.volume(), centre[0], centre[1], centre[2], b.minX,
				b.minY, b.minZ, b.width(), b.height(), b.depth());
	}

	/** Writes the table to {@code file} (atomically). */
	public static void write(final Path file, final VolumeMergeResult r) throws IOException
	{
		final List<String> lines = lines(r);
		AtomicFiles.writeText(file, out -> {
			for (final String l : lines)
				out.write(l + "\n");
		});
	}
}
