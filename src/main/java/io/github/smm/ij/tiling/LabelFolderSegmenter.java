package io.github.smm.ij.tiling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TileException;
import io.github.smm.tile.TileSegmenter;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;

/**
 * Precomputed per-tile label images: for each tile of the plan, the file in a folder whose name
 * holds the tile region's offset as {@code x<minX>} and {@code y<minY>} (e.g.
 * {@code tile_x512_y0.tif}). A tile without its file is an error naming the expected offset.
 */
public final class LabelFolderSegmenter<T extends RealType<T>> implements TileSegmenter.ToLabels<T>
{
	private static final Pattern OFFSET = Pattern.compile("(?:^|[^A-Za-z0-9])x(\\d+)[^A-Za-z0-9]+y(\\d+)(?:[^0-9]|$)");

	private final Path folder;

	/** @param folder the folder of per-tile label images */
	public LabelFolderSegmenter(final Path folder)
	{
		if (!Files.isDirectory(folder))
			throw new IllegalArgumentException("label_folder " + folder + " is not a folder");
		this.folder = folder;
	}

	@Override
	public RandomAccessibleInterval<? extends IntegerType<?>> labels(final Tile tile, final RandomAccessibleInterval<T> pixels)
	{
		final Path file = find(tile.region().minX, tile.region().minY);
		if (file == null)
			throw new TileException(tile, "no label image for offset x" + tile.region().minX + " y" + tile.region().minY + " in " + folder);
		try
		{
			return ImagePlusLabels.labels(ImagePlusLabels.open(file));
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("could not read " + file, e);
		}
	}

	/** The file for tile offset (x, y), or null. */
	Path find(final long x, final long y)
	{
		try (Stream<Path> files = Files.list(folder))
		{
			return files.filter(f -> matches(f.getFileName().toString(), x, y)).sorted().findFirst().orElse(null);
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("could not list " + folder, e);
		}
	}

	static boolean matches(final String name, final long x, final long y)
	{
		final Matcher m = OFFSET.matcher(name);
		return m.find() && Long.parseLong(m.group(1)) == x && Long.parseLong(m.group(2)) == y;
	}
}
