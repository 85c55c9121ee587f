package io.github.smm.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.view.Views;

/**
 * Instances from per-tile label images: a folder of label images (offsets from a
 * {@code file,x,y} CSV or from the file names, see {@link TileOffsets}) or a stack of
 * equal-size tiles with a {@code slice,x,y} CSV.
 * <p>
 * Tiles are taken in sorted order (file names in {@link String#compareTo} order, or slice
 * order); a tile's position in that order is its tile index, and its extent
 * {@code (x, y, width, height)} is the source window of each of its instances. Label
 * {@code v} of tile {@code k} becomes the instance with id {@code base(k) + v}, where
 * {@code base(k)} is the sum of the largest labels of the tiles before {@code k}; ids are thus
 * unique across tiles. Each tile is read, converted to sparse masks and released before the
 * next.
 * </p>
 */
public final class TileLabels
{
	/** File name extensions (lower case) taken as label images in a tile folder. */
	public static final Set<String> LABEL_EXTENSIONS = Set.of("tif", "tiff", "png");

	/** Decodes one label image file; supplied by an image library (e.g. the ImageJ bridge). */
	@FunctionalInterface
	public interface LabelReader
	{
		/**
		 * @throws FormatException naming the file when it is not a readable label image
		 */
		RandomAccessibleInterval<? extends IntegerType<?>> read(Path file) throws IOException;
	}

	private TileLabels()
	{}

	/**
	 * The instances of every label image in {@code folder} (extensions
	 * {@link #LABEL_EXTENSIONS}, other files are not looked at), offsets read from the file
	 * names.
	 *
	 * @throws FormatException naming a file whose name holds no position, or a bad label
	 */
	public static List<Instance> readFolder(final Path folder, final LabelReader reader) throws IOException
	{
		final List<TileOffset> offsets = new ArrayList<>();
		for (final Path file : labelFiles(folder))
			offsets.add(TileOffsets.fromFileName(file.getFileName().toString()));
		if (offsets.isEmpty())
			throw new FormatException(folder + ": no label images (" + String.join(", ", LABEL_EXTENSIONS) + ") in the folder");
		return read(folder, offsets, reader);
	}

	/**
	 * The instances of the label images listed in a {@code file,x,y} CSV, file names relative
	 * to {@code folder}.
	 *
	 * @throws FormatException naming a listed file that does not exist, a label image in the
	 *             folder that the CSV leaves out, a malformed CSV line, or a bad label
	 */
	public static List<Instance> readFolder(final Path folder, final Path offsetsCsv, final LabelReader reader) throws IOException
	{
		final List<TileOffset> offsets = TileOffsets.readFolderCsv(offsetsCsv);
		final Set<Path> listed = new HashSet<>();
		for (final TileOffset o : offsets)
		{
			final Path file = folder.resolve(o.name()).normalize();
			if (!Files.isRegularFile(file))
				throw new FormatException(offsetsCsv + ": tile file " + o.name() + " is not in " + folder);
			listed.add(file.toAbsolutePath());
		}
		for (final Path file : labelFiles(folder))
			if (!listed.contains(file.normalize().toAbsolutePath()))
				throw new FormatException(offsetsCsv + " gives no offset for the label image " + file);
		return read(folder, offsets, reader);
	}

	private static List<Instance> read(final Path folder, final List<TileOffset> offsets, final LabelReader reader) throws IOException
	{
		final List<TileOffset> sorted = new ArrayList<>(offsets);
		sorted.sort(Comparator.comparing(TileOffset::name));
		final List<Instance> out = new ArrayList<>();
		long base = 0;
		for (int k = 0; k < sorted.size(); k++)
		{
			final Path file = folder.resolve(sorted.get(k).name());
			base = addTile(reader.read(file), sorted.get(k), k, base, file.toString(), out);
		}
		return out;
	}

	/**
	 * The instances of a stack of tiles: dimension 2 of {@code stack} indexes the tiles and
	 * {@code offsets.get(k)} places slice {@code k} (as read by
	 * {@link TileOffsets#readStackCsv}).
	 *
	 * @throws IllegalArgumentException when the stack is not 3D or its depth differs from the
	 *             number of offsets
	 * @throws FormatException naming the slice of a bad label
	 */
	public static List<Instance> fromStack(final RandomAccessibleInterval<? extends IntegerType<?>> stack, final List<TileOffset> offsets)
	{
		if (stack.numDimensions() != 3)
			throw new IllegalArgumentException("a tile stack needs 3 dimensions (x, y, slice), got " + stack.numDimensions());
		if (stack.dimension(2) != offsets.size())
			throw new IllegalArgumentException("the tile stack has " + stack.dimension(2) + " slices but " + offsets.size() + " offsets are given");
		final List<RandomAccessibleInterval<? extends IntegerType<?>>> slices = new ArrayList<>();
		for (int k = 0; k < offsets.size(); k++)
			slices.add(Views.hyperSlice(stack, 2, stack.min(2) + k));
		return fromTiles(slices, offsets);
	}

	/**
	 * The instances of tiles already in memory (or loaded by the list on access): tile
	 * {@code k} is {@code tiles.get(k)}, placed by {@code offsets.get(k)}, with tile index
	 * {@code k}. Each tile is fetched once, in order.
	 *
	 * @throws IllegalArgumentException when the lists differ in size
	 * @throws FormatException naming the tile (its offset's name) of a bad label
	 */
	public static List<Instance> fromTiles(final List<? extends RandomAccessibleInterval<? extends IntegerType<?>>> tiles, final List<TileOffset> offsets)
	{
		if (tiles.size() != offsets.size())
			throw new IllegalArgumentException(tiles.size() + " tiles but " + offsets.size() + " offsets are given");
		final List<Instance> out = new ArrayList<>();
		long base = 0;
		for (int k = 0; k < offsets.size(); k++)
			base = addTile(tiles.get(k), offsets.get(k), k, base, offsets.get(k).name(), out);
		return out;
	}

	/** Adds the instances of one tile; returns the id base of the next tile. */
	private static long addTile(final RandomAccessibleInterval<? extends IntegerType<?>> tile, final TileOffset offset, final int index, final long base, final String source, final List<Instance> out)
	{
		final RandomAccessibleInterval<? extends IntegerType<?>> plane;
		final List<Instance> instances;
		try
		{
			plane = LabelImages.plane(tile);
			final Box window = Box.ofSize(offset.x(), offset.y(), plane.dimension(0), plane.dimension(1));
			instances = LabelImages.fromLabels(plane, offset.x() - plane.min(0), offset.y() - plane.min(1), window, index, base);
		}
		catch (final FormatException | IllegalArgumentException e)
		{
			throw new FormatException(source + ": " + e.getMessage(), e);
		}
		out.addAll(instances);
		return instances.isEmpty() ? base : instances.get(instances.size() - 1).id();
	}

	/** The label images directly in {@code folder}, sorted by name. */
	static List<Path> labelFiles(final Path folder) throws IOException
	{
		if (!Files.isDirectory(folder))
			throw new FormatException(folder + ": not a folder");
		try (Stream<Path> files = Files.list(folder))
		{
			return files.filter(Files::isRegularFile).filter(TileLabels::isLabelFile).sorted(Comparator.comparing(p -> p.getFileName().toString())).collect(Collectors.toList());
		}
	}

	private static boolean isLabelFile(final Path file)
	{
		final String name = file.getFileName().toString();
		final int dot = name.lastIndexOf('.');
		return dot > 0 && LABEL_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}
}
