package io.github.smm.vis;

import static io.github.smm.vis.Shapes.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ShortProcessor;
import io.github.smm.model.Instance;

class PngExportTest
{
	private static final Instance SQUARE = rect(5, 10, 10, 30, 30, 1, 0, 0);
	private static final int GREY = 0xff505050;

	@TempDir
	Path dir;

	private static ImagePlus grey()
	{
		final ByteProcessor bp = new ByteProcessor(50, 40);
		bp.setColor(0x50);
		bp.fill();
		return new ImagePlus("grey", bp);
	}

	private static BufferedImage read(final Path png) throws IOException
	{
		assertTrue(Files.size(png) > 0, png + " is empty");
		final BufferedImage img = ImageIO.read(png.toFile());
		assertTrue(img != null, png + " is not a readable PNG");
		return img;
	}

	private static double distance(final int rgb, final Color c)
	{
		final Color a = new Color(rgb);
		return Math.sqrt(Math.pow(a.getRed() - c.getRed(), 2) + Math.pow(a.getGreen() - c.getGreen(), 2) + Math.pow(a.getBlue() - c.getBlue(), 2));
	}

	@Test
	void testsRunHeadless()
	{
		assertTrue(GraphicsEnvironment.isHeadless(), "the build runs tests with -Djava.awt.headless=true");
	}

	@Test
	void fullResolutionPngHasTheOutlineColourOnTheOutline() throws IOException
	{
		final ImagePlus imp = MergeOverlay.of(List.of(SQUARE)).rendering(Rendering.VECTOR).showOn(grey());
		final Path png = dir.resolve("vector.png");
		PngExport.write(imp, png);
		final BufferedImage img = read(png);
		assertEquals(50, img.getWidth());
		assertEquals(40, img.getHeight());
		final int outline = Palette.distinct(5).getRGB();
		assertEquals(outline, img.getRGB(10, 20), "left edge: ImageJ draws a 1-px line on the pixel right of x = 10");
		assertEquals(outline, img.getRGB(20, 10), "top edge");
		assertEquals(outline, img.getRGB(30, 20), "right edge, pixel right of x = 30");
		assertEquals(GREY, img.getRGB(20, 20), "inside is the image");
		assertEquals(GREY, img.getRGB(2, 2), "outside is the image");
		assertEquals(0x50, imp.getProcessor().get(10, 20));
	}

	@Test
	void rasterOutlineIsTheInnerBoundaryPixels() throws IOException
	{
		final ImagePlus imp = MergeOverlay.of(List.of(SQUARE)).rendering(Rendering.RASTER).lineWidth(2).showOn(grey());
		final Path png = dir.resolve("raster.png");
		PngExport.write(imp, png);
		final BufferedImage img = read(png);
		final int outline = Palette.distinct(5).getRGB();
		for (final int x : new int[] { 10, 11, 28, 29 })
			assertEquals(outline, img.getRGB(x, 20), "x = " + x);
		assertEquals(GREY, img.getRGB(9, 20));
		assertEquals(GREY, img.getRGB(12, 20));
		assertEquals(GREY, img.getRGB(30, 20));
	}

	@Test
	void translucentFillBlendsWithTheImage() throws IOException
	{
		final ImagePlus imp = MergeOverlay.of(List.of(SQUARE)).draw(DrawMode.FILL).fillOpacity(0.5).rendering(Rendering.RASTER).showOn(grey());
		final BufferedImage img = PngExport.render(imp, 1);
		final Color c = Palette.distinct(5);
		final Color expected = new Color((c.getRed() + 0x50) / 2, (c.getGreen() + 0x50) / 2, (c.getBlue() + 0x50) / 2);
		assertTrue(distance(img.getRGB(20, 20), expected) < 4, Integer.toHexString(img.getRGB(20, 20)) + " vs " + expected);
	}

	@Test
	void scaledRenderingHasTheScaledSizeAndKeepsThinLinesVisible() throws IOException
	{
		final ImagePlus imp = MergeOverlay.of(List.of(SQUARE, rect(6, 34, 4, 48, 36, 1, 0, 0))).rendering(Rendering.VECTOR).showOn(grey());
		final Path png = dir.resolve("half.png");
		PngExport.write(imp, 0.5, png);
		final BufferedImage half = read(png);
		assertEquals(25, half.getWidth());
		assertEquals(20, half.getHeight());
		assertEquals(GREY, half.getRGB(2, 2));
		double best = Double.MAX_VALUE;
		for (int x = 4; x <= 6; x++)
			best = Math.min(best, distance(half.getRGB(x, 10), Palette.distinct(5)));
		assertTrue(best < 60, "a 1-px outline stays about one output pixel wide and bright: " + best);

		final BufferedImage twice = PngExport.render(imp, 2);
		assertEquals(100, twice.getWidth());
		assertEquals(80, twice.getHeight());
		assertEquals(GREY, twice.getRGB(41, 41), "image pixels are enlarged without blur");
	}

	@Test
	void scaledRenderingUsesTheDisplayRangeAndWorksWithoutOverlay()
	{
		final ShortProcessor sp = new ShortProcessor(40, 40);
		sp.setValue(1000);
		sp.fill();
		sp.setMinAndMax(0, 1000);
		final BufferedImage img = PngExport.render(new ImagePlus("16-bit", sp), 0.25);
		assertEquals(10, img.getWidth());
		assertEquals(0xffffffff, img.getRGB(5, 5));
	}

	@Test
	void theSelectionIsNotExported()
	{
		for (final boolean withOverlay : new boolean[] { false, true })
		{
			final ImagePlus imp = grey();
			if (withOverlay)
				MergeOverlay.of(List.of(rect(9, 40, 30, 45, 35, 1, 0, 0))).showOn(imp);
			imp.setRoi(new ij.gui.Roi(5, 5, 20, 20));
			for (final double scale : new double[] { 1, 2 })
			{
				final BufferedImage img = PngExport.render(imp, scale);
				assertEquals(GREY, img.getRGB((int) (5 * scale), (int) (12 * scale)), "selection edge, overlay " + withOverlay + ", scale " + scale);
			}
			assertTrue(imp.getRoi() != null, "the selection is kept");
		}
	}

	@Test
	void badScalesAreRejected()
	{
		assertThrows(IllegalArgumentException.class, () -> PngExport.render(grey(), 0));
		assertThrows(IllegalArgumentException.class, () -> PngExport.render(grey(), Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> PngExport.render(grey(), 1e6));
	}
}
