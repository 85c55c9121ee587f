package io.github.smm.command;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * A test-only SciJava command on a stack: each voxel brighter than 100 labelled by its own value,
 * the rest 0 (a "segmentation" of scenes whose objects each have one grey value); with
 * {@code unchanged} it gives its input back.
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>SMM Test>Block Value Labels")
public class BlockValueLabelsCommand implements Command
{
	@Parameter
	private ImagePlus block;

	@Parameter(required = false)
	private boolean unchanged;

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus labels;

	@Override
	public void run()
	{
		if (unchanged)
		{
			labels = block;
			return;
		}
		final ImageStack out = new ImageStack(block.getWidth(), block.getHeight());
		for (int z = 1; z <= block.getStackSize(); z++)
		{
			final ImageProcessor ip = block.getStack().getProcessor(z);
			final ShortProcessor sp = new ShortProcessor(ip.getWidth(), ip.getHeight());
			for (int k = 0; k < ip.getPixelCount(); k++)
				sp.setf(k, ip.getf(k) > 100 ? ip.getf(k) : 0);
			out.addSlice(sp);
		}
		labels = new ImagePlus("labels", out);
	}
}
