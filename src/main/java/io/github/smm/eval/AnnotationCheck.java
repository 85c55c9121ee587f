package io.github.smm.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.github.smm.model.Instance;

/**
 * Looks for problems in the ground-truth instances of one image, each reported with the
 * instance ids:
 * <ul>
 * <li><b>overlaps</b> — pairs of instances sharing pixels (a label image cannot hold them);</li>
 * <li><b>slivers</b> — instances of fewer than {@link AnnotationCheckOptions#minArea()}
 * pixels;</li>
 * <li><b>pieces</b> — instances made of two or more connected pieces under
 * {@link AnnotationCheckOptions#connectivity()};</li>
 * <li><b>holes</b> — background regions enclosed by an instance: connected background (with
 * the {@link Connectivity#complement() complementary} connectivity) in the instance's
 * bounding box padded by one pixel, that does not touch the padded box's border. Pixels of
 * other instances lying in a hole still count as hole.</li>
 * </ul>
 * Everything is computed on row runs; no image-sized array is allocated.
 */
public final class AnnotationCheck
{
	private AnnotationCheck()
	{}

	/**
	 * Checks the instances of one image.
	 *
	 * @throws io.github.smm.model.InvalidInstanceException when an id is repeated
	 * @throws IllegalArgumentException when the connectivity is one of voxels (6, 18, 26)
	 */
	public static AnnotationReport check(final List<Instance> groundTruth, final AnnotationCheckOptions options)
	{
		Objects.requireNonNull(options, "options");
		if (options.connectivity().isVolume())
			throw new IllegalArgumentException("connectivity " + options.connectivity().token() + " is for volumes; images take 4 or 8");
		final List<Instance> gts = List.copyOf(Overlaps.requireValid(groundTruth, "ground-truth"));
		final List<AnnotationReport.Overlap> overlaps = new ArrayList<>();
		final OverlapSearch.Pairs pairs = OverlapSearch.within(gts);
		for (int k = 0; k < pairs.size; k++)
			overlaps.add(new AnnotationReport.Overlap(gts.get(pairs.query[k]).id(), gts.get(pairs.target[k]).id(), pairs.intersection[k]));
		final List<AnnotationReport.Sliver> slivers = new ArrayList<>();
		final List<AnnotationReport.Pieces> pieces = new ArrayList<>();
		final List<AnnotationReport.Holes> holes = new ArrayList<>();
		for (final Instance i : gts)
		{
			if (i.area() < options.minArea())
				slivers.add(new AnnotationReport.Sliver(i.id(), i.area()));
			final int n = MaskTopology.pieces(i.mask(), options.connectivity());
			if (n > 1)
				pieces.add(new AnnotationReport.Pieces(i.id(), n));
			final MaskTopology.Holes h = MaskTopology.holes(i.mask(), options.connectivity());
			if (h.count > 0)
				holes.add(new AnnotationReport.Holes(i.id(), h.count, h.size));
		}
		return new AnnotationReport(gts.size(), overlaps, slivers, pieces, holes);
	}
}
