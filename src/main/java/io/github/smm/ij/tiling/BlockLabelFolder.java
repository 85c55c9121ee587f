package io.github.smm.ij.tiling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.ImagePlus;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.io.FormatException;
import io.github.smm.volume.BlockNames;
import io.github.smm.volume.Box3;
import io.github.smm.volume.tiled.BlockSegmenter;

/**
 * Precomputed per-block label stacks in a folder: for each block of the plan, the stack whose
 * offset is the block's corner — from its name ({@code block_x0_y512_z64.tif}, see
 * {@link BlockNames}) or from a CSV of {@code file,x,y,z} lines. Each is read when its block comes,
 * and must have the block's size. A block without its file is an error naming the offset.
 */
public final class BlockLabelFolder implements BlockSegmenter
{
	private final Path folder;
	private final Map<List<Long>, Path> files = new HashMap<>();

	/**
	 * @param offsetsCsv the CSV of offsets, or {@code null} to read them from the file names
	 * @throws FormatException naming a file without an offset, or a bad CSV line
	 */
	public BlockLabelFolder(final Path folder, final Path offsetsCsv) throws IOException
	{
		if (!Files.isDirectory(folder))
			throw new IllegalArgumentException("label_folder " + folder + " is not a folder");
		this.folder = folder;
		if (offsetsCsv != null)
			readCsv(offsetsCsv);
		else
			for (final Path f : stacks(folder))
			{
				final long[] o = BlockNames.offset(f.getFileName().toString());
				if (o == null)
					throw new FormatException(f + ": the name holds no block offset x…y…z… (e.g. block_x0_y512_z64.tif); name the files so or give an offsets CSV");
				put(o, f);
			}
	}

	private void readCsv(final Path csv) throws IOException
	{
		final List<String> lines = Files.readAllLines(csv);
		for (int i = 0; i < lines.size(); i++)
		{
			final String line = lines.get(i).trim();
			if (line.isEmpty() || i == 0 && line.toLowerCase(Locale.ROOT).startsWith("file"))
				continue;
			final String[] f = line.split(",");
			try
			{
				if (f.length != 4)
					throw new NumberFormatException();
				put(new long[] { Long.parseLong(f[1].trim()), Long.parseLong(f[2].trim()), Long.parseLong(f[3].trim()) }, folder.resolve(f[0].trim()));
			}
			catch (final NumberFormatException e)
			{
				throw new FormatException(csv + " line " + (i + 1) + ": expected file,x,y,z with whole-number offsets, got '" + line + "'");
			}
		}
	}

	private void put(final long[] offset, final Path file)
	{
		final Path other = files.put(Arrays.asList(offset[0], offset[1], offset[2]), file);
		if (other != null)
			throw new FormatException(file + " and " + other + " both have the offset x" + offset[0] + " y" + offset[1] + " z" + offset[2]);
	}

	private static List<Path> stacks(final Path folder) throws IOException
	{
		try (Stream<Path> s = Files.list(folder))
		{
			return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.tiff?")).sorted().collect(Collectors.toList());
		}
	}

	@Override
	public int[] labels(final Box3 block, final float[] voxels)
	{
		final Path file = files.get(Arrays.asList(block.minX, block.minY, block.minZ));
		if (file == null)
			throw new IllegalArgumentException("block " + block + ": no label stack for offset x" + block.minX + " y" + block.minY + " z" + block.minZ + " in " + folder);
		try
		{
			final ImagePlus imp = ImagePlusLabels.open(file);
			imp.setTitle(file.toString());
			if (imp.getWidth() != block.width() || imp.getHeight() != block.height() || imp.getStackSize() != block.depth())
				throw new FormatException(file + ": " + imp.getWidth() + " x " + imp.getHeight() + " x " + imp.getStackSize() + " voxels, the block needs " + block.width() + " x "
						+ block.height() + " x " + block.depth());
			return ImagePlusVolumes.labels(imp);
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("could not read " + file, e);
		}
	}

	@Override
	public boolean readsVoxels()
	{
		return false;
	}
}
