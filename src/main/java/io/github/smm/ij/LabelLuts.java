package io.github.smm.ij;

import java.io.File;

import ij.IJ;
import ij.ImagePlus;
import ij.plugin.LutLoader;
import ij.process.LUT;
import io.github.smm.io.CategoricalColors;

/**
 * Label images that look like labels: a categorical lookup table — Fiji's
 * {@value #FIJI_LUT} where Fiji has it, else the same kind of palette generated in code
 * ({@link CategoricalColors}), so plain ImageJ shows the same — with 0 black and the display
 * range set. Up to 255 labels every label has its own entry (display range 0–255); beyond,
 * ImageJ's 256-entry table spans 0 to the largest label, so labels close in number share a
 * colour.
 */
public final class LabelLuts
{
	/** Fiji's categorical LUT for labels on a dark background. */
	public static final String FIJI_LUT = "glasbey_on_dark";

	private LabelLuts()
	{}

	/** Sets the lookup table and display range of a label image (every slice of a stack). */
	public static void apply(final ImagePlus imp, final double maxLabel)
	{
		final LUT lut = lut();
		final double max = maxLabel <= 255 ? 255 : maxLabel;
		if (imp.getStackSize() > 1)
			for (int s = 1; s <= imp.getStackSize(); s++)
				imp.getStack().getProcessor(s).setColorModel(lut);
		imp.setLut(lut);
		imp.setDisplayRange(0, max);
		imp.getProcessor().setMinAndMax(0, max);
	}

	/** Fiji's {@value #FIJI_LUT} when installed, else the generated palette. */
	public static LUT lut()
	{
		final String dir = IJ.getDirectory("luts");
		if (dir != null)
		{
			final File f = new File(dir, FIJI_LUT + ".lut");
			if (f.isFile())
			{
				final LUT fiji = LutLoader.openLut(f.getPath());
				if (fiji != null && fiji.getMapSize() == 256)
					return fiji;
			}
		}
		return generated();
	}

	/** The palette of {@link CategoricalColors} as an ImageJ LUT. */
	public static LUT generated()
	{
		final int[] rgb = CategoricalColors.rgb();
		final byte[] r = new byte[256], g = new byte[256], b = new byte[256];
		for (int i = 0; i < 256; i++)
		{
			r[i] = (byte) (rgb[i] >> 16);
			g[i] = (byte) (rgb[i] >> 8);
			b[i] = (byte) rgb[i];
		}
		return new LUT(r, g, b);
	}
}
