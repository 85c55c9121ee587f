package io.github.smm.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.gui.Roi;
import io.github.smm.io.FormatException;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VolumeMaskBuilder;

/** 3D objects as per-slice ROI sets and back. */
class VolumeRoisTest
{
	/** Object 4: a 3 × 2 × 3 box with a notch on its middle slice; object 9: one 2 × 2 square on slice 6 (z 5). */
	private static List<VolumeInstance> objects()
	{
		final VolumeMaskBuilder b = new VolumeMaskBuilder();
		for (long z = 1; z < 4; z++)
			for (long y = 2; y < 4; y++)
				b.addRun(z, y, 5, z == 2 && y == 3 ? 6 : 8);
		return List.of(new VolumeInstance(4, b.build(), 0.75, 2, null, VolumeInstance.NO_BLOCK),
				new VolumeInstance(9, VolumeMask.box(Box3.ofSize(0, 0, 5, 2, 2, 1)), 0.5, 0, null, VolumeInstance.NO_BLOCK));
	}

	@Test
	void objectsGoOutPerSliceUnderOneNameAndComeBack(@TempDir final Path dir) throws Exception
	{
		final List<Roi> rois = VolumeRois.fromObjects(objects());
		assertEquals(4, rois.size(), "three slices of object 4, one of object 9");
		assertEquals(List.of("object-4", "object-4", "object-4", "object-9"), rois.stream().map(Roi::getName).collect(java.util.stream.Collectors.toList()));
		assertEquals(List.of(2, 3, 4, 6), rois.stream().map(Roi::getPosition).collect(java.util.stream.Collectors.toList()));
		assertEquals("0.75", rois.get(1).getProperty(Rois.SCORE));
		final Path zip = dir.resolve("objects.zip");
		RoiSets.write(zip, rois);
		final List<VolumeInstance> back = VolumeRois.toObjects(RoiSets.read(zip), 1);
		assertEquals(2, back.size());
		for (int k = 0; k < 2; k++)
		{
			assertEquals(objects().get(k).id(), back.get(k).id());
			assertEquals(objects().get(k).mask(), back.get(k).mask());
			assertEquals(objects().get(k).score(), back.get(k).score());
			assertEquals(objects().get(k).classId(), back.get(k).classId());
		}
	}

	@Test
	void badRoiSetsAreNamed()
	{
		final Roi unnamed = new Roi(0, 0, 2, 2);
		unnamed.setPosition(1);
		assertTrue(assertThrows(FormatException.class, () -> VolumeRois.toObjects(List.of(unnamed), 1)).getMessage().contains("ROI 0 (unnamed"));
		final Roi nowhere = new Roi(0, 0, 2, 2);
		nowhere.setName("object-1");
		assertTrue(assertThrows(FormatException.class, () -> VolumeRois.toObjects(List.of(nowhere), 1)).getMessage().contains("ROI 0 'object-1': a 3D ROI set puts every ROI on one slice"));
		final List<Roi> rois = VolumeRois.fromObjects(objects());
		rois.get(2).setProperty(Rois.SCORE, "0.1");
		assertTrue(assertThrows(FormatException.class, () -> VolumeRois.toObjects(rois, 1)).getMessage().startsWith("ROIs 'object-4': score 0.1"));
		final Roi other = new Roi(0, 0, 2, 2);
		other.setName("cell A");
		other.setPosition(2);
		assertEquals(List.of(1L, 2L), VolumeRois.toObjects(List.of(other, VolumeRois.fromObjects(objects()).get(0)), 1).stream().map(VolumeInstance::id)
				.collect(java.util.stream.Collectors.toList()), "names not all object-<id>: ids in order");
	}
}
