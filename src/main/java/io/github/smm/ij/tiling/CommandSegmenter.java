package io.github.smm.ij.tiling;

import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;

import ij.ImagePlus;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TileException;
import io.github.smm.tile.TileSegmenter;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;

/**
 * A SciJava command per tile (e.g. a deep-learning command installed in Fiji), found by class
 * name or menu title: its single {@link ImagePlus} input receives the tile (8-bit when the
 * values fit 0..255, else 32-bit) and its first {@link ImagePlus} output is read as the tile's
 * label image (0 background).
 */
public final class CommandSegmenter<T extends RealType<T>> implements TileSegmenter.ToLabels<T>
{
	private final CommandService commands;
	private final CommandInfo info;
	private final String input, output;

	/** A command found by class name or title, with the names of its one image input and output. */
	static final class Found
	{
		final CommandInfo info;
		final String input, output;

		private Found(final CommandInfo info, final String input, final String output)
		{
			this.info = info;
			this.input = input;
			this.output = output;
		}

		/** @throws IllegalArgumentException naming the command when it is unknown or does not fit */
		static Found of(final CommandService commands, final String name)
		{
			final CommandInfo info = find(commands, name);
			return new Found(info, single(info.inputs(), name, "input"), single(info.outputs(), name, "output"));
		}
	}

	/** @throws IllegalArgumentException naming the command when it is unknown or does not fit */
	public CommandSegmenter(final CommandService commands, final String name)
	{
		this.commands = commands;
		final Found f = Found.of(commands, name.trim());
		info = f.info;
		input = f.input;
		output = f.output;
	}

	@Override
	public RandomAccessibleInterval<? extends IntegerType<?>> labels(final Tile tile, final RandomAccessibleInterval<T> pixels)
	{
		final FloatProcessor fp = TileImages.toProcessor(pixels);
		fp.resetMinAndMax();
		final ImageProcessor ip = fp.getMin() >= 0 && fp.getMax() <= 255 ? fp.convertToByte(false) : fp;
		final ImagePlus imp = new ImagePlus("tile_x" + tile.region().minX + "_y" + tile.region().minY, ip);
		try
		{
			final Module m = commands.run(info, true, Map.of(input, imp)).get();
			final Object labels = m.getOutput(output);
			if (!(labels instanceof ImagePlus))
				throw new TileException(tile, "command " + info.getTitle() + " gave no label image as '" + output + "'");
			return ImagePlusLabels.labels((ImagePlus) labels);
		}
		catch (final InterruptedException e)
		{
			Thread.currentThread().interrupt();
			throw new TileException(tile, "interrupted");
		}
		catch (final ExecutionException e)
		{
			throw new TileException(tile, "command " + info.getTitle() + " failed: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
		}
	}

	private static CommandInfo find(final CommandService commands, final String name)
	{
		final CommandInfo byClass = commands.getCommand(name);
		if (byClass != null)
			return byClass;
		for (final CommandInfo c : commands.getCommands())
			if (name.equalsIgnoreCase(c.getTitle()))
				return c;
		throw new IllegalArgumentException("command_name '" + name + "': no SciJava command with this class name or title");
	}

	/** The name of the one ImagePlus item among {@code items}. */
	private static String single(final Iterable<ModuleItem<?>> items, final String command, final String what)
	{
		String found = null;
		for (final ModuleItem<?> item : items)
			if (item.getType() == ImagePlus.class)
			{
				if (found != null)
					throw new IllegalArgumentException("command_name '" + command + "': more than one image " + what);
				found = item.getName();
			}
		if (found == null)
			throw new IllegalArgumentException("command_name '" + command + "': no image " + what);
		return found;
	}
}
