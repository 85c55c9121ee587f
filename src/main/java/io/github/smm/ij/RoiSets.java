package io.github.smm.ij;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import ij.gui.Roi;
import ij.io.RoiDecoder;
import ij.io.RoiEncoder;
import io.github.smm.io.FormatException;

/**
 * ImageJ ROI sets ({@code RoiSet.zip}, as the ROI Manager saves them): a zip with one
 * {@code .roi} entry per ROI, decoded and encoded by ImageJ's own {@link RoiDecoder} and
 * {@link RoiEncoder}. An unnamed ROI takes its entry name (without {@code .roi}), as in
 * the ROI Manager.
 */
public final class RoiSets
{
	private RoiSets()
	{}

	/** A decoded entry: its name and its ROI. */
	static final class Entry
	{
		final String name;
		final Roi roi;

		Entry(final String name, final Roi roi)
		{
			this.name = name;
			this.roi = roi;
		}
	}

	/**
	 * The ROIs of a ROI set, in entry order.
	 *
	 * @throws FormatException naming the zip when it is not a zip, or the zip and entry of an
	 *             entry that is not a {@code .roi} file or cannot be decoded
	 */
	public static List<Roi> read(final Path zip) throws IOException
	{
		final List<Roi> out = new ArrayList<>();
		for (final Entry e : entries(zip))
			out.add(e.roi);
		return out;
	}

	/**
	 * The instances of a ROI set (see {@link Rois}); entry {@code i} gets id
	 * {@code firstId + i}.
	 *
	 * @throws FormatException naming the zip and entry of the first bad ROI
	 */
	public static RoiImport readInstances(final Path zip, final long firstId) throws IOException
	{
		final List<Entry> entries = entries(zip);
		final List<RoiInstance> out = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++)
			out.add(Rois.toInstance(entries.get(i).roi, firstId + i, zip + ", entry " + entries.get(i).name));
		return new RoiImport(out);
	}

	static List<Entry> entries(final Path zip) throws IOException
	{
		final List<Entry> out = new ArrayList<>();
		try (ZipFile file = new ZipFile(zip.toFile()))
		{
			final Enumeration<? extends ZipEntry> entries = file.entries();
			while (entries.hasMoreElements())
			{
				final ZipEntry entry = entries.nextElement();
				if (entry.isDirectory())
					continue;
				out.add(new Entry(entry.getName(), decode(file, entry, zip)));
			}
		}
		catch (final ZipException e)
		{
			throw new FormatException(zip + ": not a readable zip file (" + e.getMessage() + ")", e);
		}
		return out;
	}

	private static Roi decode(final ZipFile file, final ZipEntry entry, final Path zip) throws IOException
	{
		final String where = zip + ", entry " + entry.getName();
		if (!entry.getName().toLowerCase(Locale.ROOT).endsWith(".roi"))
			throw new FormatException(where + ": not a .roi file");
		final long limit = io.github.smm.io.Limits.maxEntryBytes();
		if (entry.getSize() > limit)
			throw new FormatException(where + ": " + entry.getSize() + " bytes uncompressed, more than the limit of " + limit + " for one ROI (raise it with -D" + io.github.smm.io.Limits.MAX_ENTRY_BYTES + "=N)");
		final byte[] bytes;
		try (InputStream in = file.getInputStream(entry))
		{
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		}
		catch (final ZipException e)
		{
			throw new FormatException(where + ": corrupt zip entry (" + e.getMessage() + ")", e);
		}
		if (bytes.length > limit)
			throw new FormatException(where + ": more than " + limit + " bytes uncompressed (a zip bomb?), the limit for one ROI (raise it with -D" + io.github.smm.io.Limits.MAX_ENTRY_BYTES + "=N)");
		final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(bytes);
		if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc())
			throw new FormatException(where + ": CRC mismatch, the zip entry is corrupt");
		final String base = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
		final Roi roi;
		try
		{
			roi = new RoiDecoder(bytes, base).getRoi();
		}
		catch (final IOException | RuntimeException e)
		{
			throw new FormatException(where + ": not a valid ImageJ ROI (" + e + ")", e);
		}
		if (roi == null)
			throw new FormatException(where + ": not a valid ImageJ ROI");
		return roi;
	}

	/**
	 * Writes a ROI set that ImageJ's ROI Manager opens. Entry names are the ROI names (or
	 * {@code yyyy-xxxx} from the top-left corner for unnamed ROIs) with {@code /} and
	 * {@code \} replaced by {@code _}, made unique by a {@code -2}, {@code -3}, ... suffix.
	 */
	public static void write(final Path zip, final List<Roi> rois) throws IOException
	{
		io.github.smm.io.AtomicFiles.writeBytes(zip, file -> writeEntries(file, rois));
	}

	private static void writeEntries(final OutputStream file, final List<Roi> rois) throws IOException
	{
		final Set<String> used = new HashSet<>();
		try (ZipOutputStream out = new ZipOutputStream(file))
		{
			for (int i = 0; i < rois.size(); i++)
			{
				final Roi roi = rois.get(i);
				final byte[] bytes = RoiEncoder.saveAsByteArray(roi);
				if (bytes == null)
					throw new IOException("ImageJ could not encode ROI " + i + " " + Rois.describe(roi));
				out.putNextEntry(new ZipEntry(uniqueName(roi, used)));
				out.write(bytes);
				out.closeEntry();
			}
		}
	}

	private static String uniqueName(final Roi roi, final Set<String> used)
	{
		String base = roi.getName();
		if (base == null || base.isEmpty())
			base = String.format(Locale.ROOT, "%04d-%04d", roi.getBounds().y, roi.getBounds().x);
		base = base.replace('/', '_').replace('\\', '_');
		String name = base;
		for (int k = 2; !used.add(name.toLowerCase(Locale.ROOT)); k++)
			name = base + "-" + k;
		return name + ".roi";
	}
}
