package io.github.smm.vis;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;

/**
 * A legend drawn as overlay elements in the top-right corner of the image, on a translucent
 * dark panel: either a colour bar with its title and min/max values, or colour swatches with
 * their names. Sizes follow the image (a unit of 1/45 of its shorter side, at least 10 px),
 * so the legend stays readable when a large image is viewed whole. Every element is named
 * {@code legend-…}.
 */
final class Legend
{
	/** One swatch: its colour and text. */
	static final class Entry
	{
		final Color color;
		final String text;

		Entry(final Color color, final String text)
		{
			this.color = color;
			this.text = text;
		}
	}

	private static final Color PANEL = new Color(0, 0, 0, 150);

	private final List<Roi> elements = new ArrayList<>();
	private final int unit;
	private int contentWidth, contentHeight;

	private Legend(final int imageWidth, final int imageHeight)
	{
		unit = Math.max(10, Math.min(imageWidth, imageHeight) / 45);
	}

	/** Adds a vertical colour bar for {@code lut}, high values on top. */
	static void colourBar(final Overlay overlay, final ScoreLut lut, final String title, final int imageWidth, final int imageHeight)
	{
		final Legend l = new Legend(imageWidth, imageHeight);
		final TextRoi head = l.text(title, 0, 0, "legend-title");
		final int barTop = head.getBounds().height + l.unit / 4, barHeight = 8 * l.unit;
		final BufferedImage bar = new BufferedImage(l.unit, barHeight, BufferedImage.TYPE_INT_ARGB);
		for (int y = 0; y < barHeight; y++)
		{
			final int rgb = 0xff000000 | ScoreLut.rgb((int) ((long) (barHeight - 1 - y) * (ScoreLut.SIZE - 1) / Math.max(1, barHeight - 1)));
			for (int x = 0; x < l.unit; x++)
				bar.setRGB(x, y, rgb);
		}
		final ImageRoi barRoi = new ImageRoi(0, barTop, bar);
		barRoi.setName("legend-bar");
		l.add(barRoi);
		final int textX = l.unit + l.unit / 3;
		l.text(format(lut.max()), textX, barTop, "legend-max");
		final TextRoi min = l.text(format(lut.min()), textX, 0, "legend-min");
		min.setLocation(textX, barTop + barHeight - min.getBounds().height);
		l.place(overlay, imageWidth);
	}

	/** Adds one swatch per entry, top to bottom. */
	static void swatches(final Overlay overlay, final List<Entry> entries, final int imageWidth, final int imageHeight)
	{
		final Legend l = new Legend(imageWidth, imageHeight);
		int y = 0;
		for (int i = 0; i < entries.size(); i++)
		{
			final Entry e = entries.get(i);
			final TextRoi t = l.text(e.text, l.unit + l.unit / 2, y, "legend-text-" + i);
			final int h = t.getBounds().height;
			final Roi swatch = new Roi(0, y + (h - l.unit) / 2.0, l.unit, l.unit);
			swatch.setFillColor(e.color);
			swatch.setName("legend-swatch-" + i);
			l.add(swatch);
			y += Math.max(h, l.unit) + l.unit / 4;
		}
		l.place(overlay, imageWidth);
	}

	private TextRoi text(final String s, final double x, final double y, final String name)
	{
		final TextRoi t = new TextRoi(x, y, s, new Font(Font.SANS_SERIF, Font.PLAIN, unit));
		t.setStrokeColor(Color.WHITE);
		t.setAntiAlias(true);
		t.setName(name);
		add(t);
		return t;
	}

	private void add(final Roi roi)
	{
		elements.add(roi);
	}

	/** Moves the elements to the top-right corner, behind a panel, and adds them. */
	private void place(final Overlay overlay, final int imageWidth)
	{
		for (final Roi r : elements)
		{
			contentWidth = Math.max(contentWidth, r.getBounds().x + r.getBounds().width);
			contentHeight = Math.max(contentHeight, r.getBounds().y + r.getBounds().height);
		}
		final int pad = unit / 2;
		final int x0 = Math.max(pad, imageWidth - 2 * pad - contentWidth), y0 = 2 * pad;
		final Roi panel = new Roi(x0 - pad, y0 - pad, contentWidth + 2 * pad, contentHeight + 2 * pad);
		panel.setFillColor(PANEL);
		panel.setName("legend-panel");
		overlay.add(panel);
		for (final Roi r : elements)
		{
			r.setLocation(r.getXBase() + x0, r.getYBase() + y0);
			overlay.add(r);
		}
	}

	static String format(final double v)
	{
		return String.format(Locale.ROOT, "%.2f", v);
	}
}
