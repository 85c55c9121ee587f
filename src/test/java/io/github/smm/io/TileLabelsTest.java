package io.github.smm.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.IntArray;
import net.imglib2.type.numeric.integer.IntType;

class TileLabelsTest
{
	@TempDir
	Path dir;

	/** Test files hold a label map as text: one line per row, values separated by spaces. */
	static final TileLabels.LabelReader TEXT = file -> {
		final List<String> lines = Files.readAllLines(file);
		final int[][] map = new int[lines.size()][];
		for (int y = 0; y < map.length; y++)
			map[y] = java.util.Arrays.stream(lines.get(y).trim().split(" +")).mapToInt(Integer::parseInt).toArray();
		return LabelImagesTest.image(map);
	};

	private void write(final String name, final String... rows) throws IOException
	{
		Files.write(dir.resolve(name), List.of(rows));
	}

	private void twoTiles() throws IOException
	{
		write("tile_x0_y0.tif", "1 1 0", "0 2 2");
		write("tile_x2_y1.tif", "0 3", "3 0", "0 1");
		write("notes.txt", "not a tile");
	}

	@Test
	void folderWithPositionsInFileNames() throws IOException
	{
		twoTiles();
		final List<Instance> got = TileLabels.readFolder(dir, TEXT);
		assertEquals(List.of(1L, 2L, 3L, 5L), got.stream().map(Instance::id).collect(Collectors.toList()), "tile 2 ids start after tile 1's largest label (2)");
		assertEquals(RleMask.rectangle(new Box(0, 0, 2, 1)), got.get(0).mask());
		assertEquals(new Box(0, 0, 3, 2), got.get(0).window());
		assertEquals(0, got.get(1).tile());
		final Instance labelThree = got.get(3);
		assertEquals(new Box(2, 1, 4, 4), labelThree.window());
		assertEquals(1, labelThree.tile());
		assertEquals(2, labelThree.area());
		assertTrue(labelThree.mask().contains(3, 1) && labelThree.mask().contains(2, 2));
		assertEquals(RleMask.rectangle(new Box(3, 3, 4, 4)), got.get(2).mask(), "label 1 of tile 2 is id 3");
	}

	@Test
	void folderWithOffsetsCsvMatchesFileNames() throws IOException
	{
		twoTiles();
		Files.write(dir.resolve("offsets.csv"), List.of("file,x,y", "tile_x2_y1.tif,2,1", "\"tile_x0_y0.tif\",0,0"));
		final List<Instance> viaCsv = TileLabels.readFolder(dir, dir.resolve("offsets.csv"), TEXT);
		final List<Instance> viaNames = TileLabels.readFolder(dir, TEXT);
		assertEquals(viaNames.size(), viaCsv.size());
		for (int i = 0; i < viaCsv.size(); i++)
		{
			assertEquals(viaNames.get(i).id(), viaCsv.get(i).id());
			assertEquals(viaNames.get(i).mask(), viaCsv.get(i).mask());
			assertEquals(viaNames.get(i).tile(), viaCsv.get(i).tile());
		}
	}

	@Test
	void csvMustCoverEveryLabelImageAndListOnlyExistingFiles() throws IOException
	{
		twoTiles();
		final Path csv = dir.resolve("offsets.csv");
		Files.write(csv, List.of("file,x,y", "tile_x0_y0.tif,0,0"));
		FormatException e = assertThrows(FormatException.class, () -> TileLabels.readFolder(dir, csv, TEXT));
		assertTrue(e.getMessage().contains("tile_x2_y1.tif") && e.getMessage().contains("offsets.csv"), e.getMessage());
		Files.write(csv, List.of("file,x,y", "tile_x0_y0.tif,0,0", "tile_x2_y1.tif,2,1", "gone.tif,5,5"));
		e = assertThrows(FormatException.class, () -> TileLabels.readFolder(dir, csv, TEXT));
		assertTrue(e.getMessage().contains("gone.tif"), e.getMessage());
	}

	@Test
	void malformedCsvLinesAreNamed() throws IOException
	{
		final Path csv = dir.resolve("offsets.csv");
		Files.write(csv, List.of("file,x,y", "a.tif,0,0", "b.tif,1.5,0"));
		FormatException e = assertThrows(FormatException.class, () -> TileOffsets.readFolderCsv(csv));
		assertTrue(e.getMessage().contains("offsets.csv, line 3") && e.getMessage().contains("1.5"), e.getMessage());
		Files.write(csv, List.of("file,x", "a.tif,0"));
		e = assertThrows(FormatException.class, () -> TileOffsets.readFolderCsv(csv));
		assertTrue(e.getMessage().contains("no column 'y'"), e.getMessage());
		Files.write(csv, List.of("file,x,y", "a.tif,0,0", "a.tif,4,0"));
		e = assertThrows(FormatException.class, () -> TileOffsets.readFolderCsv(csv));
		assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("line 2"), e.getMessage());
		Files.write(csv, List.of("file,x,y", "a.tif,0"));
		e = assertThrows(FormatException.class, () -> TileOffsets.readFolderCsv(csv));
		assertTrue(e.getMessage().contains("line 2"), e.getMessage());
	}

	@Test
	void fileNamePatterns()
	{
		assertEquals(new TileOffset("tile_x512_y1024.tif", 512, 1024), TileOffsets.fromFileName("tile_x512_y1024.tif"));
		assertEquals(new TileOffset("x512y1024.png", 512, 1024), TileOffsets.fromFileName("x512y1024.png"));
		assertEquals(new TileOffset("img-X0-Y256-labels.tiff", 0, 256), TileOffsets.fromFileName("img-X0-Y256-labels.tiff"));
		assertEquals(new TileOffset("tile_y1024_x512.tif", 512, 1024), TileOffsets.fromFileName("tile_y1024_x512.tif"));
		for (final String bad : new String[] { "tile_512_1024.tif", "box_x1_y2_x3_y4.tif", "max12_y3.tif", "tile_x1_y2b.tif" })
		{
			final FormatException e = assertThrows(FormatException.class, () -> TileOffsets.fromFileName(bad), bad);
			assertTrue(e.getMessage().startsWith(bad), e.getMessage());
		}
	}

	@Test
	void fileWithoutPositionIsNamed() throws IOException
	{
		twoTiles();
		write("labels.tif", "1");
		final FormatException e = assertThrows(FormatException.class, () -> TileLabels.readFolder(dir, TEXT));
		assertTrue(e.getMessage().startsWith("labels.tif"), e.getMessage());
	}

	@Test
	void emptyFolderIsAnError()
	{
		assertThrows(FormatException.class, () -> TileLabels.readFolder(dir, TEXT));
	}

	@Test
	void negativeLabelNamesTheFile() throws IOException
	{
		write("tile_x0_y0.tif", "1 -2");
		final FormatException e = assertThrows(FormatException.class, () -> TileLabels.readFolder(dir, TEXT));
		assertTrue(e.getMessage().contains("tile_x0_y0.tif") && e.getMessage().contains("-2"), e.getMessage());
	}

	@Test
	void stackWithSliceCsv() throws IOException
	{
		final ArrayImg<IntType, IntArray> stack = ArrayImgs.ints(new int[] { 1, 0, 0, 2, /* slice 2 */ 0, 4, 4, 0 }, 2, 2, 2);
		final Path csv = dir.resolve("stack.csv");
		Files.write(csv, List.of("slice,x,y", "2,10,0", "1,0,0"));
		final List<Instance> got = TileLabels.fromStack(stack, TileOffsets.readStackCsv(csv, 2));
		assertEquals(List.of(1L, 2L, 6L), got.stream().map(Instance::id).collect(Collectors.toList()));
		assertEquals(new Box(10, 0, 12, 2), got.get(2).window());
		assertEquals(1, got.get(2).tile());
		assertTrue(got.get(2).mask().contains(11, 0) && got.get(2).mask().contains(10, 1));
	}

	@Test
	void stackCsvErrorsAreNamed() throws IOException
	{
		final Path csv = dir.resolve("stack.csv");
		Files.write(csv, List.of("slice,x,y", "1,0,0", "3,0,0"));
		FormatException e = assertThrows(FormatException.class, () -> TileOffsets.readStackCsv(csv, 2));
		assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("slice 3"), e.getMessage());
		Files.write(csv, List.of("slice,x,y", "1,0,0"));
		e = assertThrows(FormatException.class, () -> TileOffsets.readStackCsv(csv, 2));
		assertTrue(e.getMessage().contains("no row for slice 2"), e.getMessage());
		Files.write(csv, List.of("slice,x,y", "1,0,0", "01,5,0"));
		e = assertThrows(FormatException.class, () -> TileOffsets.readStackCsv(csv, 2));
		assertTrue(e.getMessage().contains("given twice"), e.getMessage());
	}

	@Test
	void stackDepthMustMatchOffsets()
	{
		assertThrows(IllegalArgumentException.class, () -> TileLabels.fromStack(ArrayImgs.ints(2, 2, 3), List.of(new TileOffset("1", 0, 0))));
	}
}
