package io.github.smm.vis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
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

/** The 3D error map: each section in its object's kind, the legend counting 3D objects on every slice. */
class VolumeErrorMapTest
{
	/** Prediction 3 (split piece, slices 2–3), prediction 8 (spurious, slices 3–5) and ground truth 3 (missed, slice 6): ids collide on purpose. */
	private static final VolumeInstance PIECE = object(3, Box3.ofSize(2, 2, 1, 4, 4, 2)), SPURIOUS = object(8, Box3.ofSize(10, 8, 2, 3, 3, 3)),
			MISSED = object(3, Box3.ofSize(14, 2, 5, 3, 3, 1));

	private static VolumeInstance object(final long id, final Box3 box)
	{
		return new VolumeInstance(id, VolumeMask.box(box), 1, 0, null, VolumeInstance.NO_BLOCK);
	}

	private static ImagePlus blackStack(final int w, final int h, final int d)
	{
		final ImageStack stack = new ImageStack(w, h);
		for (int z = 0; z < d; z++)
			stack.addSlice(new ByteProcessor(w, h));
		return new ImagePlus("stack", stack);
	}

	private static VolumeErrorMap map()
	{
		return VolumeErrorMap.create().add(PIECE, ErrorKind.SPLIT).add(SPURIOUS, ErrorKind.SPURIOUS).add(MISSED, ErrorKind.MISSED);
	}

	@Test
	void sectionsCarryTheirObjectsKindOnTheirSlices()
	{
		final Overlay o = map().overlay().build(20, 16, 6);
		final List<String> shapes = new ArrayList<>();
		for (final Roi r : o.toArray())
			if (r.getName() != null && !r.getName().startsWith("legend") && !r.getName().endsWith("-fill"))
				shapes.add(r.getPosition() + ":" + r.getName());
		assertEquals(List.of("2:split-3", "3:split-3", "3:spurious-8", "4:spurious-8", "5:spurious-8", "6:missed-3"), shapes.stream().sorted().collect(Collectors.toList()));
		for (final Roi r : o.toArray())
			if (r.getName() != null && r.getName().startsWith("split-") && !r.getName().endsWith("-fill"))
				assertEquals(ErrorKind.SPLIT.color().getRGB() & 0xffffff, r.getStrokeColor().getRGB() & 0xffffff, "split colour as in 2D");
	}

	@Test
	void theLegendCountsThreeDimensionalObjectsOnEverySlice()
	{
		final Overlay o = map().overlay().build(20, 16, 6);
		for (int slice = 1; slice <= 6; slice++)
		{
			final int z = slice;
			final List<String> legend = Arrays.stream(o.toArray()).filter(r -> r.getPosition() == z && r instanceof TextRoi && r.getName().startsWith("legend-text"))
					.map(r -> ((TextRoi) r).getText().trim()).collect(Collectors.toList());
			assertEquals(List.of("matched (0)", "missed (1)", "spurious (1)", "split (1)", "merged (0)"), legend, "slice " + slice);
		}
		assertEquals(1, map().count(ErrorKind.MISSED));
		assertThrows(IllegalArgumentException.class, () -> map().add(PIECE, ErrorKind.MATCHED), "one kind per object");
	}

	@Test
	void orthogonalViewsDrawTheKindsInEveryPlane()
	{
		final ImagePlus imp = blackStack(20, 16, 6);
		// through the spurious object: x 11, y 9, slice 4 (z 3)
		final BufferedImage v = map().draw(DrawMode.FILL).overlay().orthogonalViews(imp, 11, 9, 3, 1);
		final int spurious = ErrorKind.SPURIOUS.color().getRGB();
		// xy (12, 10), yz (column 20 + 4 + 4 = z 4 → 28, y 10), xz (x 12, row 16 + 4 + 4)
		for (final int[] p : new int[][] { { 12, 10 }, { 28, 10 }, { 12, 24 } })
		{
			final int rgb = v.getRGB(p[0], p[1]);
			assertTrue(((rgb >> 16) & 0xff) > 40 && ((rgb >> 16) & 0xff) > 2 * (rgb & 0xff), "spurious (orange) fill at " + p[0] + "," + p[1] + ": " + Integer.toHexString(rgb) + " vs " + Integer.toHexString(spurious));
		}
	}
}
