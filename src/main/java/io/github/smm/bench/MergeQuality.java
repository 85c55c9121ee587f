package io.github.smm.bench;

import java.util.Arrays;
import java.util.List;

import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

/**
 * How well merged outputs reproduce the truth objects of a scene. Computed sparsely: each
 * output is compared only with the truth objects whose boxes meet its box.
 * <ul>
 * <li>The <em>majority object</em> of an output is the truth object it shares most pixels with
 * (ties: lower index); an output that meets no truth object has none.</li>
 * <li>{@link #split()}: truth objects that are the majority object of two or more outputs —
 * the object came back in pieces or duplicated.</li>
 * <li>{@link #wrongMerges()}: outputs holding a substantial share of two or more truth objects,
 * where truth object T is substantial in output O when |O∩T| ≥ {@value #OBJECT_SHARE}·|T|, or
 * when |O∩T| ≥ {@value #OUTPUT_SHARE}·|O| and |O∩T| ≥ {@value #MIN_OBJECT_SHARE}·|T| (the
 * second floor keeps a few-pixel sliver that strays onto a neighbour from counting as a
 * merge of two objects).</li>
 * <li>{@link #missed()}: truth objects without any output of IoU ≥ {@value #MATCH_IOU}.</li>
 * <li>{@link #pq()}: panoptic quality with matches at IoU &gt; {@value #MATCH_IOU}, each truth
 * object and each output matched at most once (the output of highest IoU wins):
 * ΣIoU(matches) / (TP + FP/2 + FN/2); 1 when there is neither truth nor output.</li>
 * </ul>
 */
public final class MergeQuality
{
	/** Share of a truth object that makes it substantial in an output. */
	public static final double OBJECT_SHARE = 0.5;
	/** Share of an output that makes a truth object substantial in it. */
	public static final double OUTPUT_SHARE = 0.2;
	/** Share of a truth object below which it is never substantial through {@link #OUTPUT_SHARE}. */
	public static final double MIN_OBJECT_SHARE = 0.1;
	/** IoU threshold of matches ("missed": ≥, panoptic quality: &gt;). */
	public static final double MATCH_IOU = 0.5;

	private final int truthObjects, outputs;
	private final int split, wrongMerges, missed, truePositives;
	private final double iouSum;

	private MergeQuality(final int truthObjects, final int outputs, final int split, final int wrongMerges, final int missed, final int truePositives, final double iouSum)
	{
		this.truthObjects = truthObjects;
		this.outputs = outputs;
		this.split = split;
		this.wrongMerges = wrongMerges;
		this.missed = missed;
		this.truePositives = truePositives;
		this.iouSum = iouSum;
	}

	/** Measures {@code outputs} against the truth of {@code scene}. */
	public static MergeQuality measure(final TruthScene scene, final List<RleMask> outputs)
	{
		final int n = scene.objectCount();
		final int[] majorityCount = new int[n];
		final double[] bestIou = new double[n];
		final double[] matchIou = new double[n];
		int wrongMerges = 0;
		for (final RleMask o : outputs)
		{
			final OutputOverlaps overlaps = new OutputOverlaps(scene, o);
			scene.forEachOverlapping(o.box(), overlaps::add);
			if (overlaps.majority >= 0)
				majorityCount[overlaps.majority]++;
			if (overlaps.substantial >= 2)
				wrongMerges++;
			for (int i = 0; i < overlaps.count; i++)
			{
				final int t = overlaps.objects[i];
				final double iou = overlaps.ious[i];
				bestIou[t] = Math.max(bestIou[t], iou);
				if (iou > MATCH_IOU)
					matchIou[t] = Math.max(matchIou[t], iou);
			}
		}
		int split = 0, missed = 0, tp = 0;
		double iouSum = 0;
		for (int t = 0; t < n; t++)
		{
			if (majorityCount[t] >= 2)
				split++;
			if (bestIou[t] < MATCH_IOU)
				missed++;
			if (matchIou[t] > 0)
			{
				tp++;
				iouSum += matchIou[t];
			}
		}
		return new MergeQuality(n, outputs.size(), split, wrongMerges, missed, tp, iouSum);
	}

	/** Number of truth objects. */
	public int truthObjects()
	{
		return truthObjects;
	}

	/** Number of outputs. */
	public int outputs()
	{
		return outputs;
	}

	/** Truth objects that are the majority object of two or more outputs. */
	public int split()
	{
		return split;
	}

	/** Outputs holding a substantial share of two or more truth objects. */
	public int wrongMerges()
	{
		return wrongMerges;
	}

	/** Truth objects without an output of IoU ≥ {@value #MATCH_IOU}. */
	public int missed()
	{
		return missed;
	}

	/** Matched pairs (IoU &gt; {@value #MATCH_IOU}). */
	public int truePositives()
	{
		return truePositives;
	}

	/** Outputs without a match. */
	public int falsePositives()
	{
		return outputs - truePositives;
	}

	/** Truth objects without a match. */
	public int falseNegatives()
	{
		return truthObjects - truePositives;
	}

	/** Segmentation quality: mean IoU of the matches (0 without matches). */
	public double sq()
	{
		return truePositives == 0 ? 0 : iouSum / truePositives;
	}

	/** Recognition quality: TP / (TP + FP/2 + FN/2). */
	public double rq()
	{
		final double d = truePositives + 0.5 * falsePositives() + 0.5 * falseNegatives();
		return d == 0 ? 1 : truePositives / d;
	}

	/** Panoptic quality, SQ·RQ. */
	public double pq()
	{
		final double d = truePositives + 0.5 * falsePositives() + 0.5 * falseNegatives();
		return d == 0 ? 1 : iouSum / d;
	}

	/** The truth objects one output meets, with their IoUs, majority and substantial count. */
	private static final class OutputOverlaps
	{
		private final TruthScene scene;
		private final RleMask output;
		private int[] objects = new int[8];
		private double[] ious = new double[8];
		private int count;
		private int majority = -1;
		private long majorityArea;
		private int substantial;

		OutputOverlaps(final TruthScene scene, final RleMask output)
		{
			this.scene = scene;
			this.output = output;
		}

		void add(final int t)
		{
			final RleMask truth = scene.object(t);
			final long inter = Masks.intersectionArea(output, truth);
			if (inter == 0)
				return;
			if (inter > majorityArea || inter == majorityArea && t < majority)
			{
				majority = t;
				majorityArea = inter;
			}
			if (inter >= OBJECT_SHARE * truth.area() || inter >= OUTPUT_SHARE * output.area() && inter >= MIN_OBJECT_SHARE * truth.area())
				substantial++;
			if (count == objects.length)
			{
				objects = Arrays.copyOf(objects, 2 * count);
				ious = Arrays.copyOf(ious, 2 * count);
			}
			objects[count] = t;
			ious[count++] = (double) inter / (output.area() + truth.area() - inter);
		}
	}
}
