package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import io.github.smm.bench.Perturbation;
import io.github.smm.bench.Predictions;
import io.github.smm.bench.SlicePlan;
import io.github.smm.bench.TilePredictor;
import io.github.smm.bench.VoronoiScene;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.coco.CocoWriteOptions;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/**
 * The same tile predictions of dense touching cells (Voronoi, 512², tiles of 192 with 48 px
 * overlap), merged by Merge Label Images from per-tile label images (windows from the tile
 * offsets) and by Merge COCO JSON from a detection-results list without windows plus
 * {@code tile_size}/{@code overlap}: the same objects.
 */
class GridEqualsTileLabelsTest
{
	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	@Test
	void gridRebuiltFromTileSizeAndOverlapMergesAsPerTileLabelImages(@TempDir final Path dir) throws Exception
	{
		final int size = 512, tile = 192, overlap = 48;
		final Predictions p = TilePredictor.predict(VoronoiScene.generate(size, 3), SlicePlan.windows(size, tile, overlap / (double) tile), Perturbation.NONE, 5);
		final Path folder = Files.createDirectory(dir.resolve("tiles")), results = dir.resolve("results.json");
		writeTiles(folder, p);
		final List<Instance> bare = new ArrayList<>();
		for (final Instance i : p.instances())
			bare.add(new Instance(i.id(), i.mask(), 1));
		CocoJson.writeResults(CocoDataset.builder().image(1, "scene.png", size, size).category(0, "cell").instances(1, bare).build(), results, CocoWriteOptions.rle());
		final Path fromLabels = dir.resolve("labels.tif"), fromCoco = dir.resolve("coco.json");
		commands.run(MergeLabelImages.class, true, "input", folder.toFile(), "output_labels", fromLabels.toFile()).get();
		commands.run(MergeCocoJson.class, true, "input", results.toFile(), "tile_size", tile, "overlap", (double) overlap, "output", fromCoco.toFile()).get();
		final Set<RleMask> a = new HashSet<>(), b = new HashSet<>();
		ImagePlusLabels.toInstances(ImagePlusLabels.open(fromLabels)).forEach(i -> a.add(i.mask()));
		CocoJson.read(fromCoco).annotations().forEach(x -> b.add(x.mask()));
		assertEquals(a.size(), b.size());
		assertEquals(a, b);
		final Path withoutGrid = dir.resolve("ios.json");
		commands.run(MergeCocoJson.class, true, "input", results.toFile(), "output", withoutGrid.toFile()).get();
		final Set<RleMask> c = new HashSet<>();
		CocoJson.read(withoutGrid).annotations().forEach(x -> c.add(x.mask()));
		System.out.println("grid: " + b.size() + " objects = per-tile labels " + a.size() + "; without the grid (ios): " + c.size() + " objects, " + c.stream().filter(m -> !a.contains(m)).count() + " differ");
	}

	private static void writeTiles(final Path folder, final Predictions p) throws IOException
	{
		for (int t = 0; t < p.tiles().size(); t++)
		{
			final Box w = p.tiles().get(t);
			final List<Instance> local = new ArrayList<>();
			for (final Instance i : p.instances())
				if (i.tile() == t)
					local.add(new Instance(i.id(), i.mask().translate(-w.minX, -w.minY), 1));
			if (!IJ.saveAsTiff(ImagePlusLabels.toImagePlus(local, Box.ofSize(0, 0, w.width(), w.height()), "tile"), folder.resolve("tile_x" + w.minX + "_y" + w.minY + ".tif").toString()))
				throw new IOException("could not write tile " + t);
		}
	}
}
