package io.github.smm.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.IntArray;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.view.Views;

/**
 * Label images to instances and back. A label image holds one integer per pixel: 0 is
 * background, any positive value {@code v} marks the pixels of object {@code v}:
 *
 * <pre>
 * 0 0 1 1 0        label 1: 4 pixels
 * 0 2 1 1 0   -&gt;   label 2: 2 pixels (need not be connected:
 * 0 0 0 0 2                  a label is one object, wherever its pixels are)
 * </pre>
 *
 * Pixel {@code (x, y)} of the label image (in the image's own coordinates, so a
 * {@code Views.interval} of a larger image keeps its position) lands at global pixel
 * {@code (x + offsetX, y + offsetY)}.
 */
public final class LabelImages
{
	private LabelImages()
	{}

	/**
	 * The objects of a 2D label image, one instance per distinct positive label, in increasing
	 * label order: id = label, score 1, class 0.
	 *
	 * @param window the source window given to every instance ({@code null}: unknown)
	 * @param tile the tile index given to every instance ({@link Instance#NO_TILE}: unknown)
	 * @throws FormatException naming the value and pixel of the first negative label
	 */
	public static List<Instance> fromLabels(final RandomAccessibleInterval<? extends IntegerType<?>> labels, final long offsetX, final long offsetY, final Box window, final int tile)
	{
		return fromLabels(labels, offsetX, offsetY, window, tile, 0);
	}

	/**
	 * As {@link #fromLabels(RandomAccessibleInterval, long, long, Box, int)}, with id =
	 * {@code idOffset + label}. One pass over the pixels builds the row runs of every label; no
	 * per-label image is allocated.
	 *
	 * @throws FormatException naming the value and pixel of the first negative label
	 * @throws IllegalArgumentException when the image is not 2D (trailing dimensions of size 1
	 *             are allowed)
	 */
	public static List<Instance> fromLabels(final RandomAccessibleInterval<? extends IntegerType<?>> labels, final long offsetX, final long offsetY, final Box window, final int tile, final long idOffset)
	{
		final Map<Long, RleMaskBuilder> runs = collectRuns(plane(labels), offsetX, offsetY);
		final long[] values = new long[runs.size()];
		int k = 0;
		for (final Long v : runs.keySet())
			values[k++] = v;
		Arrays.sort(values);
		final List<Instance> out = new ArrayList<>(values.length);
		for (final long v : values)
			out.add(new Instance(idOffset + v, runs.get(v).build(), 1.0, 0, window, tile));
		return out;
	}

	private static Map<Long, RleMaskBuilder> collectRuns(final RandomAccessibleInterval<? extends IntegerType<?>> plane, final long offsetX, final long offsetY)
	{
		final long w = plane.dimension(0), h = plane.dimension(1);
		final long gx = plane.min(0) + offsetX, gy = plane.min(1) + offsetY;
		final Map<Long, RleMaskBuilder> runs = new HashMap<>();
		final Cursor<? extends IntegerType<?>> c = Views.flatIterable(plane).cursor();
		long lastLabel = 0;
		RleMaskBuilder last = null;
		for (long y = 0; y < h; y++)
		{
			long label = 0, start = 0;
			for (long x = 0; x <= w; x++)
			{
				final long v = x < w ? c.next().getIntegerLong() : 0;
				if (v == label)
					continue;
				if (v < 0)
					throw new FormatException("label image: negative label " + v + " at pixel (" + (plane.min(0) + x) + ", " + (plane.min(1) + y) + ")");
				if (label != 0)
				{
					if (label != lastLabel)
					{
						last = runs.computeIfAbsent(label, l -> RleMask.builder());
						lastLabel = label;
					}
					last.addRun(gy + y, gx + start, gx + x);
				}
				label = v;
				start = x;
			}
		}
		return runs;
	}

	/** The 2D plane of a label image whose dimensions beyond the second have size 1. */
	static <T> RandomAccessibleInterval<T> plane(final RandomAccessibleInterval<T> labels)
	{
		if (labels.numDimensions() < 2)
			throw new IllegalArgumentException("a label image needs 2 dimensions, got " + labels.numDimensions());
		RandomAccessibleInterval<T> p = labels;
		for (int d = p.numDimensions() - 1; d >= 2; d--)
		{
			if (p.dimension(d) != 1)
				throw new IllegalArgumentException("a label image must be 2D, but dimension " + d + " has size " + p.dimension(d) + " (dimensions " + Arrays.toString(labels.dimensionsAsLongArray()) + ")");
			p = Views.hyperSlice(p, d, p.min(d));
		}
		return p;
	}

	/**
	 * The label image of {@code instances} over {@code region}: pixel {@code (x, y)} of the
	 * result is global pixel {@code (region.minX + x, region.minY + y)}, 0 is background and
	 * instance {@code i} of the list gets label {@code i + 1}. Pixels outside the region are
	 * left out (the result is a crop), so an instance outside it has no pixel.
	 * <p>
	 * Overlaps: a pixel claimed by several instances gets the label of the one with the
	 * highest score; among equal scores, the one earliest in the list. The result thus never
	 * depends on painting order. (The engine's overlap resolution normally leaves none.)
	 * </p>
	 *
	 * @throws IllegalArgumentException when the region is empty or holds more than
	 *             {@link Integer#MAX_VALUE} pixels
	 */
	public static ArrayImg<IntType, IntArray> toLabels(final List<Instance> instances, final Box region)
	{
		return paint(instances, region, i -> i + 1);
	}

	/**
	 * As {@link #toLabels}, but every instance is labelled with its id (so a label image of
	 * merged objects, after some were absorbed by overlap resolution, still uses the ids of the
	 * cluster table).
	 *
	 * @throws IllegalArgumentException also for an id outside {@code 1 .. 2^31 - 1}
	 */
	public static ArrayImg<IntType, IntArray> toLabelsById(final List<Instance> instances, final Box region)
	{
		for (final Instance i : instances)
			if (i.id() < 1 || i.id() > Integer.MAX_VALUE)
				throw new IllegalArgumentException("instance id " + i.id() + " cannot be a label (1 .. " + Integer.MAX_VALUE + ")");
		return paint(instances, region, i -> (int) instances.get(i).id());
	}

	private static ArrayImg<IntType, IntArray> paint(final List<Instance> instances, final Box region, final java.util.function.IntUnaryOperator labelOf)
	{
		if (region.isEmpty())
			throw new IllegalArgumentException("label image region " + region + " is empty");
		if (region.area() > Integer.MAX_VALUE)
			throw new IllegalArgumentException("label image region " + region + " has more than " + Integer.MAX_VALUE + " pixels");
		final int w = (int) region.width();
		final int[] pixels = new int[(int) region.area()];
		final Integer[] order = new Integer[instances.size()];
		for (int i = 0; i < order.length; i++)
			order[i] = i;
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -instances.get(i).score()).thenComparingInt(i -> i));
		for (final int i : order)
		{
			final int label = labelOf.applyAsInt(i);
			instances.get(i).mask().forEachRun((y, s, e) -> {
				if (y < region.minY || y >= region.maxY)
					return;
				final int row = (int) (y - region.minY) * w;
				final long from = Math.max(s, region.minX), to = Math.min(e, region.maxX);
				for (long x = from; x < to; x++)
				{
					final int p = row + (int) (x - region.minX);
					if (pixels[p] == 0)
						pixels[p] = label;
				}
			});
		}
		return ArrayImgs.ints(pixels, region.width(), region.height());
	}
}
