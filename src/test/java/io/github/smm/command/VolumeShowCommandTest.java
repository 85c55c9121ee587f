package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

import ij.IJ;
import ij.ImagePlus;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.ij.RoiSets;
import io.github.smm.ij.VolumeRois;
import io.github.smm.testutil.ImageJ1;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VoxelSize;

/** Show Merge Overlay on volumes with {@code before} (block predictions) and {@code ground_truth} (the 3D error map), headless and from a macro. */
class VolumeShowCommandTest
{
	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	/** The scene lies in the lower part of the stack, away from the legend at the top right. */
	private static final int Y = 100;
	private static final Box3 SCENE = new Box3(0, 0, 0, 200, 150, 10);

	/**
	 * Ground truth: A, B, C, D and E (D and E touching in x). Predictions: A exactly (matched), C
	 * cut in z in two (split, 2 pieces), D and E as one (merged), F where there is no cell
	 * (spurious); B is missed.
	 */
	private static void writeErrorScene(final Path truth, final Path prediction)
	{
		final VolumeMask a = box(2, 2, 1, 6, 6, 4), b = box(12, 2, 1, 6, 6, 4), c = box(22, 2, 1, 6, 6, 6), d = box(2, 14, 2, 6, 6, 4), e = box(8, 14, 2, 6, 6, 4);
		save(List.of(a, b, c, d, e), truth);
		save(List.of(a, box(22, 2, 1, 6, 6, 3), box(22, 2, 4, 6, 6, 3), box(2, 14, 2, 12, 6, 4), box(22, 16, 3, 5, 5, 3)), prediction);
	}

	private static VolumeMask box(final long x, final long y, final long z, final long w, final long h, final long d)
	{
		return VolumeMask.box(Box3.ofSize(x, y + Y, z, w, h, d));
	}

	private static void save(final List<VolumeMask> masks, final Path file)
	{
		IJ.saveAsTiff(ImagePlusVolumes.toImagePlus(masks, SCENE, "labels", VoxelSize.ISOTROPIC, "pixel"), file.toString());
	}

	/** A 200 × 150 × 10 stack of grey 100. */
	private static ImagePlus grey()
	{
		final ij.ImageStack stack = new ij.ImageStack(200, 150);
		for (int z = 0; z < 10; z++)
		{
			final ij.process.ByteProcessor ip = new ij.process.ByteProcessor(200, 150);
			ip.setValue(100);
			ip.fill();
			stack.addSlice(ip);
		}
		return new ImagePlus("grey", stack);
	}

	@Test
	void groundTruthDrawsTheThreeDimensionalErrorMapWithItsCounts(@TempDir final Path dir) throws Exception
	{
		final Path truth = dir.resolve("truth.tif"), prediction = dir.resolve("prediction.tif"), png = dir.resolve("slice.png"), views = dir.resolve("views.png");
		writeErrorScene(truth, prediction);
		final CommandModule m = commands.run(ShowMergeOverlay.class, true, "image", grey(), "labels", prediction.toFile(), "ground_truth", truth.toFile(), "png", png.toFile(),
				"orthogonal_png", views.toFile(), "planes", "4,104,3").get();
		assertEquals("3D: 5 objects vs 5 ground-truth objects: 1 matched (IoU >= 0.5), 1 missed, 1 spurious, 1 split (2 pieces), 1 merged on 10 slices; planes x=4 y=104 slice 3",
				m.getOutput("summary"));
		final BufferedImage slice = ImageIO.read(png.toFile());
		assertEquals(200, slice.getWidth());
		// slice 3: inside A (matched: outlined only) the grey stays; inside B (missed) a yellow fill; inside C (split) a sky-blue one; inside D+E (merged) magenta
		assertEquals(0x646464, slice.getRGB(5, Y + 5) & 0xffffff, "a match is not filled");
		assertTint(slice.getRGB(15, Y + 5), 1, 1, -1, "missed (yellow)");
		assertTint(slice.getRGB(25, Y + 5), 0, 1, 1, "split (sky blue)");
		assertTint(slice.getRGB(8, Y + 17), 1, -1, 1, "merged (magenta)");
		final BufferedImage ortho = ImageIO.read(views.toFile());
		assertEquals(200 + 4 + 10, ortho.getWidth(), "xy, then yz with one pixel per slice (no calibration)");
		assertEquals(150 + 4 + 10, ortho.getHeight());
	}

	/** Each channel of {@code rgb} clearly above (+1, over 110), below (−1, under 98: fills are translucent) or near (0, within 25) the grey 100. */
	private static void assertTint(final int rgb, final int r, final int g, final int b, final String what)
	{
		final int[] c = { (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff }, want = { r, g, b };
		for (int k = 0; k < 3; k++)
			assertTrue(want[k] > 0 ? c[k] > 110 : want[k] < 0 ? c[k] < 98 : Math.abs(c[k] - 100) <= 25, what + ": " + Integer.toHexString(rgb & 0xffffff));
	}

	@Test
	void beforeDrawsTheBlockPredictionsBesideTheMergedObjects(@TempDir final Path dir) throws Exception
	{
		final Path blocks = Files.createDirectory(dir.resolve("blocks"));
		final int cells = VolumeCommandsTest.writeBlocks(blocks).size();
		final Path merged = dir.resolve("merged.tif"), png = dir.resolve("both.png"), views = dir.resolve("views.png");
		final String merge = (String) commands.run(MergeLabelImages.class, true, "input", blocks.toFile(), "output_labels", merged.toFile()).get().getOutput("summary");
		final String predictions = merge.substring("3D: ".length(), merge.indexOf(" block predictions"));
		final CommandModule m = commands.run(ShowMergeOverlay.class, true, "image", VolumeCommandsTest.greyStack(), "labels", merged.toFile(), "before", blocks.toFile(), "png",
				png.toFile(), "orthogonal_png", views.toFile(), "planes", "30,25,12").get();
		assertEquals("3D: " + predictions + " block predictions, " + cells + " merged objects on 24 slices; planes x=30 y=25 slice 12", m.getOutput("summary"));
		assertEquals(120, ImageIO.read(png.toFile()).getWidth(), "side by side: twice as wide");
		final BufferedImage ortho = ImageIO.read(views.toFile());
		assertEquals(2 * (60 + 4 + 24 * 2) + 8, ortho.getWidth(), "the block predictions' views, then the merged objects' views");
		assertEquals(16 + 50 + 4 + 24 * 2, ortho.getHeight());
		commands.run(ShowMergeOverlay.class, true, "image", VolumeCommandsTest.greyStack(), "labels", merged.toFile(), "before", blocks.toFile(), "layout", "superimposed", "png",
				png.toFile(), "orthogonal_png", views.toFile()).get();
		assertEquals(60, ImageIO.read(png.toFile()).getWidth(), "superimposed: the stack's width");
		assertEquals(60 + 4 + 24 * 2, ImageIO.read(views.toFile()).getWidth());
	}

	@Test
	void beforeMayBeAThreeDimensionalRoiSet(@TempDir final Path dir) throws Exception
	{
		final Path truth = dir.resolve("truth.tif"), prediction = dir.resolve("prediction.tif"), rois = dir.resolve("pieces.zip");
		writeErrorScene(truth, prediction);
		final List<VolumeInstance> pieces = new ArrayList<>(LabelStacks.read(prediction));
		RoiSets.write(rois, VolumeRois.fromObjects(pieces));
		final CommandModule m = commands.run(ShowMergeOverlay.class, true, "image", grey(), "labels", truth.toFile(), "before", rois.toFile()).get();
		assertEquals("3D: 5 block predictions, 5 merged objects on 10 slices; planes x=100 y=75 slice 6", m.getOutput("summary"));
	}

	@Test
	void wrongInputsAreRefusedByName(@TempDir final Path dir) throws Exception
	{
		final Path truth = dir.resolve("truth.tif"), prediction = dir.resolve("prediction.tif"), flat = dir.resolve("flat.tif"), tiles = Files.createDirectory(dir.resolve("tiles"));
		writeErrorScene(truth, prediction);
		IJ.saveAsTiff(new ImagePlus("flat", new ij.process.ShortProcessor(200, 150)), flat.toString());
		IJ.saveAsTiff(new ImagePlus("tile", new ij.process.ShortProcessor(200, 150)), tiles.resolve("tile_a.tif").toString());
		final String gt2d = failure("labels", prediction.toFile(), "ground_truth", flat.toFile());
		assertTrue(gt2d.contains("ground_truth: " + flat) && gt2d.contains("not a label stack"), gt2d);
		final String both = failure("labels", prediction.toFile(), "ground_truth", truth.toFile(), "before", truth.toFile());
		assertTrue(both.contains("either 'before'"), both);
		final String noOffset = failure("labels", prediction.toFile(), "before", tiles.toFile());
		assertTrue(noOffset.contains("tile_a.tif") && noOffset.contains("block offset"), noOffset);
		final String before2d = failure("labels", prediction.toFile(), "before", flat.toFile());
		assertTrue(before2d.contains("before: " + flat), before2d);
	}

	private static String failure(final Object... inputs)
	{
		final Object[] all = new Object[inputs.length + 2];
		all[0] = "image";
		all[1] = grey();
		System.arraycopy(inputs, 0, all, 2, inputs.length);
		return CommandsTest.messages(assertThrows(ExecutionException.class, () -> commands.run(ShowMergeOverlay.class, true, all).get()));
	}

	@Test
	void macroDrawsTheErrorMapAndItsOrthogonalViews(@TempDir final Path dir) throws Exception
	{
		final Path truth = dir.resolve("truth.tif"), prediction = dir.resolve("prediction.tif"), stack = dir.resolve("grey.tif"), views = dir.resolve("errors.png");
		writeErrorScene(truth, prediction);
		IJ.saveAsTiff(grey(), stack.toString());
		ImageJ1.runMacro("open(\"" + stack + "\");\nrun(\"Show Merge Overlay\", \"image=grey.tif labels=[" + prediction + "] ground_truth=[" + truth + "] planes=15,105,3 orthogonal_png=["
				+ views + "]\");\n", "");
		final BufferedImage ortho = ImageIO.read(views.toFile());
		assertEquals(200 + 4 + 10, ortho.getWidth());
		final int missed = ortho.getRGB(15, Y + 8);
		assertTrue(((missed >> 16) & 0xff) > 110 && (missed & 0xff) < 90, "the missed object B is drawn yellow in the xy view: " + Integer.toHexString(missed));
	}
}
