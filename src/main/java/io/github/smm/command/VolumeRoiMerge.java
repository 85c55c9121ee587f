package io.github.smm.command;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import io.github.smm.MergeOptions;
import io.github.smm.fuse.OverlapResolution;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.ij.RoiPosition;
import io.github.smm.ij.RoiSets;
import io.github.smm.ij.Rois;
import io.github.smm.ij.VolumeRois;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VolumeCsv;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VolumeKind;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VolumeMerge;
import io.github.smm.volume.VolumeMergeResult;
import io.github.smm.volume.VoxelSize;

/**
 * The 3D path of <em>Merge ROIs</em>: a 3D ROI set (every ROI named {@code object-<id>} and on
 * its slice, the ROIs of one name one object, as {@link VolumeRois} writes) merged in 3D and
 * written as a 3D ROI set, a label stack and a CSV of objects.
 */
final class VolumeRoiMerge
{
	private VolumeRoiMerge()
	{}

	/**
	 * Whether {@code rois} (from {@code source}, for messages) are 3D objects: every ROI named
	 * {@code object-…} and on a slice; none so is a 2D set.
	 *
	 * @throws IllegalArgumentException naming a 3D ROI and a 2D one when the set mixes them
	 */
	static boolean applies(final List<Roi> rois, final String source)
	{
		int first3d = -1, first2d = -1;
		for (int i = 0; i < rois.size() && (first3d < 0 || first2d < 0); i++)
			if (isSection(rois.get(i)))
				first3d = first3d < 0 ? i : first3d;
			else
				first2d = first2d < 0 ? i : first2d;
		if (first3d >= 0 && first2d >= 0)
			throw new IllegalArgumentException(source + " mixes 3D and 2D ROIs: ROI " + first3d + " " + Rois.describe(rois.get(first3d)) + " is the section of a 3D object (named "
					+ VolumeRois.PREFIX + "<id>, on slice " + slice(rois.get(first3d)) + "), ROI " + first2d + " " + Rois.describe(rois.get(first2d))
					+ " is not; give a 3D ROI set (every ROI named " + VolumeRois.PREFIX + "<id> and on its slice, as Merge Label Images output_rois writes) or a 2D one");
		return first3d >= 0;
	}

	private static boolean isSection(final Roi r)
	{
		return r.getName() != null && r.getName().startsWith(VolumeRois.PREFIX) && slice(r) > 0;
	}

	private static int slice(final Roi r)
	{
		final RoiPosition p = RoiPosition.of(r);
		return p.slice() > 0 ? p.slice() : p.stackIndex();
	}

	/**
	 * Merges and writes; {@code image} (may be null) gives the label stack's size and the voxel
	 * size (else the objects' extent and isotropic voxels). Returns the summary line.
	 */
	static String run(final List<Roi> rois, final ImagePlus image, final MergeOptions options, final File outputRois, final File outputLabels, final File table, final File outputGeojson)
			throws IOException
	{
		if (given(outputGeojson))
			throw new IllegalArgumentException("output_geojson: 3D objects are written as a 3D ROI set (output_rois), a label stack (output_labels) and a CSV of objects (table); GeoJSON is 2D");
		final List<VolumeInstance> objects = VolumeRois.toObjects(rois, 1);
		final boolean hasImage = image != null && image.getWidth() > 0;
		final VoxelSize voxel = hasImage ? ImagePlusVolumes.voxelSize(image) : VoxelSize.ISOTROPIC;
		final VolumeMergeResult r = VolumeMerge.merge(objects, options, voxel);
		if (given(outputLabels))
			Outputs.saveTiff(labelStack(r.merged(), hasImage ? image : null, voxel), outputLabels);
		if (given(table))
			VolumeCsv.write(table.toPath(), r);
		final List<Roi> merged = given(outputRois) || Display.interactive() ? VolumeRois.fromObjects(r.merged()) : List.of();
		if (given(outputRois))
			RoiSets.write(outputRois.toPath(), merged);
		if (Display.interactive())
		{
			final RoiManager rm = RoiManager.getRoiManager();
			rm.reset();
			for (final Roi roi : merged)
				rm.addRoi(roi);
		}
		return String.format(Locale.ROOT, "3D: %d objects (%d ROIs) -> %d objects in %.3f s (voxel size z,y,x %s; %d of %d components proven optimal)", objects.size(), rois.size(),
				r.merged().size(), r.mergeSeconds(), voxel, r.provenOptimalComponents(), r.components().size());
	}

	/** One object per voxel (overlaps resolved first, stronger object wins), in the image's size or the objects' extent. */
	private static ImagePlus labelStack(final List<VolumeInstance> merged, final ImagePlus image, final VoxelSize voxel)
	{
		Box3 extent = new Box3(0, 0, 0, 1, 1, 1);
		for (final VolumeInstance o : merged)
			extent = extent.union(o.box());
		final Box3 region = image != null ? new Box3(0, 0, 0, image.getWidth(), image.getHeight(), image.getStackSize()) : new Box3(0, 0, 0, extent.maxX, extent.maxY, extent.maxZ);
		final List<VolumeMask> masks = new ArrayList<>();
		for (final VolumeInstance o : OverlapResolution.resolve(merged, VolumeKind.INSTANCE, 1).outputs)
		{
			if (image != null && !region.contains(o.box()))
				throw new IllegalArgumentException("object " + o.id() + " " + o.box() + " is not inside " + image.getTitle() + " (" + region + ")");
			masks.add(o.mask());
		}
		return ImagePlusVolumes.toImagePlus(masks, region, "merged labels", voxel, image != null ? image.getCalibration().getUnit() : "pixel");
	}

	private static boolean given(final File f)
	{
		return f != null && !f.getPath().trim().isEmpty();
	}
}
