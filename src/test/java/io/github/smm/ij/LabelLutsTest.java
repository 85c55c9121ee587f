package io.github.smm.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;
import ij.process.LUT;
import io.github.smm.io.CategoricalColors;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/** Label images open with the categorical LUT and a display range that gives each label its colour, also after saving. */
class LabelLutsTest
{
	private static List<Instance> squares(final int n)
	{
		final List<Instance> out = new ArrayList<>();
		for (int k = 0; k < n; k++)
			out.add(new Instance(k + 1, RleMask.builder().addRun(k / 100 * 3, k % 100 * 3, k % 100 * 3 + 2).build(), 1));
		return out;
	}

	@Test
	void labelImagesGetTheCategoricalLutAndTheirDisplayRange(@TempDir final Path dir)
	{
		final ImagePlus imp = ImagePlusLabels.toImagePlus(squares(40), Box.ofSize(0, 0, 300, 3), "labels");
		final LUT lut = imp.getProcessor().getLut();
		final int[] rgb = CategoricalColors.rgb();
		for (final int k : new int[] { 0, 1, 7, 40 })
			assertEquals(rgb[k], lut.getRGB(k) & 0xffffff, "entry " + k + " without Fiji's glasbey_on_dark: the generated palette");
		assertEquals(0, imp.getDisplayRangeMin());
		assertEquals(255, imp.getDisplayRangeMax(), "up to 255 labels: label k is LUT entry k");
		final Path file = dir.resolve("labels.tif");
		IJ.saveAsTiff(imp, file.toString());
		final ImagePlus back = IJ.openImage(file.toString());
		assertEquals(rgb[7], back.getProcessor().getLut().getRGB(7) & 0xffffff, "the LUT is saved in the TIFF");
		assertEquals(255, back.getDisplayRangeMax());
		final ImagePlus many = ImagePlusLabels.toImagePlus(squares(600), Box.ofSize(0, 0, 300, 18), "many");
		assertEquals(600, many.getDisplayRangeMax(), "beyond 255 labels the table spans 0 to the largest label");
	}
}
