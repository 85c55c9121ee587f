package io.github.smm.volume;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.eval.AnnotationCheckOptions;
import io.github.smm.eval.AnnotationReport;
import io.github.smm.eval.Connectivity;
import io.github.smm.eval.MaskTopology;
import io.github.smm.index.CandidatePairs;
import io.github.smm.model.Instances;

/**
 * The checks of the 2D {@link io.github.smm.eval.AnnotationCheck} on 3D ground truth, with
 * voxels for pixels: objects sharing voxels, objects of fewer than
 * {@link AnnotationCheckOptions#minArea()} voxels, objects in several pieces under a 3D
 * connectivity (6, 18 or 26; the image connectivities 4 and 8 are read as 6 and 26), and objects
 * enclosing cavities (background not connected, with the complementary connectivity, to the
 * outside of the object's box padded by one voxel). Computed on runs.
 */
public final class VolumeAnnotationCheck
{
	private VolumeAnnotationCheck()
	{}

	/**
	 * Checks the objects of one volume.
	 *
	 * @throws io.github.smm.model.InvalidInstanceException when an id is repeated
	 */
	public static AnnotationReport check(final List<VolumeInstance> groundTruth, final AnnotationCheckOptions options)
	{
		Instances.requireUniqueIds(groundTruth, VolumeInstance::id);
		final Connectivity c = options.connectivity().inVolume();
		final List<AnnotationReport.Sliver> slivers = new ArrayList<>();
		final List<AnnotationReport.Pieces> pieces = new ArrayList<>();
		final List<AnnotationReport.Holes> holes = new ArrayList<>();
		for (final VolumeInstance o : groundTruth)
		{
			if (o.volume() < options.minArea())
				slivers.add(new AnnotationReport.Sliver(o.id(), o.volume()));
			final MaskTopology.Rows rows = rows(o.mask());
			final int n = MaskTopology.pieces(rows, c);
			if (n > 1)
				pieces.add(new AnnotationReport.Pieces(o.id(), n));
			final Box3 b = o.box();
			final MaskTopology.Holes h = MaskTopology.holes(rows, b.minX, b.maxX, b.minY, b.maxY, b.minZ, b.maxZ, c);
			if (h.count > 0)
				holes.add(new AnnotationReport.Holes(o.id(), h.count, h.size));
		}
		return new AnnotationReport(groundTruth.size(), overlaps(groundTruth), slivers, pieces, holes);
	}

	/** Pairs of objects sharing voxels, the earlier object first. */
	private static List<AnnotationReport.Overlap> overlaps(final List<VolumeInstance> objects)
	{
		final List<AnnotationReport.Overlap> out = new ArrayList<>();
		final CandidatePairs pairs = VolumeCandidates.find(objects, 0, true, VoxelSize.ISOTROPIC, 1);
		for (int k = 0; k < pairs.size(); k++)
		{
			final VolumeInstance a = objects.get(pairs.first(k)), b = objects.get(pairs.second(k));
			final long shared = VolumeMasks.intersectionVolume(a.mask(), b.mask());
			if (shared > 0)
				out.add(new AnnotationReport.Overlap(a.id(), b.id(), shared));
		}
		return out;
	}

	private static MaskTopology.Rows rows(final VolumeMask m)
	{
		final MaskTopology.Rows rows = new MaskTopology.Rows();
		m.forEachRun(rows::add);
		return rows;
	}
}
