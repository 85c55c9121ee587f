package io.github.smm.ij;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;

import ij.ImagePlus;
import ij.io.Opener;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import io.github.smm.io.FormatException;
import io.github.smm.io.LabelImages;
import io.github.smm.io.TileLabels;
import io.github.smm.io.TileOffset;
import io.github.smm.io.TileOffsets;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.IntArray;
import net.imglib2.imagej.ImagePlusToImg;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.type.numeric.integer.LongType;

/**
 * Label images held by ImageJ: an {@code ImagePlus} plane viewed as an ImgLib2 label image
 * (sharing its pixels, through {@code ImagePlusToImg.wrap*Direct}), instances to an
 * {@code ImagePlus}, and the file reader for {@link TileLabels}.
 * <p>
 * 8- and 16-bit planes are read as unsigned integers; 32-bit planes must hold whole numbers
 * (else the first other pixel is named); RGB images are rejected. The raw pixel values are
 * the labels, whatever the LUT or calibration.
 * </p>
 */
public final class ImagePlusLabels
{
	private ImagePlusLabels()
	{}

	/**
	 * The label image of a single-plane {@code ImagePlus}.
	 *
	 * @throws FormatException naming the image when it has several planes, is RGB, or holds
	 *             a non-integer value
	 */
	public static RandomAccessibleInterval<? extends IntegerType<?>> labels(final ImagePlus imp)
	{
		if (imp.getStackSize() != 1)
			throw new FormatException(name(imp) + " has " + imp.getStackSize() + " planes; choose one (stack index)");
		return labels(imp, 1);
	}

	/**
	 * The label image of plane {@code stackIndex} (1-based, as {@code ImagePlus.getStackIndex})
	 * of {@code imp}.
	 *
	 * @throws FormatException naming the image when it is RGB or the plane holds a non-integer
	 *             value
	 */
	public static RandomAccessibleInterval<? extends IntegerType<?>> labels(final ImagePlus imp, final int stackIndex)
	{
		if (stackIndex < 1 || stackIndex > imp.getStackSize())
			throw new IllegalArgumentException(name(imp) + ": stack index " + stackIndex + " is not in 1.." + imp.getStackSize());
		final ImagePlus plane = imp.getStackSize() == 1 ? imp : new ImagePlus(imp.getTitle(), imp.getStack().getProcessor(stackIndex));
		switch (plane.getBitDepth())
		{
			case 8:
				return ImagePlusToImg.wrapByteDirect(plane);
			case 16:
				return ImagePlusToImg.wrapShortDirect(plane);
			case 32:
				requireIntegers((FloatProcessor) plane.getProcessor(), imp, stackIndex);
				return Converters.convert(ImagePlusToImg.wrapFloatDirect(plane), (f, l) -> l.set((long) f.get()), new LongType());
			default:
				throw new FormatException(name(imp) + " is " + plane.getBitDepth() + "-bit (RGB); a label image must be 8-, 16- or 32-bit");
		}
	}

	private static void requireIntegers(final FloatProcessor fp, final ImagePlus imp, final int stackIndex)
	{
		final float[] pixels = (float[]) fp.getPixels();
		final int w = fp.getWidth();
		for (int i = 0; i < pixels.length; i++)
			if (pixels[i] != Math.rint(pixels[i]) || Math.abs(pixels[i]) > Long.MAX_VALUE)
				throw new FormatException(name(imp) + (imp.getStackSize() > 1 ? ", plane " + stackIndex : "") + ": pixel (" + i % w + ", " + i / w + ") is " + pixels[i] + ", not an integer label");
	}

	/**
	 * The instances of a single-plane label image at the origin: id = label, score 1, class 0,
	 * no window (see {@link LabelImages#fromLabels}).
	 */
	public static List<Instance> toInstances(final ImagePlus imp)
	{
		return named(imp, () -> LabelImages.fromLabels(labels(imp), 0, 0, null, Instance.NO_TILE));
	}

	/** As {@link LabelImages#fromLabels}, for plane {@code stackIndex} of {@code imp}. */
	public static List<Instance> toInstances(final ImagePlus imp, final int stackIndex, final long offsetX, final long offsetY, final Box window, final int tile, final long idOffset)
	{
		return named(imp, () -> LabelImages.fromLabels(labels(imp, stackIndex), offsetX, offsetY, window, tile, idOffset));
	}

	/**
	 * The label image of {@code instances} over {@code region} (see
	 * {@link LabelImages#toLabels}): 16-bit for up to 65535 instances, else 32-bit (exact up
	 * to 2<sup>24</sup> labels).
	 *
	 * @throws IllegalArgumentException when there are more than 2<sup>24</sup> instances or the
	 *             region is larger than an ImageJ image
	 */
	public static ImagePlus toImagePlus(final List<Instance> instances, final Box region, final String title)
	{
		if (instances.size() > 1 << 24)
			throw new IllegalArgumentException(instances.size() + " instances do not fit a 32-bit float label image (at most " + (1 << 24) + ")");
		return imagePlus(LabelImages.toLabels(instances, region), instances.size(), region, title);
	}

	/**
	 * The label image of instances labelled by their ids (see {@link LabelImages#toLabelsById}),
	 * 16-bit when the largest id fits, else 32-bit float.
	 */
	public static ImagePlus toImagePlusById(final List<Instance> instances, final Box region, final String title)
	{
		long max = 0;
		for (final Instance i : instances)
			max = Math.max(max, i.id());
		if (max > 1 << 24)
			throw new IllegalArgumentException("id " + max + " does not fit a 32-bit float label image (at most " + (1 << 24) + ")");
		return imagePlus(LabelImages.toLabelsById(instances, region), max, region, title);
	}

	private static ImagePlus imagePlus(final ArrayImg<IntType, IntArray> labels, final long maxLabel, final Box region, final String title)
	{
		final int[] data = labels.update(null).getCurrentStorageArray();
		final int w = (int) region.width(), h = (int) region.height();
		final ImageProcessor ip;
		if (maxLabel <= 65535)
		{
			final short[] px = new short[data.length];
			for (int i = 0; i < data.length; i++)
				px[i] = (short) data[i];
			ip = new ShortProcessor(w, h, px, null);
		}
		else
		{
			final float[] px = new float[data.length];
			for (int i = 0; i < data.length; i++)
				px[i] = data[i];
			ip = new FloatProcessor(w, h, px);
		}
		final ImagePlus imp = new ImagePlus(title, ip);
		LabelLuts.apply(imp, Math.max(1, maxLabel));
		return imp;
	}

	/**
	 * Opens an image file with ImageJ.
	 *
	 * @throws FormatException naming the file when ImageJ cannot open it
	 */
	public static ImagePlus open(final Path file) throws IOException
	{
		if (!Files.isRegularFile(file))
			throw new IOException(file + ": no such file");
		io.github.smm.io.TiffCheck.require(file);
		final Opener opener = new Opener();
		opener.setSilentMode(true);
		final ImagePlus imp = opener.openImage(file.toString());
		if (imp == null)
			throw new FormatException(file + ": ImageJ cannot open it as an image");
		LabelFileTypes.require(imp, file);
		return imp;
	}

	/** A {@link TileLabels.LabelReader} that opens single-plane label images with ImageJ. */
	public static TileLabels.LabelReader reader()
	{
		return file -> {
			final ImagePlus imp = open(file);
			imp.setTitle(file.toString());
			return labels(imp);
		};
	}

	/**
	 * The instances of a stack of equal-size label tiles placed by a {@code slice,x,y} CSV
	 * (see {@link TileOffsets#readStackCsv} and {@link TileLabels#fromStack}).
	 */
	public static List<Instance> tilesFromStack(final ImagePlus stack, final Path offsetsCsv) throws IOException
	{
		final List<TileOffset> offsets = TileOffsets.readStackCsv(offsetsCsv, stack.getStackSize());
		final List<RandomAccessibleInterval<? extends IntegerType<?>>> planes = new AbstractList<RandomAccessibleInterval<? extends IntegerType<?>>>()
		{
			@Override
			public RandomAccessibleInterval<? extends IntegerType<?>> get(final int k)
			{
				return labels(stack, k + 1);
			}

			@Override
			public int size()
			{
				return stack.getStackSize();
			}
		};
		return named(stack, () -> TileLabels.fromTiles(planes, offsets));
	}

	private interface Conversion
	{
		List<Instance> run();
	}

	/** Runs a conversion, prefixing the image's name to label errors that lack it. */
	private static List<Instance> named(final ImagePlus imp, final Conversion c)
	{
		try
		{
			return c.run();
		}
		catch (final FormatException e)
		{
			if (e.getMessage().startsWith(name(imp)))
				throw e;
			throw new FormatException(name(imp) + ": " + e.getMessage(), e);
		}
	}

	private static String name(final ImagePlus imp)
	{
		return "image '" + imp.getTitle() + "'";
	}
}
