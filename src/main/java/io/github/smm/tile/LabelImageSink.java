package io.github.smm.tile;

import java.util.Arrays;

import io.github.smm.model.Instance;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.view.Views;

/**
 * An {@link InstanceSink} that paints each output into a label image as it arrives, run by run:
 * the n-th output gets label n. Where outputs overlap, the higher score keeps the pixel and
 * among equal scores the earlier one — the rule of
 * {@link io.github.smm.io.LabelImages#toLabels}, so the image equals {@code toLabels} of the
 * outputs in emission order. Pixel {@code (x, y)} of the target is global pixel
 * {@code (x − min(0), y − min(1))}; parts of outputs outside it are left out (a crop). The
 * target should start all zero.
 */
public final class LabelImageSink<L extends IntegerType<L>> implements InstanceSink
{
	private final RandomAccessibleInterval<L> target;
	private final RandomAccess<L> access;
	private final double maxLabel;
	private double[] scoreOfLabel = new double[1024];
	private int labels;

	public LabelImageSink(final RandomAccessibleInterval<L> target)
	{
		if (target.numDimensions() != 2)
			throw new IllegalArgumentException("the label image must be 2D, got " + target.numDimensions() + " dimensions");
		this.target = Views.zeroMin(target);
		this.access = this.target.randomAccess();
		this.maxLabel = access.get().getMaxValue();
	}

	@Override
	public void accept(final MergedInstance output)
	{
		final int label = ++labels;
		if (label > maxLabel)
			throw new IllegalStateException("output " + output.instance().id() + " needs label " + label + ", more than the label image type holds (" + (long) maxLabel + ")");
		if (label == scoreOfLabel.length)
			scoreOfLabel = Arrays.copyOf(scoreOfLabel, 2 * label);
		final Instance inst = output.instance();
		scoreOfLabel[label] = inst.score();
		final long w = target.dimension(0), h = target.dimension(1);
		inst.mask().forEachRun((y, start, end) -> {
			if (y < 0 || y >= h)
				return;
			access.setPosition(y, 1);
			for (long x = Math.max(0, start); x < Math.min(w, end); x++)
			{
				access.setPosition(x, 0);
				final L v = access.get();
				final int old = (int) v.getIntegerLong();
				if (old == 0 || scoreOfLabel[old] < inst.score())
					v.setInteger(label);
			}
		});
	}

	/** Number of labels painted so far. */
	public int labelCount()
	{
		return labels;
	}
}
