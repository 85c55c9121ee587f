package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;

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
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.vis.ErrorKind;

/** Show Merge Overlay with ground truth: one object of each error kind, counted and drawn. */
class ShowMergeOverlayErrorMapTest
{
	private static final Box IMAGE = Box.ofSize(0, 0, 300, 200);
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
	void countsEachKindAndWritesPng(@TempDir final Path dir) throws Exception
	{
		final List<Instance> truth = List.of(rect(1, 0, 0, 10, 10), // matched
				rect(2, 15, 0, 10, 10), // missed
				rect(3, 45, 0, 10, 10), // split in two
				rect(4, 0, 15, 10, 10), rect(5, 12, 15, 10, 10)); // merged into one
		final List<Instance> merged = List.of(rect(1, 0, 0, 10, 10), // matched
				rect(2, 30, 0, 10, 10), // spurious
				rect(3, 45, 0, 10, 4), rect(4, 45, 6, 10, 4), // pieces, IoU 0.4 each
				rect(5, 0, 15, 22, 10)); // covers both truth objects 4 and 5
		final Path labels = save(merged, dir.resolve("merged.tif"));
		final Path gt = save(truth, dir.resolve("truth.tif"));
		final Path png = dir.resolve("errors.png");
		final ImagePlus image = new ImagePlus("cells", new ByteProcessor(300, 200));

		final CommandModule m = context.service(CommandService.class).run(ShowMergeOverlay.class, true, "image", image, "labels", labels.toFile(),
				"ground_truth", gt.toFile(), "png", png.toFile()).get();

		assertEquals("5 objects vs 5 ground-truth objects: 1 matched (IoU >= 0.5), 1 missed, 1 spurious, 1 split (2 pieces), 1 merged", m.getOutput("summary"));
		final BufferedImage out = ImageIO.read(png.toFile());
		assertEquals(300, out.getWidth());
		assertEquals(200, out.getHeight());
		assertTrue(hasColour(out, Box.ofSize(0, 0, 10, 10), ErrorKind.MATCHED), "matched");
		assertTrue(hasColour(out, Box.ofSize(15, 0, 10, 10), ErrorKind.MISSED), "missed");
		assertTrue(hasColour(out, Box.ofSize(30, 0, 10, 10), ErrorKind.SPURIOUS), "spurious");
		assertTrue(hasColour(out, Box.ofSize(45, 0, 10, 10), ErrorKind.SPLIT), "split");
		assertTrue(hasColour(out, Box.ofSize(0, 15, 22, 10), ErrorKind.MERGED), "merged");
	}

	@Test
	void refusesBeforeTogetherWithGroundTruth(@TempDir final Path dir) throws Exception
	{
		final List<Instance> objects = List.of(rect(1, 0, 0, 10, 10));
		final Path labels = save(objects, dir.resolve("merged.tif"));
		final ImagePlus image = new ImagePlus("cells", new ByteProcessor(300, 200));
		final ExecutionException e = assertThrows(ExecutionException.class, () -> context.service(CommandService.class).run(ShowMergeOverlay.class, true,
				"image", image, "labels", labels.toFile(), "before", labels.toFile(), "ground_truth", labels.toFile()).get());
		final StringBuilder messages = new StringBuilder();
		for (Throwable t = e; t != null; t = t.getCause())
			messages.append(t.getMessage()).append('\n');
		assertTrue(messages.toString().contains("not both"), messages.toString());
	}

	private static Instance rect(final long id, final int x, final int y, final int w, final int h)
	{
		return new Instance(id, RleMask.rectangle(Box.ofSize(x, y, w, h)), 1);
	}

	private static Path save(final List<Instance> objects, final Path file)
	{
		assertTrue(IJ.saveAsTiff(ImagePlusLabels.toImagePlus(objects, IMAGE, "labels"), file.toString()));
		return file;
	}

	/** Whether some pixel in {@code box} has exactly the colour of {@code kind} (its outline). */
	private static boolean hasColour(final BufferedImage img, final Box box, final ErrorKind kind)
	{
		final int rgb = kind.color().getRGB() & 0xffffff;
		for (int y = (int) box.minY; y < box.maxY; y++)
			for (int x = (int) box.minX; x < box.maxX; x++)
				if ((img.getRGB(x, y) & 0xffffff) == rgb)
					return true;
		return false;
	}
}
