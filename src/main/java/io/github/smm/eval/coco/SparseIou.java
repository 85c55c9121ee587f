package io.github.smm.eval.coco;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import io.github.smm.io.coco.CocoAnnotation;
import io.github.smm.model.Box;
import io.github.smm.model.Masks;

/**
 * Mask IoU between detections and ground truth of one image, as pycocotools' {@code iou}, kept
 * only where it is positive: pairs whose boxes do not overlap are never compared (an STR-tree
 * finds the candidates). For a crowd ground truth the IoU is intersection over the detection's
 * area. Every pair left out has IoU 0, which can never reach a threshold above 0.
 */
final class SparseIou
{
	/** Ground-truth indices (ascending) and IoUs of each detection. */
	final int[][] gtIndex;
	final double[][] iou;

	private SparseIou(final int[][] gtIndex, final double[][] iou)
	{
		this.gtIndex = gtIndex;
		this.iou = iou;
	}

	/** Given IoUs: for detection {@code d}, ground-truth indices {@code gtIndex[d]} (ascending) and positive IoUs {@code iou[d]}. */
	static SparseIou given(final int[][] gtIndex, final double[][] iou)
	{
		return new SparseIou(gtIndex, iou);
	}

	static SparseIou of(final CocoAnnotation[] gts, final CocoAnnotation[] dts)
	{
		final int[][] index = new int[dts.length][];
		final double[][] iou = new double[dts.length][];
		final Candidates candidates = new Candidates(gts);
		for (int d = 0; d < dts.length; d++)
		{
			final List<Integer> near = candidates.near(dts[d].box());
			final int[] idx = new int[near.size()];
			final double[] val = new double[near.size()];
			int n = 0;
			for (final int g : near)
			{
				final double v = iou(dts[d], gts[g]);
				if (v > 0)
				{
					idx[n] = g;
					val[n++] = v;
				}
			}
			index[d] = java.util.Arrays.copyOf(idx, n);
			iou[d] = java.util.Arrays.copyOf(val, n);
		}
		return new SparseIou(index, iou);
	}

	/** pycocotools' mask IoU of one pair (crowd: intersection over the detection's area). */
	static double iou(final CocoAnnotation dt, final CocoAnnotation gt)
	{
		final long inter = Masks.intersectionArea(dt.mask(), gt.mask());
		if (inter == 0)
			return 0;
		final long union = gt.isCrowd() ? dt.mask().area() : dt.mask().area() + gt.mask().area() - inter;
		return (double) inter / (double) union;
	}

	/** Ground truth whose boxes overlap a query box, in ascending index order. */
	private static final class Candidates
	{
		private static final int TREE_FROM = 16;
		private final CocoAnnotation[] gts;
		private final STRtree tree;

		Candidates(final CocoAnnotation[] gts)
		{
			this.gts = gts;
			if (gts.length < TREE_FROM)
				tree = null;
			else
			{
				tree = new STRtree();
				for (int g = 0; g < gts.length; g++)
					if (!gts[g].mask().isEmpty())
						tree.insert(envelope(gts[g].box()), g);
				tree.build();
			}
		}

		List<Integer> near(final Box box)
		{
			final List<Integer> out = new ArrayList<>();
			if (box.isEmpty())
				return out;
			if (tree == null)
			{
				for (int g = 0; g < gts.length; g++)
					if (gts[g].box().intersects(box))
						out.add(g);
				return out;
			}
			tree.query(envelope(box), item -> {
				final int g = (Integer) item;
				if (gts[g].box().intersects(box))
					out.add(g);
			});
			out.sort(null);
			return out;
		}

		/** Closed envelope of the box's pixel indices: overlaps exactly when the boxes do. */
		private static Envelope envelope(final Box b)
		{
			return new Envelope(b.minX, b.maxX - 1, b.minY, b.maxY - 1);
		}
	}
}
