package io.github.smm.ij;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import ij.gui.Roi;
import ij.plugin.filter.ThresholdToSelection;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import io.github.smm.io.FormatException;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/**
 * ImageJ ROIs to instances and back.
 * <p>
 * <b>Pixels</b> are exactly ImageJ's: those set in {@code roi.getMask()} placed at
 * {@code roi.getBounds()}, or the whole bounds for a plain rectangle (which has no mask).
 * Composite ROIs with holes are thus handled as ImageJ fills them. Lines and points have no
 * area and are rejected.
 * </p>
 * <p>
 * <b>Properties</b>: the score is read from the ROI property {@value #SCORE} (a number in
 * [0, 1]) and the class from {@value #CLASS} (an integer). When one is missing, score 1 or
 * class 0 is used and a {@link RoiWarning} is returned; a present but malformed value is a
 * {@link FormatException}. {@link #fromInstance(Instance)} writes both, plus {@value #ID}.
 * </p>
 */
public final class Rois
{
	/** ROI property holding the score. */
	public static final String SCORE = "score";

	/** ROI property holding the class id. */
	public static final String CLASS = "class";

	/** ROI property holding the instance id (written by {@link #fromInstance(Instance)}). */
	public static final String ID = "id";

	private Rois()
	{}

	/**
	 * The instance of one ROI, with id {@code id}.
	 *
	 * @throws FormatException naming the ROI when it has no area or a malformed property
	 */
	public static RoiInstance toInstance(final Roi roi, final long id)
	{
		return toInstance(roi, id, describe(roi));
	}

	/**
	 * The instances of {@code rois}; ROI {@code i} gets id {@code firstId + i}.
	 *
	 * @throws FormatException naming the index and name of the first bad ROI
	 */
	public static RoiImport toInstances(final List<Roi> rois, final long firstId)
	{
		final List<RoiInstance> out = new ArrayList<>(rois.size());
		for (int i = 0; i < rois.size(); i++)
			out.add(toInstance(rois.get(i), firstId + i, "ROI " + i + " " + describe(rois.get(i))));
		return new RoiImport(out);
	}

	static RoiInstance toInstance(final Roi roi, final long id, final String what)
	{
		final RleMask mask = mask(roi, what);
		final List<RoiWarning> warnings = new ArrayList<>();
		final double score = score(roi, what, id, warnings);
		final int classId = classId(roi, what, id, warnings);
		return new RoiInstance(new Instance(id, mask, score, classId, null, Instance.NO_TILE), RoiPosition.of(roi), warnings, roi.getName());
	}

	/**
	 * The pixels of an area ROI, as ImageJ fills it.
	 *
	 * @throws FormatException naming the ROI when it has no area or no pixel
	 */
	public static RleMask mask(final Roi roi)
	{
		return mask(roi, describe(roi));
	}

	private static RleMask mask(final Roi roi, final String what)
	{
		if (!roi.isArea())
			throw new FormatException(what + ": a " + roi.getTypeAsString() + " ROI has no area");
		final Rectangle b = roi.getBounds();
		final ImageProcessor m = roi.getMask();
		final RleMaskBuilder out = RleMask.builder();
		if (m == null)
			for (int y = 0; y < b.height; y++)
				out.addRun((long) b.y + y, b.x, (long) b.x + b.width);
		else
			for (int y = 0; y < m.getHeight(); y++)
			{
				int x = 0;
				while (x < m.getWidth())
				{
					if (m.get(x, y) == 0)
					{
						x++;
						continue;
					}
					final int s = x;
					while (x < m.getWidth() && m.get(x, y) != 0)
						x++;
					out.addRun((long) b.y + y, (long) b.x + s, (long) b.x + x);
				}
			}
		final RleMask mask = out.build();
		if (mask.isEmpty())
			throw new FormatException(what + ": the ROI covers no pixel");
		return mask;
	}

	private static double score(final Roi roi, final String what, final long id, final List<RoiWarning> warnings)
	{
		final String s = roi.getProperty(SCORE);
		if (s == null)
		{
			warnings.add(new RoiWarning(RoiWarning.Kind.MISSING_SCORE, what, id));
			return 1;
		}
		final double v;
		try
		{
			v = Double.parseDouble(s.trim());
		}
		catch (final NumberFormatException e)
		{
			throw new FormatException(what + ": property " + SCORE + " '" + s + "' is not a number", e);
		}
		if (!(v >= 0 && v <= 1))
			throw new FormatException(what + ": property " + SCORE + " " + s + " is not in [0, 1]");
		return v;
	}

	private static int classId(final Roi roi, final String what, final long id, final List<RoiWarning> warnings)
	{
		final String s = roi.getProperty(CLASS);
		if (s == null)
		{
			warnings.add(new RoiWarning(RoiWarning.Kind.MISSING_CLASS, what, id));
			return 0;
		}
		try
		{
			return Integer.parseInt(s.trim());
		}
		catch (final NumberFormatException e)
		{
			throw new FormatException(what + ": property " + CLASS + " '" + s + "' is not an integer", e);
		}
	}

	/** {@code 'name'} or {@code (unnamed)}, for messages. */
	public static String describe(final Roi roi)
	{
		return roi.getName() == null ? "(unnamed " + roi.getTypeAsString() + ")" : "'" + roi.getName() + "'";
	}

	/**
	 * The traced outline of an instance's mask: a polygon along pixel edges, or a composite
	 * ROI when the mask has several parts or holes, so that its ImageJ mask is exactly the
	 * instance's pixels. Named {@code instance-<id>}, with properties {@value #SCORE},
	 * {@value #CLASS} and {@value #ID}.
	 *
	 * @throws IllegalArgumentException when the mask lies beyond ImageJ's int coordinates
	 */
	public static Roi fromInstance(final Instance instance)
	{
		final RleMask mask = instance.mask();
		final Box b = mask.box();
		if (b.minX < Integer.MIN_VALUE || b.maxX > Integer.MAX_VALUE || b.minY < Integer.MIN_VALUE || b.maxY > Integer.MAX_VALUE || b.area() > Integer.MAX_VALUE)
			throw new IllegalArgumentException("instance " + instance.id() + ": mask " + b + " does not fit ImageJ's int coordinates");
		final ByteProcessor bp = new ByteProcessor((int) b.width(), (int) b.height());
		mask.forEachRun((y, s, e) -> {
			for (long x = s; x < e; x++)
				bp.set((int) (x - b.minX), (int) (y - b.minY), 255);
		});
		bp.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
		final Roi roi = new ThresholdToSelection().convert(bp);
		final Rectangle r = roi.getBounds();
		roi.setLocation((int) b.minX + r.x, (int) b.minY + r.y);
		roi.setName("instance-" + instance.id());
		roi.setProperty(SCORE, Double.toString(instance.score()));
		roi.setProperty(CLASS, Integer.toString(instance.classId()));
		roi.setProperty(ID, Long.toString(instance.id()));
		return roi;
	}

	/** {@link #fromInstance(Instance)} for each instance, in order. */
	public static List<Roi> fromInstances(final List<Instance> instances)
	{
		final List<Roi> out = new ArrayList<>(instances.size());
		for (final Instance i : instances)
			out.add(fromInstance(i));
		return out;
	}
}
