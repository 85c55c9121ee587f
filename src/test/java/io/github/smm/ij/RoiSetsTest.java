package io.github.smm.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.gui.Line;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.io.RoiEncoder;
import io.github.smm.io.FormatException;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

class RoiSetsTest
{
	@TempDir
	Path dir;

	private void zip(final Path zip, final String[] names, final byte[][] contents) throws IOException
	{
		try (OutputStream f = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(f))
		{
			for (int i = 0; i < names.length; i++)
			{
				out.putNextEntry(new ZipEntry(names[i]));
				out.write(contents[i]);
				out.closeEntry();
			}
		}
	}

	@Test
	void writeThenReadKeepsPixelsNamesPropertiesAndPositions() throws IOException
	{
		final List<Roi> rois = new ArrayList<>(RoisTest.shapes());
		for (int i = 0; i < rois.size(); i++)
		{
			rois.get(i).setName(i % 3 == 0 ? null : "roi " + i % 4);
			rois.get(i).setProperty(Rois.SCORE, Double.toString(i / 10.0));
			rois.get(i).setProperty(Rois.CLASS, Integer.toString(i % 2));
			rois.get(i).setPosition(i);
		}
		final Path zip = dir.resolve("RoiSet.zip");
		RoiSets.write(zip, rois);
		final List<Roi> back = RoiSets.read(zip);
		assertEquals(rois.size(), back.size());
		for (int i = 0; i < rois.size(); i++)
		{
			assertEquals(Rois.mask(rois.get(i)), Rois.mask(back.get(i)), "ROI " + i);
			assertEquals(rois.get(i).getProperty(Rois.SCORE), back.get(i).getProperty(Rois.SCORE));
			assertEquals(rois.get(i).getProperty(Rois.CLASS), back.get(i).getProperty(Rois.CLASS));
			assertEquals(i, back.get(i).getPosition());
		}
		assertEquals("roi 1", back.get(1).getName());
		assertEquals("0003-0002", back.get(0).getName(), "an unnamed ROI takes its entry name, yyyy-xxxx of its corner");
		final List<String> entries = new ArrayList<>();
		try (ZipFile z = new ZipFile(zip.toFile()))
		{
			z.stream().forEach(e -> entries.add(e.getName()));
		}
		assertEquals(rois.size(), entries.size());
		assertEquals("roi 1.roi", entries.get(1));
		assertEquals("roi 1-2.roi", entries.get(5), "a repeated name gets a suffix");
		assertEquals("roi 1", back.get(5).getName(), "the ROI keeps its own name");
	}

	@Test
	void instancesRoundTripThroughARoiSet() throws IOException
	{
		final List<Instance> instances = List.of(new Instance(7, RleMask.rectangle(new io.github.smm.model.Box(0, 0, 3, 2)), 0.75, 2, null, Instance.NO_TILE), new Instance(9, Rois.mask(new OvalRoi(10, 10, 9, 13)), 0.5, 1, null, Instance.NO_TILE));
		final Path zip = dir.resolve("out.zip");
		RoiSets.write(zip, Rois.fromInstances(instances));
		final RoiImport back = RoiSets.readInstances(zip, 7);
		assertTrue(back.warnings().isEmpty());
		for (int i = 0; i < instances.size(); i++)
		{
			final Instance a = instances.get(i), b = back.instances().get(i);
			assertEquals(a.mask(), b.mask());
			assertEquals(a.score(), b.score());
			assertEquals(a.classId(), b.classId());
		}
		assertEquals("instance-9", RoiSets.read(zip).get(1).getName());
	}

	@Test
	void corruptEntryNamesZipAndEntry() throws IOException
	{
		final byte[] good = RoiEncoder.saveAsByteArray(new OvalRoi(1, 1, 5, 5));
		final Path zip = dir.resolve("bad.zip");
		zip(zip, new String[] { "a.roi", "broken.roi" }, new byte[][] { good, { 1, 2, 3, 4, 5, 6, 7, 8 } });
		FormatException e = assertThrows(FormatException.class, () -> RoiSets.read(zip));
		assertTrue(e.getMessage().contains("bad.zip") && e.getMessage().contains("entry broken.roi"), e.getMessage());
		zip(zip, new String[] { "a.roi", "cut.roi" }, new byte[][] { good, Arrays.copyOf(good, 40) });
		e = assertThrows(FormatException.class, () -> RoiSets.read(zip));
		assertTrue(e.getMessage().contains("bad.zip") && e.getMessage().contains("entry cut.roi"), e.getMessage());
		zip(zip, new String[] { "a.roi", "notes.txt" }, new byte[][] { good, "hello".getBytes() });
		e = assertThrows(FormatException.class, () -> RoiSets.read(zip));
		assertTrue(e.getMessage().contains("entry notes.txt") && e.getMessage().contains("not a .roi"), e.getMessage());
	}

	@Test
	void notAZipIsNamed() throws IOException
	{
		final Path zip = dir.resolve("fake.zip");
		Files.write(zip, "this is not a zip".getBytes());
		final FormatException e = assertThrows(FormatException.class, () -> RoiSets.read(zip));
		assertTrue(e.getMessage().contains("fake.zip") && e.getMessage().contains("not a readable zip"), e.getMessage());
	}

	@Test
	void badRoiInASetNamesZipAndEntry() throws IOException
	{
		final Path zip = dir.resolve("set.zip");
		final Roi line = new Line(0, 0, 4, 4);
		line.setName("stroke");
		RoiSets.write(zip, List.of(new ShapeRoi(new Roi(0, 0, 3, 3)), line));
		final FormatException e = assertThrows(FormatException.class, () -> RoiSets.readInstances(zip, 0));
		assertTrue(e.getMessage().contains("set.zip, entry stroke.roi") && e.getMessage().contains("no area"), e.getMessage());
	}
}
