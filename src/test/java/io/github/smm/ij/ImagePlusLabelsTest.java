package io.github.smm.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import io.github.smm.io.FormatException;
import io.github.smm.io.TileLabels;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.testutil.SharedData;

class ImagePlusLabelsTest
{
	@TempDir
	Path dir;

	private static final int[][] MAP = {
			{ 0, 0, 1, 1, 0 },
			{ 0, 2, 1, 1, 0 },
			{ 0, 0, 0, 0, 2 } };

	private static ImageProcessor fill(final ImageProcessor ip, final int[][] map)
	{
		for (int y = 0; y < map.length; y++)
			for (int x = 0; x < map[0].length; x++)
				ip.setf(x, y, map[y][x]);
		return ip;
	}

	private static void assertMap(final List<Instance> got)
	{
		assertEquals(2, got.size());
		assertEquals(RleMask.rectangle(new Box(2, 0, 4, 2)), got.get(0).mask());
		assertEquals(1, got.get(0).id());
		assertEquals(2, got.get(1).area());
		assertTrue(got.get(1).mask().contains(1, 1) && got.get(1).mask().contains(4, 2));
	}

	@Test
	void eightSixteenAndIntegerFloatImagesGiveTheSameInstances()
	{
		assertMap(ImagePlusLabels.toInstances(new ImagePlus("b", fill(new ByteProcessor(5, 3), MAP))));
		assertMap(ImagePlusLabels.toInstances(new ImagePlus("s", fill(new ShortProcessor(5, 3), MAP))));
		assertMap(ImagePlusLabels.toInstances(new ImagePlus("f", fill(new FloatProcessor(5, 3), MAP))));
	}

	@Test
	void sixteenBitIsUnsigned()
	{
		final ShortProcessor sp = new ShortProcessor(2, 1);
		sp.set(1, 0, 60000);
		assertEquals(60000, ImagePlusLabels.toInstances(new ImagePlus("s", sp)).get(0).id());
	}

	@Test
	void nonIntegerFloatNamesImageAndPixel()
	{
		final FloatProcessor fp = (FloatProcessor) fill(new FloatProcessor(5, 3), MAP);
		fp.setf(3, 2, 2.5f);
		FormatException e = assertThrows(FormatException.class, () -> ImagePlusLabels.toInstances(new ImagePlus("pred", fp)));
		assertTrue(e.getMessage().contains("image 'pred'") && e.getMessage().contains("pixel (3, 2)") && e.getMessage().contains("2.5"), e.getMessage());
		fp.setf(3, 2, Float.NaN);
		e = assertThrows(FormatException.class, () -> ImagePlusLabels.toInstances(new ImagePlus("pred", fp)));
		assertTrue(e.getMessage().contains("pixel (3, 2)"), e.getMessage());
		fp.setf(3, 2, -1);
		e = assertThrows(FormatException.class, () -> ImagePlusLabels.toInstances(new ImagePlus("pred", fp)));
		assertTrue(e.getMessage().contains("image 'pred'") && e.getMessage().contains("negative label -1 at pixel (3, 2)"), e.getMessage());
	}

	@Test
	void rgbAndStacksWithoutAPlaneAreNamed()
	{
		FormatException e = assertThrows(FormatException.class, () -> ImagePlusLabels.toInstances(new ImagePlus("colour", new ColorProcessor(4, 4))));
		assertTrue(e.getMessage().contains("image 'colour'") && e.getMessage().contains("RGB"), e.getMessage());
		final ImageStack stack = new ImageStack(5, 3);
		stack.addSlice(fill(new ShortProcessor(5, 3), MAP));
		stack.addSlice(new ShortProcessor(5, 3));
		final ImagePlus imp = new ImagePlus("st", stack);
		e = assertThrows(FormatException.class, () -> ImagePlusLabels.toInstances(imp));
		assertTrue(e.getMessage().contains("image 'st' has 2 planes"), e.getMessage());
		assertMap(ImagePlusLabels.toInstances(imp, 1, 0, 0, null, Instance.NO_TILE, 0));
		assertEquals(0, ImagePlusLabels.toInstances(imp, 2, 0, 0, null, Instance.NO_TILE, 0).size());
	}

	@Test
	void labelsShareThePixelsOfTheImage()
	{
		final ShortProcessor sp = new ShortProcessor(3, 3);
		final ImagePlus imp = new ImagePlus("s", sp);
		final var labels = ImagePlusLabels.labels(imp);
		sp.set(2, 2, 9);
		assertEquals(9, labels.randomAccess().setPositionAndGet(2, 2).getIntegerLong());
	}

	@Test
	void instancesToImagePlusAndBack()
	{
		final ImagePlus imp = new ImagePlus("s", fill(new ShortProcessor(5, 3), MAP));
		final List<Instance> instances = ImagePlusLabels.toInstances(imp);
		final ImagePlus back = ImagePlusLabels.toImagePlus(instances, new Box(0, 0, 5, 3), "back");
		assertEquals(16, back.getBitDepth());
		for (int y = 0; y < 3; y++)
			for (int x = 0; x < 5; x++)
				assertEquals(MAP[y][x], back.getProcessor().get(x, y));
	}

	@Test
	void manyInstancesGiveAFloatImage()
	{
		final List<Instance> many = new ArrayList<>();
		for (int i = 0; i < 70000; i++)
			many.add(new Instance(i, RleMask.rectangle(Box.ofSize(i % 300, i / 300, 1, 1)), 1));
		final ImagePlus imp = ImagePlusLabels.toImagePlus(many, new Box(0, 0, 300, 234), "many");
		assertEquals(32, imp.getBitDepth());
		assertEquals(69999 + 1, imp.getProcessor().getf(69999 % 300, 69999 / 300));
		assertEquals(70000, ImagePlusLabels.toInstances(imp).size());
	}

	@Test
	void tileFolderThroughTheImageJReader() throws IOException
	{
		final ShortProcessor a = (ShortProcessor) fill(new ShortProcessor(5, 3), MAP);
		new FileSaver(new ImagePlus("a", a)).saveAsTiff(dir.resolve("tile_x0_y0.tif").toString());
		final ByteProcessor b = new ByteProcessor(2, 2);
		b.set(1, 1, 4);
		new FileSaver(new ImagePlus("b", b)).saveAsPng(dir.resolve("tile_x5_y1.png").toString());
		final List<Instance> got = TileLabels.readFolder(dir, ImagePlusLabels.reader());
		assertEquals(List.of(1L, 2L, 6L), got.stream().map(Instance::id).collect(Collectors.toList()));
		assertEquals(RleMask.rectangle(new Box(6, 2, 7, 3)), got.get(2).mask());
		assertEquals(new Box(5, 1, 7, 3), got.get(2).window());
		assertEquals(1, got.get(2).tile());
	}

	@Test
	void unreadableTileFileIsNamed() throws IOException
	{
		Files.write(dir.resolve("tile_x0_y0.tif"), "not an image".getBytes());
		final FormatException e = assertThrows(FormatException.class, () -> TileLabels.readFolder(dir, ImagePlusLabels.reader()));
		assertTrue(e.getMessage().contains("tile_x0_y0.tif") && e.getMessage().contains("cannot open"), e.getMessage());
		new FileSaver(new ImagePlus("rgb", new ColorProcessor(2, 2))).saveAsTiff(dir.resolve("tile_x0_y0.tif").toString());
		final FormatException rgb = assertThrows(FormatException.class, () -> TileLabels.readFolder(dir, ImagePlusLabels.reader()));
		assertTrue(rgb.getMessage().contains("tile_x0_y0.tif") && rgb.getMessage().contains("RGB"), rgb.getMessage());
	}

	@Test
	void stackOfTilesWithSliceCsv() throws IOException
	{
		final ImageStack stack = new ImageStack(5, 3);
		stack.addSlice(fill(new ShortProcessor(5, 3), MAP));
		stack.addSlice(fill(new ShortProcessor(5, 3), MAP));
		final Path csv = dir.resolve("offsets.csv");
		Files.write(csv, List.of("slice,x,y", "1,0,0", "2,4,0"));
		final List<Instance> got = ImagePlusLabels.tilesFromStack(new ImagePlus("st", stack), csv);
		assertEquals(List.of(1L, 2L, 3L, 4L), got.stream().map(Instance::id).collect(Collectors.toList()));
		assertEquals(RleMask.rectangle(new Box(6, 0, 8, 2)), got.get(2).mask());
		assertEquals(new Box(4, 0, 9, 3), got.get(2).window());
		final FloatProcessor bad = new FloatProcessor(5, 3);
		bad.setf(1, 1, -3);
		final ImageStack floats = new ImageStack(5, 3);
		floats.addSlice(new FloatProcessor(5, 3));
		floats.addSlice(bad);
		final FormatException e = assertThrows(FormatException.class, () -> ImagePlusLabels.tilesFromStack(new ImagePlus("fs", floats), csv));
		assertTrue(e.getMessage().contains("image 'fs'") && e.getMessage().contains("slice 2") && e.getMessage().contains("-3"), e.getMessage());
	}

	@Test
	void realNucleusLabelsRoundTrip() throws IOException
	{
		final String name = "dsb_fluo_256x256_a9d884ba";
		final Path file = SharedData.require("labels/" + name + ".tif");
		final int expected = manifestInstances(SharedData.require("manifest.csv"), name);
		final ImagePlus imp = ImagePlusLabels.open(file);
		assertEquals(16, imp.getBitDepth());
		final List<Instance> instances = ImagePlusLabels.toInstances(imp);
		assertEquals(expected, instances.size());
		final ImagePlus back = ImagePlusLabels.toImagePlus(instances, new Box(0, 0, imp.getWidth(), imp.getHeight()), "back");
		// equal up to relabelling: a bijection between original and new labels, background fixed
		final Map<Integer, Integer> forward = new HashMap<>(), backward = new HashMap<>();
		for (int y = 0; y < imp.getHeight(); y++)
			for (int x = 0; x < imp.getWidth(); x++)
			{
				final int a = imp.getProcessor().get(x, y), b = back.getProcessor().get(x, y);
				assertEquals(a == 0, b == 0, "background at (" + x + ", " + y + ")");
				assertEquals(b, (int) forward.computeIfAbsent(a, k -> b), "label " + a + " at (" + x + ", " + y + ")");
				assertEquals(a, (int) backward.computeIfAbsent(b, k -> a));
			}
		assertEquals(expected + 1, forward.size());
	}

	private static int manifestInstances(final Path manifest, final String name) throws IOException
	{
		final List<String> lines = Files.readAllLines(manifest);
		final List<String> header = List.of(lines.get(0).split(","));
		for (final String line : lines)
		{
			final String[] cells = line.split(",");
			if (cells[header.indexOf("name")].equals(name))
				return Integer.parseInt(cells[header.indexOf("instances")]);
		}
		throw new AssertionError(name + " is not in " + manifest);
	}
}
