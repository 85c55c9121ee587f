package io.github.smm.ij.tiling;

import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.scijava.command.CommandService;
import org.scijava.module.Module;

import ij.ImagePlus;
import io.github.smm.volume.Box3;
import io.github.smm.volume.tiled.BlockSegmenter;

/**
 * A SciJava command per 3D block, found as {@link CommandSegmenter} finds it (class name or menu
 * title, one {@link ImagePlus} input, one output): the input receives the block as a stack of z
 * slices ({@link BlockImages}), the output is read as the block's label stack (0 background, the
 * block's size; the block itself unchanged is refused).
 */
public final class CommandBlockSegmenter implements BlockSegmenter
{
	private final CommandService commands;
	private final CommandSegmenter.Found command;

	/** @throws IllegalArgumentException naming the command when it is unknown or does not fit */
	public CommandBlockSegmenter(final CommandService commands, final String name)
	{
		this.commands = commands;
		command = CommandSegmenter.Found.of(commands, name.trim());
	}

	@Override
	public int[] labels(final Box3 block, final float[] voxels)
	{
		final ImagePlus imp = BlockImages.toImagePlus(block, voxels);
		final ImagePlus given = imp.duplicate();
		final String who = "command " + command.info.getTitle();
		try
		{
			final Module m = commands.run(command.info, true, Map.of(command.input, imp)).get();
			final Object labels = m.getOutput(command.output);
			if (!(labels instanceof ImagePlus))
				throw new IllegalArgumentException(BlockImages.name(block) + ": " + who + " gave no label stack as '" + command.output + "'");
			return BlockImages.labels(block, given, (ImagePlus) labels, who);
		}
		catch (final InterruptedException e)
		{
			Thread.currentThread().interrupt();
			throw new IllegalStateException(BlockImages.name(block) + ": interrupted", e);
		}
		catch (final ExecutionException e)
		{
			throw new IllegalArgumentException(BlockImages.name(block) + ": " + who + " failed: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
		}
	}
}
