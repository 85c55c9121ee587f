package io.github.smm.vis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.process.ByteProcessor;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VolumeMask;

/** Block predictions and merged 3D objects, side by side and superimposed, slice by slice. */
class VolumeBeforeAfterTest
{
	/** Two blocks meeting in z (z 0–4 and 3–8); a cube cut by them in two pieces, merged back whole; a second object in block 0 only. */
	private static final Box3 LOW = Box3.ofSize(0, 0, 0, 20, 16, 4), HIGH = Box3.ofSize(0, 0, 3, 20, 16, 5);
	private static final List<VolumeInstance> BEFORE = List.of(new VolumeInstance(1, VolumeMask.box(Box3.ofSize(4, 4, 2, 4, 4, 2)), 1, 0, LOW, 0),
			new VolumeInstance(2, VolumeMask.box(Box3.ofSize(4, 4, 3, 4, 4, 3)), 1, 0, HIGH, 1), new VolumeInstance(3, VolumeMask.box(Box3.ofSize(12, 10, 0, 3, 3, 2)), 1, 0, LOW, 0));
	private static final List<VolumeInstance> AFTER = List.of(new VolumeInstance(1, VolumeMask.box(Box3.ofSize(4, 4, 2, 4, 4, 4)), 1, 0, null, -1),
			new VolumeInstance(7, VolumeMask.box(Box3.ofSize(12, 10, 0, 3, 3, 2)), 1, 0, null, -1));
	private static final long[] OWNER = { -1, 1, 1, 7 };

	private static ImagePlus blackStack(final int w, final int h, final int d)
	{
		final ImageStack stack = new ImageStack(w, h);
		for (int z = 0; z < d; z++)
			stack.addSlice(new ByteProcessor(w, h));
		return new ImagePlus("stack", stack);
	}

	private static VolumeBeforeAfter view()
	{
		return VolumeBeforeAfter.of(BEFORE, AFTER).clusterOf(id -> OWNER[(int) id]).blocks(VolumeBeforeAfter.windows(BEFORE));
	}

	private static List<Roi> on(final Overlay o, final int slice, final String prefix)
	{
		return Arrays.stream(o.toArray()).filter(r -> r.getPosition() == slice && r.getName() != null && r.getName().startsWith(prefix)).collect(Collectors.toList());
	}

	@Test
	void sideBySideDoublesTheStackAndColoursEachPieceAsItsMergedObject()
	{
		final ImagePlus stack = blackStack(20, 16, 8);
		final ImagePlus both = view().render(stack);
		assertNotSame(stack, both);
		assertNull(stack.getOverlay(), "the stack itself is unchanged");
		assertEquals(40, both.getWidth());
		assertEquals(8, both.getStackSize());
		final Overlay o = both.getOverlay();
		// slice 4 (z 3): both pieces of the cube, and the merged cube on the right in the same colour
		assertEquals(List.of("before-1", "before-2"), on(o, 4, "before-").stream().map(Roi::getName).sorted().collect(Collectors.toList()));
		final Roi after = on(o, 4, "after-1").get(0);
		assertTrue(after.getBounds().x >= 20, "merged objects on the right half: " + after.getBounds());
		for (final Roi piece : on(o, 4, "before-"))
			assertEquals(after.getStrokeColor().getRGB() & 0xffffff, piece.getStrokeColor().getRGB() & 0xffffff, piece.getName() + " in its merged object's colour");
		// the block grid: slice 4 lies in both blocks, slice 1 in the low one only, slice 8 in the high one only
		assertEquals(2, on(o, 4, "tile-").size());
		assertEquals(1, on(o, 1, "tile-").size());
		assertEquals(1, on(o, 8, "tile-").size());
		// captions count the 3D objects, on every slice
		final List<String> captions = on(o, 8, "caption").stream().map(r -> ((TextRoi) r).getText().trim()).collect(Collectors.toList());
		assertEquals(List.of("block predictions: 3", "merged: 2"), captions);
	}

	@Test
	void superimposedDrawsOnTheStackItself()
	{
		final ImagePlus stack = blackStack(20, 16, 8);
		assertSame(stack, view().layout(BeforeAfter.Layout.SUPERIMPOSED).render(stack));
		final Overlay o = stack.getOverlay();
		assertEquals(2, on(o, 4, "before-").size());
		assertEquals(1, on(o, 4, "after-").size());
		assertTrue(on(o, 4, "after-1").get(0).getBounds().x < 20);
		assertThrows(IllegalArgumentException.class, () -> view().render(blackStack(20, 16, 5)), "block 1 reaches slice 8");
	}

	@Test
	void orthogonalViewsSideBySidePutTheMergedViewsRightOfTheBlockPredictions()
	{
		final ImagePlus stack = blackStack(20, 16, 8);
		final BufferedImage one = VolumeOverlay.of(AFTER).orthogonalViews(stack, 5, 5, 3, 2);
		final BufferedImage both = view().orthogonalViews(stack, 5, 5, 3, 2);
		assertEquals(2 * one.getWidth() + 8, both.getWidth());
		assertEquals(one.getHeight() + 16, both.getHeight(), "a header line with the counts");
		final BufferedImage superimposed = view().layout(BeforeAfter.Layout.SUPERIMPOSED).orthogonalViews(stack, 5, 5, 3, 2);
		assertEquals(one.getWidth(), superimposed.getWidth());
		// the merged cube's outline crosses the xz plane at row y 5: on the right half, something is drawn at x 4, z 2..5
		final int x0 = one.getWidth() + 8;
		boolean drawn = false;
		for (int row = 16 + 16 + 4; row < 16 + 16 + 4 + 16; row++)
			drawn |= (both.getRGB(x0 + 4, row) & 0xffffff) != 0;
		assertTrue(drawn, "the merged cube in the right xz view");
	}
}
