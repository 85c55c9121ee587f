package io.github.smm.command;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.ImagePlus;
import io.github.smm.ij.ThresholdWatershed;

/** A test-only SciJava command: image in, label image out — what a deep-learning command does. */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>SMM Test>Tile Threshold Labels")
public class TileThresholdCommand implements Command
{
	@Parameter
	private ImagePlus tile;

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus labels;

	@Override
	public void run()
	{
		labels = new ThresholdWatershed(10, 128).labels(tile.getProcessor());
	}
}
