package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import io.github.smm.ij.RoiImport;
import io.github.smm.ij.RoiSets;
import io.github.smm.ij.Rois;
import io.github.smm.io.TileGridSpec;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.tile.TileWindows;
import io.github.smm.testutil.Golden;

/**
 * The slice grid with the formats that lack windows (see {@code golden/README.md}): a SAHI
 * export (polygons with {@code category_name}) of a 24 x 16 image sliced into 16 px tiles with
 * 8 px overlap, with the grid given by {@code tile_size}/{@code overlap}, by a slices table or by
 * per-prediction {@code slice_bbox}; and the same predictions as a ROI set whose names hold the
 * tile origins. Every route gives each prediction the same window and the same 3 objects.
 */
class SliceGridGoldenTest
{
	private static final Box LEFT = new Box(0, 0, 16, 16), RIGHT = new Box(8, 0, 24, 16), SHARED = new Box(8, 0, 16, 16);

	private static Context context;

	private static CommandService commands;

	private static final List<String> logged = java.util.Collections.synchronizedList(new ArrayList<>());

	@BeforeAll
	static void start()
	{
		context = new Context(CommandService.class, org.scijava.log.LogService.class);
		commands = context.service(CommandService.class);
		context.service(org.scijava.log.LogService.class).addLogListener(m -> logged.add(m.text()));
	}

	/** The log lines since the last call. */
	private static List<String> log()
	{
		final List<String> out = new ArrayList<>(logged);
		logged.clear();
		return out;
	}

	/** Window IoU was used: the windows were assigned and there was no fallback to ios. */
	private static void usedWindows(final String expected)
	{
		final List<String> lines = log();
		assertTrue(lines.contains(expected), "assignment logged: " + lines);
		assertTrue(lines.stream().noneMatch(l -> l.contains("overlap_measure=ios")), "no fallback to ios: " + lines);
	}

	@AfterAll
	static void stop()
	{
		context.dispose();
	}

	static RleMask rect(final long x0, final long y0, final long x1, final long y1)
	{
		return RleMask.rectangle(new Box(x0, y0, x1, y1));
	}

	/** The three objects: A (two whole copies), B (fragment + whole), the mitosis. */
	private static final Set<RleMask> MERGED = Set.of(rect(9, 2, 13, 6), rect(13, 2, 20, 6), rect(2, 9, 6, 13));

	private static List<Box> windows(final List<Instance> instances)
	{
		final List<Box> out = new ArrayList<>();
		for (final Instance i : instances)
			out.add(i.window());
		return out;
	}

	@Test
	void sahiExportGetsItsWindowsFromTheGridTheTableOrItsSliceBoxes() throws Exception
	{
		final CocoDataset images = CocoJson.read(Golden.file("sahi_images.json"));
		final CocoDataset sahi = new CocoDataset(images.images(), images.categories(), CocoJson.readResults(Golden.file("sahi_predictions.json"), images));
		final List<Instance> bare = sahi.instancesOf(1);
		final List<Box> expected = List.of(SHARED, SHARED, LEFT, RIGHT, LEFT);
		assertEquals(expected, windows(TileWindows.assign(bare, TileGridSpec.of(16, 8, null).gridFor(24, 16)).instances()),
				"A seen whole by both tiles: their intersection; B's fragment ends on the left tile's edge; B whole fits the right tile only");
		assertEquals(expected, windows(TileWindows.assign(bare, TileGridSpec.of(0, 0, Golden.file("sahi_slices.csv")).gridFor(24, 16, "1", "field.png")).instances()));
		final CocoDataset boxed = new CocoDataset(images.images(), images.categories(), CocoJson.readResults(Golden.file("sahi_predictions_slice_bbox.json"), images));
		assertEquals(List.of(LEFT, RIGHT, LEFT, RIGHT, LEFT), windows(boxed.instancesOf(1)), "slice_bbox: the tile that predicted each");
	}

	@Test
	void mergeCocoJsonWithEachRoute(@TempDir final Path dir) throws Exception
	{
		final Path preds = Golden.file("sahi_predictions.json"), images = Golden.file("sahi_images.json");
		final String shared = "tile windows: 2 in one window, 1 in several, cut by one of them, 2 in several, given their intersection";
		log();
		assertEquals(MERGED, merged(dir, "grid", "input", preds.toFile(), "images", images.toFile(), "tile_size", 16, "overlap", 8.0));
		usedWindows(shared);
		assertEquals(MERGED, merged(dir, "table", "input", preds.toFile(), "images", images.toFile(), "tiles", Golden.file("sahi_slices.csv").toFile()));
		usedWindows(shared);
		assertEquals(MERGED, merged(dir, "slice_bbox", "input", Golden.file("sahi_predictions_slice_bbox.json").toFile(), "images", images.toFile()));
		assertTrue(log().stream().noneMatch(l -> l.contains("overlap_measure=ios")), "slice boxes are windows");
		merged(dir, "bare", "input", preds.toFile(), "images", images.toFile());
		assertTrue(log().stream().anyMatch(l -> l.contains("using overlap_measure=ios instead of window_iou")), "without a grid: ios");
		final ExecutionException both = assertThrows(ExecutionException.class, () -> commands.run(MergeCocoJson.class, true, "input", preds.toFile(), "images", images.toFile(),
				"tile_size", 16, "tiles", Golden.file("sahi_slices.csv").toFile()).get());
		assertTrue(CommandsTest.messages(both).contains("either tile_size and overlap or a tiles table"), CommandsTest.messages(both));
	}

	private Set<RleMask> merged(final Path dir, final String name, final Object... args) throws Exception
	{
		final Path out = dir.resolve(name + ".json");
		final Object[] all = java.util.Arrays.copyOf(args, args.length + 2);
		all[args.length] = "output";
		all[args.length + 1] = out.toFile();
		commands.run(MergeCocoJson.class, true, all).get();
		final Set<RleMask> masks = new HashSet<>();
		CocoJson.read(out).annotations().forEach(a -> masks.add(a.mask()));
		return masks;
	}

	@Test
	void roiNamesHoldingTileOriginsGiveTheirWindows(@TempDir final Path dir) throws Exception
	{
		final Path zip = Golden.file("roi_names_with_offsets.zip");
		final RoiImport in = RoiSets.readInstances(zip, 1);
		assertEquals("tile_x8_y0-0001", in.items().get(1).name());
		final ImagePlus image = new ImagePlus("field.png", new ByteProcessor(24, 16));
		log();
		for (final Object[] route : new Object[][] { { "image", image, "tile_size", 16, "overlap", 8.0 }, { "tile_size", 16 } })
		{
			final Path out = dir.resolve("merged" + route.length + ".zip");
			final Object[] args = java.util.Arrays.copyOf(new Object[] { "rois", zip.toFile(), "output_rois", out.toFile() }, 4 + route.length);
			System.arraycopy(route, 0, args, 4, route.length);
			final CommandModule m = commands.run(MergeRois.class, true, args).get();
			final Set<RleMask> masks = new HashSet<>();
			for (final ij.gui.Roi r : RoiSets.read(out))
				masks.add(Rois.mask(r));
			assertEquals(MERGED, masks, "route " + java.util.Arrays.toString(route));
			assertTrue(((String) m.getOutput("summary")).contains("5 instances -> 3 objects"), (String) m.getOutput("summary"));
			usedWindows(route.length == 2 ? "tile windows: 5 with their own window" : "tile windows: 5 naming their tile");
		}
		final ExecutionException e = assertThrows(ExecutionException.class,
				() -> commands.run(MergeRois.class, true, "rois", zip.toFile(), "image", image, "tile_size", 10, "overlap", 4.0).get());
		assertTrue(CommandsTest.messages(e).contains("ROI 'tile_x8_y0-0001' holds the tile origin x8 y0, but no tile of the grid"), CommandsTest.messages(e));
	}
}
