package io.github.smm.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ij.IJ;
import ij.ImagePlus;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.RoiSets;
import io.github.smm.ij.Rois;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.coco.CocoWriteOptions;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.testutil.TiledScene;

/** Writes generated tiled scenes in the formats the commands read. */
final class CommandFixtures
{
	private CommandFixtures()
	{}

	/** A COCO file with two images, each holding the tile predictions of its own scene. */
	static void writeCoco(final Path file, final TiledScene... scenes)
	{
		final CocoDataset.Builder b = CocoDataset.builder().category(1, "nucleus");
		long offset = 0;
		for (int k = 0; k < scenes.length; k++)
		{
			b.image(k + 1, "image" + (k + 1) + ".png", scenes[k].width, scenes[k].height);
			final List<Instance> shifted = new ArrayList<>();
			for (final Instance p : scenes[k].predictions)
				shifted.add(new Instance(p.id() + offset, p.mask(), p.score(), 1, null, Instance.NO_TILE));
			b.instances(k + 1, shifted);
			offset += 100000;
		}
		CocoJson.write(b.build(), file, CocoWriteOptions.rle());
	}

	/** One label TIFF per tile, named by its offset ({@code tile_x<X>_y<Y>.tif}). */
	static void writeTileFolder(final Path folder, final TiledScene scene) throws IOException
	{
		for (int t = 0; t < scene.tiles.size(); t++)
		{
			final Box tile = scene.tiles.get(t);
			final List<Instance> local = new ArrayList<>();
			for (final Instance p : scene.predictions)
				if (p.tile() == t)
					local.add(new Instance(p.id(), p.mask().translate(-tile.minX, -tile.minY), 1));
			final ImagePlus imp = ImagePlusLabels.toImagePlus(local, Box.ofSize(0, 0, tile.width(), tile.height()), "tile");
			if (!IJ.saveAsTiff(imp, folder.resolve("tile_x" + tile.minX + "_y" + tile.minY + ".tif").toString()))
				throw new IOException("could not write tile " + t);
		}
	}

	/** The predictions as a RoiSet.zip with score properties. */
	static void writeRoiSet(final Path zip, final TiledScene scene) throws IOException
	{
		RoiSets.write(zip, Rois.fromInstances(scene.predictions));
	}
}
