package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;
import io.github.smm.MergeOptions;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.model.Box;
import io.github.smm.testutil.TiledScene;

/** Show Merge Overlay headless: PNG of the merged objects, and the before/after view. */
class ShowMergeOverlayTest
{
	private static Context context;

	@BeforeAll
	static void start()
	{
		context = new Context(CommandService.class);
	}

	@AfterAll
	static void stop()
	{
		context.dispose();
	}

	@Test
	void writesPngsOfMergedAndBeforeAfter(@TempDir final Path dir) throws Exception
	{
		final TiledScene scene = new TiledScene(51, 210, 210, 90, 30, 25);
		final Path tiles = Files.createDirectory(dir.resolve("tiles"));
		CommandFixtures.writeTileFolder(tiles, scene);
		final Path labels = dir.resolve("merged.tif");
		IJ.saveAsTiff(ImagePlusLabels.toImagePlus(SpatialMaskMerging.merge(scene.predictions, MergeOptions.defaults()).merged(), Box.ofSize(0, 0, 210, 210), "m"), labels.toString());
		final ImagePlus image = new ImagePlus("cells", new ByteProcessor(210, 210));
		final CommandService commands = context.service(CommandService.class);

		final Path single = dir.resolve("merged.png");
		CommandModule m = commands.run(ShowMergeOverlay.class, true, "image", image, "labels", labels.toFile(), "png", single.toFile(), "color_by", "cluster").get();
		assertEquals(scene.truth.size() + " objects", m.getOutput("summary"));
		final BufferedImage png = ImageIO.read(single.toFile());
		assertEquals(210, png.getWidth());
		assertTrue(colourCount(png) > 2, "the overlay must be drawn");

		final Path both = dir.resolve("before_after.png");
		m = commands.run(ShowMergeOverlay.class, true, "image", image, "labels", labels.toFile(), "before", tiles.toFile(), "png", both.toFile(), "scale", 0.5, "show_labels", "id").get();
		assertEquals(scene.predictions.size() + " tile predictions, " + scene.truth.size() + " merged objects", m.getOutput("summary"));
		assertEquals(210, ImageIO.read(both.toFile()).getWidth(), "side by side at half scale: 2 x 210 x 0.5");
	}

	private static int colourCount(final BufferedImage img)
	{
		final java.util.Set<Integer> colours = new java.util.HashSet<>();
		for (int y = 0; y < img.getHeight(); y++)
			for (int x = 0; x < img.getWidth(); x++)
				colours.add(img.getRGB(x, y));
		return colours.size();
	}
}
