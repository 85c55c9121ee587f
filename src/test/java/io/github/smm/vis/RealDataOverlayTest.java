package io.github.smm.vis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import ij.ImagePlus;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.model.Instance;
import io.github.smm.testutil.SharedData;

/**
 * Real images with their ground truth drawn in every mode, written as PNG to
 * {@code target/vis-real/} for a person to look at; the assertions check size and that the
 * overlay is really there (many pixels changed, many colours).
 */
class RealDataOverlayTest
{
	private static final Path OUT = Paths.get("target", "vis-real");

	/** The image, read with ImageIO (several times faster than ImageJ's PNG reader). */
	private static ImagePlus image(final String name) throws IOException
	{
		final BufferedImage img = ImageIO.read(SharedData.require("images/" + name + ".png").toFile());
		return new ImagePlus(name, img);
	}

	private static List<Instance> truth(final String name) throws IOException
	{
		return ImagePlusLabels.toInstances(ImagePlusLabels.open(SharedData.require("labels/" + name + ".tif")));
	}

	/** Renderings without overlay, by size and scale. */
	private final Map<String, BufferedImage> bare = new HashMap<>();

	/** Writes the PNG and checks it against the image rendered without overlay. */
	private void writeAndCheck(final ImagePlus shown, final double scale, final String file) throws IOException
	{
		Files.createDirectories(OUT);
		final Path png = OUT.resolve(file);
		PngExport.write(shown, scale, png);
		final BufferedImage img = ImageIO.read(png.toFile());
		assertEquals(Math.round(shown.getWidth() * scale), img.getWidth(), file);
		assertEquals(Math.round(shown.getHeight() * scale), img.getHeight(), file);
		final BufferedImage plain = bare.computeIfAbsent(shown.getWidth() + "x" + shown.getHeight() + "@" + scale, k -> {
			final ImagePlus withoutOverlay = new ImagePlus("bare", shown.getProcessor().duplicate());
			return PngExport.render(withoutOverlay, scale);
		});
		int changed = 0;
		final Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < img.getHeight(); y++)
			for (int x = 0; x < img.getWidth(); x++)
				if (img.getRGB(x, y) != plain.getRGB(x, y))
				{
					changed++;
					colours.add(img.getRGB(x, y));
				}
		final double fraction = changed / (double) (img.getWidth() * img.getHeight());
		assertTrue(fraction > 0.01, file + ": only " + fraction + " of the pixels show the overlay");
		assertTrue(colours.size() > 20, file + ": only " + colours.size() + " overlay colours");
	}

	@Test
	void fluorescenceNucleiInEveryMode() throws IOException
	{
		final String name = "dsb_fluo_696x520_150b0ffa";
		final List<Instance> truth = truth(name);
		final ImagePlus imp = image(name);
		final SimulatedTiling tiling = new SimulatedTiling(truth, imp.getWidth(), imp.getHeight(), 256, 48);
		writeAndCheck(MergeOverlay.of(truth).showOn(imp.duplicate()), 1, name + "-clusters.png");
		writeAndCheck(MergeOverlay.of(tiling.pieces).colorBy(ColorBy.SCORE).draw(DrawMode.FILL_AND_OUTLINE).legend(true).tiles(tiling.tiles).showOn(imp.duplicate()), 1,
				name + "-piece-scores.png");
		writeAndCheck(BeforeAfter.of(tiling.pieces, truth).tiles(tiling.tiles).render(imp.duplicate()), 1, name + "-before-after.png");
		writeAndCheck(BeforeAfter.of(tiling.pieces, truth).tiles(tiling.tiles).clusterOf(tiling::cluster).layout(BeforeAfter.Layout.SUPERIMPOSED).render(imp.duplicate()), 2,
				name + "-superimposed-x2.png");
		writeAndCheck(errors(truth, tiling).showOn(imp.duplicate()), 1, name + "-errors.png");
	}

	@Test
	void stainedTissueWithLabels() throws IOException
	{
		final String name = "monuseg_TCGA-21-5784-01Z-00-DX1";
		final List<Instance> truth = truth(name);
		final ImagePlus imp = image(name);
		writeAndCheck(MergeOverlay.of(truth).draw(DrawMode.FILL_AND_OUTLINE).labels(LabelField.ID).showOn(imp.duplicate()), 1, name + "-clusters-labels.png");
		final SimulatedTiling tiling = new SimulatedTiling(truth, imp.getWidth(), imp.getHeight(), 384, 64);
		writeAndCheck(BeforeAfter.of(tiling.pieces, truth).tiles(tiling.tiles).render(imp.duplicate()), 0.5, name + "-before-after-half.png");
		writeAndCheck(errors(truth, tiling).showOn(imp.duplicate()), 1, name + "-errors.png");
	}

	@Test
	void stainedTissueAsRaster() throws IOException
	{
		final String name = "monuseg_TCGA-G9-6362-01Z-00-DX1";
		final List<Instance> truth = truth(name);
		final ImagePlus imp = image(name);
		final SimulatedTiling tiling = new SimulatedTiling(truth, imp.getWidth(), imp.getHeight(), 320, 64);
		writeAndCheck(MergeOverlay.of(truth).draw(DrawMode.FILL_AND_OUTLINE).rendering(Rendering.RASTER).showOn(imp.duplicate()), 1, name + "-clusters-raster.png");
		writeAndCheck(BeforeAfter.of(tiling.pieces, truth).tiles(tiling.tiles).layout(BeforeAfter.Layout.SUPERIMPOSED).rendering(Rendering.RASTER).render(imp.duplicate()), 1,
				name + "-superimposed-raster.png");
		writeAndCheck(errors(truth, tiling).rendering(Rendering.RASTER).showOn(imp.duplicate()), 0.5, name + "-errors-raster-half.png");
	}

	/** Made-up statuses: every 9th object missed, 13th split, 17th merged, small pieces spurious. */
	private static ErrorMap errors(final List<Instance> truth, final SimulatedTiling tiling)
	{
		final ErrorMap map = ErrorMap.create();
		for (final Instance i : truth)
			map.add(i, i.id() % 9 == 0 ? ErrorKind.MISSED : i.id() % 13 == 0 ? ErrorKind.SPLIT : i.id() % 17 == 0 ? ErrorKind.MERGED : ErrorKind.MATCHED);
		final List<Instance> spurious = new ArrayList<>();
		for (final Instance p : tiling.pieces)
			if (p.score() < 0.3)
				spurious.add(p);
		return map.addAll(spurious, ErrorKind.SPURIOUS);
	}
}
