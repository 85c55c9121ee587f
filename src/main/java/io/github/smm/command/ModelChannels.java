package io.github.smm.command;

import ij.ImagePlus;
import io.github.smm.ij.tiling.ImagePlusChannelsSource;
import io.github.smm.ij.tiling.ImagePlusTileSource;
import io.github.smm.tile.TileSource;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The {@code channels} key of the model commands: the image's channels fed to the model, as
 * ImageJ channel numbers in the model's order ({@code 2,1}); empty for the current plane.
 */
public final class ModelChannels
{
	private ModelChannels()
	{}

	/**
	 * The channels as indices from 0, or null when the key is empty (also the Spark job's parse
	 * of the key).
	 *
	 * @throws IllegalArgumentException naming the key and the bad entry
	 */
	public static int[] parse(final String value)
	{
		if (value == null || value.trim().isEmpty())
			return null;
		final String[] parts = value.trim().split("\\s*,\\s*");
		final int[] out = new int[parts.length];
		for (int i = 0; i < parts.length; i++)
		{
			try
			{
				out[i] = Integer.parseInt(parts[i]) - 1;
			}
			catch (final NumberFormatException e)
			{
				throw new IllegalArgumentException("channels: '" + parts[i] + "' is not a channel number (give ImageJ channel numbers such as 1,2)");
			}
			if (out[i] < 0)
				throw new IllegalArgumentException("channels: channel numbers start at 1, got " + parts[i]);
		}
		return out;
	}

	/**
	 * The tile source of one plane: the plane itself without channels, else every channel of
	 * its slice and frame.
	 *
	 * @param stackIndex 1-based, or 0 for the current plane
	 * @throws IllegalArgumentException when the image lacks a channel asked for
	 */
	static TileSource<FloatType> source(final ImagePlus image, final int[] channels, final int stackIndex)
	{
		if (channels == null)
			return stackIndex == 0 ? new ImagePlusTileSource(image) : new ImagePlusTileSource(image.getStack().getProcessor(stackIndex));
		requireChannels(image.getTitle(), image.getNChannels(), channels);
		return new ImagePlusChannelsSource(image, stackIndex);
	}

	/**
	 * Checks that an image named {@code title} with {@code count} channels has every channel
	 * asked for (also the Spark job's check on a TIFF hyperstack).
	 *
	 * @throws IllegalArgumentException naming the image and the missing channel
	 */
	public static void requireChannels(final String title, final int count, final int[] channels)
	{
		for (final int c : channels)
			if (c >= count)
				throw new IllegalArgumentException("channels: " + title + " has " + count + " channel" + (count == 1 ? "" : "s") + ", there is no channel " + (c + 1));
	}
}
