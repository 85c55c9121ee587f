package io.github.smm.command;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.RoiSets;
import io.github.smm.io.FormatException;
import io.github.smm.io.TileLabels;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.geojson.GeoJson;
import io.github.smm.model.Instance;

/**
 * Reads instances from whatever a user has: a label image ({@code .tif}, {@code .png}), a
 * {@code RoiSet.zip}, a COCO JSON file (its first image), QuPath GeoJSON ({@code .geojson}) or a
 * folder of per-tile label images.
 */
final class InstanceFiles
{
	private InstanceFiles()
	{}

	static List<Instance> read(final Path path) throws IOException
	{
		if (!Files.exists(path))
			throw new FileNotFoundException(path + " does not exist");
		if (Files.isDirectory(path))
			return TileLabels.readFolder(path, ImagePlusLabels.reader());
		final String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".zip"))
			return RoiSets.readInstances(path, 1).instances();
		if (name.endsWith(".geojson"))
			return GeoJson.read(path).instances();
		if (name.endsWith(".json"))
		{
			final CocoDataset coco = CocoJson.read(path);
			if (coco.images().isEmpty())
				throw new FormatException(path + ": no images");
			return coco.instancesOf(coco.images().get(0).id());
		}
		return ImagePlusLabels.toInstances(ImagePlusLabels.open(path));
	}
}
