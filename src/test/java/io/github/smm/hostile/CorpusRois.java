package io.github.smm.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import ij.gui.Line;
import ij.gui.PointRoi;
import ij.gui.Roi;
import ij.io.RoiEncoder;
import io.github.smm.ij.RoiSets;

/** Hostile ROI sets (RoiSet.zip): not a zip, broken entries, bad CRCs, a zip bomb, ROIs a mask cannot be made of. */
final class CorpusRois
{
	private static byte[] bomb;

	private CorpusRois()
	{}

	private static Roi rect(final int x, final int y, final int w, final int h, final String name, final String score)
	{
		final Roi r = new Roi(x, y, w, h);
		r.setName(name);
		if (score != null)
			r.setProperty("score", score);
		return r;
	}

	private interface Entries
	{
		void write(ZipOutputStream z) throws IOException;
	}

	private static HostileCase.Content zip(final Entries e)
	{
		return f -> {
			final ByteArrayOutputStream b = new ByteArrayOutputStream();
			try (ZipOutputStream z = new ZipOutputStream(b))
			{
				e.write(z);
			}
			Files.write(f, b.toByteArray());
		};
	}

	private static HostileCase.Content rois(final Roi... rois)
	{
		return f -> RoiSets.write(f, List.of(rois));
	}

	private static void entry(final ZipOutputStream z, final String name, final byte[] bytes) throws IOException
	{
		z.putNextEntry(new ZipEntry(name));
		z.write(bytes);
		z.closeEntry();
	}

	/** A STORED entry whose CRC is wrong. */
	private static HostileCase.Content badCrc()
	{
		return f -> {
			final byte[] roi = RoiEncoder.saveAsByteArray(rect(1, 1, 4, 4, "a", null));
			final ByteArrayOutputStream b = new ByteArrayOutputStream();
			try (ZipOutputStream z = new ZipOutputStream(b))
			{
				final ZipEntry e = new ZipEntry("a.roi");
				e.setMethod(ZipEntry.STORED);
				e.setSize(roi.length);
				final CRC32 crc = new CRC32();
				crc.update(roi);
				e.setCrc(crc.getValue());
				z.putNextEntry(e);
				z.write(roi);
				z.closeEntry();
			}
			final byte[] all = b.toByteArray();
			// corrupt the entry's data after the local header (30 bytes + name): the stored CRC no longer matches
			all[30 + 5 + 10] ^= 0x55;
			Files.write(f, all);
		};
	}

	/** One deflated entry of 1.5 GB of zeros (about 1.5 MB on disk). */
	private static synchronized byte[] bomb()
	{
		if (bomb == null)
		{
			try
			{
				final ByteArrayOutputStream b = new ByteArrayOutputStream();
				try (ZipOutputStream z = new ZipOutputStream(b))
				{
					z.setLevel(9);
					z.putNextEntry(new ZipEntry("huge.roi"));
					final byte[] zeros = new byte[1 << 20];
					for (int i = 0; i < 1500; i++)
						z.write(zeros);
					z.closeEntry();
				}
				bomb = b.toByteArray();
			}
			catch (final IOException e)
			{
				throw new UncheckedIOException(e);
			}
		}
		return bomb;
	}

	private static Object[][] broken()
	{
		return new Object[][] {
				{ "not a zip", CorpusCoco.text("PK but not really a zip file") },
				{ "empty file", CorpusCoco.text("") },
				{ "a text entry", zip(z -> entry(z, "readme.txt", "hello".getBytes(StandardCharsets.UTF_8))) },
				{ "a truncated ROI", zip(z -> entry(z, "a.roi", java.util.Arrays.copyOf(RoiEncoder.saveAsByteArray(rect(1, 1, 4, 4, "a", null)), 20))) },
				{ "a ROI of random bytes", zip(z -> entry(z, "a.roi", "Iout0000000000000000000000000000000000000000000000000000000000000000".getBytes(StandardCharsets.US_ASCII))) },
				{ "bad CRC", badCrc() },
				{ "zip bomb", (HostileCase.Content) f -> Files.write(f, bomb()) },
				{ "score NaN", rois(rect(1, 1, 4, 4, "a", "NaN")) },
				{ "score negative", rois(rect(1, 1, 4, 4, "a", "-1")) },
				{ "score text", rois(rect(1, 1, 4, 4, "a", "high")) },
				{ "a line ROI", rois(new Line(1, 1, 9, 9)) },
				{ "a point ROI", rois(new PointRoi(3, 3)) },
				{ "duplicate entry names", zip(z -> { entry(z, "a.roi", RoiEncoder.saveAsByteArray(rect(1, 1, 4, 4, "a", null))); entry(z, "b/../a.roi", new byte[3]); }) } };
	}

	static void add(final List<HostileCase> cases)
	{
		for (final Object[] c : broken())
		{
			final String name = (String) c[0];
			final HostileCase.Content content = (HostileCase.Content) c[1];
			cases.add(HostileCase.error(name, "Merge ROIs", "rois={dir}/bad.zip,output_rois={dir}/out.zip", "bad.zip").file("bad.zip", content));
			cases.add(HostileCase.error(name, "Evaluate Segmentation", "prediction={dir}/bad.zip,ground_truth={dir}/gt.zip", "bad.zip").file("bad.zip", content)
					.file("gt.zip", rois(rect(1, 1, 4, 4, "a", null))));
		}
		for (final int[] far : new int[][] { { 100_000_000, 100_000_000 }, { -300, -300 } })
		{
			// without an image, ROIs have no bounds: an object far away is merged as given, and scored as a false positive
			cases.add(HostileCase.valid("a ROI at " + far[0], "Merge ROIs", "rois={dir}/in.zip,output_rois={dir}/out.zip",
					(d, s) -> assertEquals(far[0], RoiSets.read(d.resolve("out.zip")).get(0).getBounds().x, s)).file("in.zip", rois(rect(far[0], far[1], 5, 5, "far", null))));
			cases.add(HostileCase.valid("a ROI at " + far[0], "Evaluate Segmentation", "prediction={dir}/in.zip,ground_truth={dir}/gt.zip",
					(d, s) -> org.junit.jupiter.api.Assertions.assertTrue(s.contains("TP 0, FP 1, FN 1"), s))
					.file("in.zip", rois(rect(far[0], far[1], 5, 5, "far", null))).file("gt.zip", rois(rect(1, 1, 4, 4, "a", null))));
		}
		cases.add(HostileCase.error("32767 x 32767 ROI into a label image", "Merge ROIs", "rois={dir}/big.zip,output_labels={dir}/out.tif", "label image", "32767 x 32767", "heap")
				.file("big.zip", rois(rect(0, 0, 32767, 32767, "huge", null))));
		cases.add(HostileCase.valid("empty zip", "Merge ROIs", "rois={dir}/in.zip,output_rois={dir}/out.zip", (d, s) -> assertEquals(0, RoiSets.read(d.resolve("out.zip")).size()))
				.file("in.zip", zip(z -> {})));
		cases.add(HostileCase.valid("two overlapping and one apart", "Merge ROIs", "rois={dir}/in.zip,output_rois={dir}/out.zip,overlap_measure=ios",
				(d, s) -> assertEquals(2, RoiSets.read(d.resolve("out.zip")).size(), s))
				.file("in.zip", rois(rect(2, 2, 8, 8, "a", "0.9"), rect(4, 2, 8, 8, "b", "0.8"), rect(20, 20, 5, 5, "c", "0.7"))));
		cases.add(HostileCase.valid("duplicate names", "Merge ROIs", "rois={dir}/in.zip,output_rois={dir}/out.zip",
				(d, s) -> assertEquals(2, RoiSets.read(d.resolve("out.zip")).size(), s))
				.file("in.zip", rois(rect(2, 2, 4, 4, "same", null), rect(20, 20, 4, 4, "same", null))));
	}
}
