package io.github.smm.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The index of an update site, {@code db.xml.gz}: gzipped XML with root {@code <pluginRecords>}
 * and one {@code <plugin filename="…">} per {@link FileRecord}. Written byte-for-byte
 * deterministically (fixed element and attribute order, no dates in the gzip header), so the same
 * records always give the same file.
 */
public final class SiteDatabase
{
	/** The index's file name inside a site folder. */
	public static final String FILE_NAME = "db.xml.gz";

	private static final String INDENT = "    ";

	private SiteDatabase()
	{}

	/** Reads a site's {@code db.xml.gz}. */
	public static List<FileRecord> read(final Path dbXmlGz) throws IOException
	{
		if (!Files.isRegularFile(dbXmlGz))
			throw new UpdateSiteException(dbXmlGz.toString(), "no such file; a site folder must hold " + FILE_NAME);
		try (InputStream in = new GZIPInputStream(Files.newInputStream(dbXmlGz)))
		{
			return SiteDatabaseReader.parse(in, dbXmlGz.toString());
		}
		catch (final ZipException e)
		{
			throw new UpdateSiteException(dbXmlGz.toString(), "not gzipped (" + e.getMessage() + ")");
		}
	}

	/** Writes {@code records}, in the given order, as a gzipped index. */
	public static void write(final List<FileRecord> records, final Path dbXmlGz) throws IOException
	{
		Files.write(dbXmlGz, gzip(toXml(records).getBytes(StandardCharsets.UTF_8)));
	}

	/** The uncompressed XML of an index listing {@code records} in the given order. */
	public static String toXml(final List<FileRecord> records)
	{
		final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pluginRecords>\n");
		for (final FileRecord r : records)
			appendRecord(xml, r);
		return xml.append("</pluginRecords>\n").toString();
	}

	private static void appendRecord(final StringBuilder xml, final FileRecord r)
	{
		xml.append(INDENT).append("<plugin filename=\"").append(escape(r.filename)).append("\">\n");
		if (r.current != null)
		{
			final String in = INDENT + INDENT;
			xml.append(in).append("<version checksum=\"").append(r.current.checksum).append("\" timestamp=\"").append(r.current.timestamp).append("\" filesize=\"")
				.append(r.current.filesize).append("\">\n");
			final String in3 = in + INDENT;
			if (r.description != null)
				xml.append(in3).append("<description>").append(escape(r.description)).append("</description>\n");
			for (final Dependency d : r.dependencies)
				xml.append(in3).append("<dependency filename=\"").append(escape(d.filename)).append("\" timestamp=\"").append(d.timestamp).append("\"/>\n");
			for (final String link : r.links)
				xml.append(in3).append("<link>").append(escape(link)).append("</link>\n");
			for (final String author : r.authors)
				xml.append(in3).append("<author>").append(escape(author)).append("</author>\n");
			xml.append(in).append("</version>\n");
		}
		for (final PreviousVersion p : r.previous)
		{
			xml.append(INDENT + INDENT).append("<previous-version timestamp=\"").append(p.timestamp).append("\" timestamp-obsolete=\"").append(p.timestampObsolete)
				.append("\" checksum=\"").append(p.checksum).append("\" filename=\"").append(escape(p.filename)).append("\"/>\n");
		}
		xml.append(INDENT).append("</plugin>\n");
	}

	/** XML-escapes text for element content and double-quoted attributes. */
	static String escape(final String text)
	{
		final StringBuilder s = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++)
		{
			final char c = text.charAt(i);
			switch (c)
			{
				case '&':
					s.append("&amp;");
					break;
				case '<':
					s.append("&lt;");
					break;
				case '>':
					s.append("&gt;");
					break;
				case '"':
					s.append("&quot;");
					break;
				default:
					if (c < 0x20 && c != '\n' && c != '\t')
						throw new UpdateSiteException("text '" + text + "'", "contains control character " + (int) c + ", which XML cannot hold");
					s.append(c);
			}
		}
		return s.toString();
	}

	private static byte[] gzip(final byte[] data) throws IOException
	{
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream out = new GZIPOutputStream(bytes))
		{
			out.write(data);
		}
		return bytes.toByteArray();
	}
}
