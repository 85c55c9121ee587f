package io.github.smm.ij.tiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ij.ImagePlus;
import ij.WindowManager;
import ij.process.ByteProcessor;

/**
 * A tile macro acts on its tile, not on the image that is current for the caller: with a display
 * that is the image in the front window (ImageJ's batch mode alone does not make the tile
 * current); headless the caller's current image of the thread stands for it.
 */
class MacroRunTest
{
	@AfterEach
	void clearCurrentImage()
	{
		WindowManager.setTempCurrentImage(null);
	}

	@Test
	void theMacroActsOnTheTileAndTheCallersImageStaysCurrent()
	{
		final ImagePlus callers = new ImagePlus("front", new ByteProcessor(5, 4));
		final ImagePlus tile = new ImagePlus("tile", new ByteProcessor(3, 2));
		WindowManager.setTempCurrentImage(callers);
		new MacroRun("tile.ijm", "setPixel(1, 1, 7);").run("setPixel(1, 1, 7);", tile);
		assertEquals(7, tile.getProcessor().get(1, 1), "the tile was written");
		assertEquals(0, callers.getProcessor().get(1, 1), "the caller's image was not touched");
		assertSame(callers, WindowManager.getCurrentImage(), "the caller's image is current again");
	}

	@Test
	void noCurrentImageIsLeftBehind()
	{
		final ImagePlus tile = new ImagePlus("tile", new ByteProcessor(3, 2));
		new MacroRun("tile.ijm", "v = getPixel(0, 0);").run("v = getPixel(0, 0);", tile);
		assertEquals(null, WindowManager.getTempCurrentImage());
	}
}
