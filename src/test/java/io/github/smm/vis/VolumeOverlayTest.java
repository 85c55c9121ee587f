package io.github.smm.vis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.process.ByteProcessor;
import io.github.smm.model.Instance;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VolumeMask;

/** 3D objects slice by slice: ROIs on their slices in the 2D colours, and the orthogonal views. */
class VolumeOverlayTest
{
	/** Object 3: a 4 × 4 × 2 box at (2, 2, 1); object 8: a 3 × 3 × 3 cube at (10, 8, 2). */
	private static final List<VolumeInstance> OBJECTS = List.of(new VolumeInstance(3, VolumeMask.box(Box3.ofSize(2, 2, 1, 4, 4, 2)), 0.9, 0, null, VolumeInstance.NO_BLOCK),
			new VolumeInstance(8, VolumeMask.box(Box3.ofSize(10, 8, 2, 3, 3, 3)), 0.4, 1, null, VolumeInstance.NO_BLOCK));

	private static ImagePlus blackStack(final int w, final int h, final int d)
	{
		final ImageStack stack = new ImageStack(w, h);
		for (int z = 0; z < d; z++)
			stack.addSlice(new ByteProcessor(w, h));
		return new ImagePlus("stack", stack);
	}

	@Test
	void sectionsSitOnTheirSlicesInThe2DColours()
	{
		final Overlay o = VolumeOverlay.of(OBJECTS).build(20, 16, 6);
		final int[] perSlice = new int[7];
		for (final Roi r : o.toArray())
		{
			perSlice[r.getPosition()]++;
			final long id = Long.parseLong(r.getName().substring("instance-".length()));
			assertEquals(Palette.distinct(id), r.getStrokeColor(), "cluster colour of object " + id + ", as in 2D");
			final long z = r.getPosition() - 1;
			assertTrue(OBJECTS.stream().anyMatch(v -> v.id() == id && z >= v.box().minZ && z < v.box().maxZ), r.getName() + " on slice " + r.getPosition());
		}
		assertEquals(List.of(0, 0, 1, 2, 1, 1, 0), java.util.Arrays.stream(perSlice).boxed().collect(java.util.stream.Collectors.toList()));
		// the same slice drawn by the 2D overlay gives the same shapes
		final Overlay flat = MergeOverlay.of(List.of(new Instance(3, OBJECTS.get(0).mask().slice(2), 0.9, 0, null, Instance.NO_TILE),
				new Instance(8, OBJECTS.get(1).mask().slice(2), 0.4, 1, null, Instance.NO_TILE))).build(20, 16);
		final List<Roi> slice3 = java.util.Arrays.stream(o.toArray()).filter(r -> r.getPosition() == 3).collect(java.util.stream.Collectors.toList());
		assertEquals(flat.size(), slice3.size());
		for (int k = 0; k < flat.size(); k++)
		{
			assertEquals(flat.get(k).getName(), slice3.get(k).getName());
			assertEquals(flat.get(k).getBounds(), slice3.get(k).getBounds());
		}
	}

	@Test
	void orthogonalViewsShowTheThreePlanes()
	{
		final ImagePlus imp = blackStack(20, 16, 6);
		// through object 8: x 11, y 9, z 3; z drawn 2 pixels per slice
		final BufferedImage v = VolumeOverlay.of(OBJECTS).draw(DrawMode.FILL).orthogonalViews(imp, 11, 9, 3, 2);
		assertEquals(20 + 4 + 6 * 2, v.getWidth());
		assertEquals(16 + 4 + 6 * 2, v.getHeight());
		// inside object 8 in each view (xy (12, 10); yz (z 3 → column 24 + 7, y 10); xz (x 12, z 3 → row 20 + 7)), away from the crosshair
		for (final int[] p : new int[][] { { 12, 10 }, { 24 + 7, 10 }, { 12, 20 + 7 } })
			assertTrue((v.getRGB(p[0], p[1]) & 0xffffff) != 0, "object 8 drawn at " + p[0] + "," + p[1]);
		// object 3 is not in slice 4 (z 3) nor in row 9 nor column 11
		assertEquals(0, v.getRGB(3, 3) & 0xffffff, "object 3 is not on the xy plane");
		assertThrows(IllegalArgumentException.class, () -> VolumeOverlay.of(OBJECTS).orthogonalViews(imp, 20, 0, 0, 1));
		assertThrows(IllegalArgumentException.class, () -> VolumeOverlay.of(OBJECTS).showOn(blackStack(12, 16, 6)), "object 8 reaches x 12");
	}
}
