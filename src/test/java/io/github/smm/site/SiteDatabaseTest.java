package io.github.smm.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing and reading {@code db.xml.gz}. */
class SiteDatabaseTest
{
	private static final String A = "57d6422ab14e79e9f8d98495a0999eed3797a3c7";

	private static final String B = "85970f95d8616127ab834e4d95c9a758f2420848";

	@TempDir
	Path tmp;

	static FileRecord plugin()
	{
		return new FileRecord("plugins/Foo_-0.2.0.jar", new FileVersion(A, 20260102030405L, 1234), "Merges <masks> & \"tiles\"",
			List.of(new Dependency("jars/ij.jar", 20260102030405L)), List.of("https://example.org/foo"), List.of("Ann", "Bob"),
			List.of(new PreviousVersion("plugins/Foo_-0.1.0.jar", B, 20250101000000L, 20260102030405L)));
	}

	@Test
	void writesTheFormatFijiReads()
	{
		final String expected = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" //
			+ "<pluginRecords>\n" //
			+ "    <plugin filename=\"plugins/Foo_-0.2.0.jar\">\n" //
			+ "        <version checksum=\"" + A + "\" timestamp=\"20260102030405\" filesize=\"1234\">\n" //
			+ "            <description>Merges &lt;masks&gt; &amp; &quot;tiles&quot;</description>\n" //
			+ "            <dependency filename=\"jars/ij.jar\" timestamp=\"20260102030405\"/>\n" //
			+ "            <link>https://example.org/foo</link>\n" //
			+ "            <author>Ann</author>\n" //
			+ "            <author>Bob</author>\n" //
			+ "        </version>\n" //
			+ "        <previous-version timestamp=\"20250101000000\" timestamp-obsolete=\"20260102030405\" checksum=\"" + B
			+ "\" filename=\"plugins/Foo_-0.1.0.jar\"/>\n" //
			+ "    </plugin>\n" //
			+ "</pluginRecords>\n";
		assertEquals(expected, SiteDatabase.toXml(List.of(plugin())));
	}

	@Test
	void readsBackWhatItWroteByteForByteTheSame() throws IOException
	{
		final FileRecord removed = new FileRecord("macros/old.ijm", null, null, List.of(), List.of(), List.of(),
			List.of(new PreviousVersion("macros/old.ijm", B, 20240101000000L, 20250101000000L)));
		final List<FileRecord> records = List.of(plugin(), removed);
		final Path db = tmp.resolve("db.xml.gz");
		SiteDatabase.write(records, db);
		final byte[] first = Files.readAllBytes(db);
		assertEquals(records, SiteDatabase.read(db));
		SiteDatabase.write(SiteDatabase.read(db), db);
		assertArrayEquals(first, Files.readAllBytes(db), "the same records give the same bytes");
	}

	@Test
	void readsFijiStyleIndexWithDoctypeAndUnnamedPreviousVersions() throws IOException
	{
		final String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE pluginRecords [\n<!ELEMENT pluginRecords (plugin*)>\n]>\n" //
			+ "<pluginRecords><plugin filename=\"jars/x-2.0.jar\">" //
			+ "<version checksum=\"" + A + "\" timestamp=\"20260101000000\" filesize=\"5\"/>" //
			+ "<previous-version timestamp=\"20240101000000\" checksum=\"" + B + "\"/>" //
			+ "<previous-version timestamp=\"20250101000000\" checksum=\"" + B + "\" filename=\"jars/x-1.0.jar\"/>" //
			+ "</plugin></pluginRecords>";
		final FileRecord r = SiteDatabase.read(gzip(xml)).get(0);
		assertEquals(new FileVersion(A, 20260101000000L, 5), r.current);
		assertEquals("jars/x-1.0.jar", r.previous.get(0).filename, "an unnamed version takes the name of the next newer one");
		assertEquals(0, r.previous.get(0).timestampObsolete);
	}

	@Test
	void refusesWhatItCannotCarryForwardNamingTheFile() throws IOException
	{
		final String xml = "<pluginRecords><plugin filename=\"jars/x.jar\"><platform>linux64</platform></plugin></pluginRecords>";
		final UpdateSiteException e = assertThrows(UpdateSiteException.class, () -> SiteDatabase.read(gzip(xml)));
		assertTrue(e.getMessage().contains("jars/x.jar") && e.getMessage().contains("<platform>"), e.getMessage());
	}

	@Test
	void refusesBadChecksumsTimestampsAndNonGzipFiles() throws IOException
	{
		final String badChecksum = "<pluginRecords><plugin filename=\"a/b.txt\"><version checksum=\"XYZ\" timestamp=\"20260101000000\" filesize=\"1\"/></plugin></pluginRecords>";
		assertTrue(assertThrows(UpdateSiteException.class, () -> SiteDatabase.read(gzip(badChecksum))).getMessage().contains("a/b.txt"));
		final String badTime = "<pluginRecords><plugin filename=\"a/b.txt\"><version checksum=\"" + A + "\" timestamp=\"20261399000000\" filesize=\"1\"/></plugin></pluginRecords>";
		assertTrue(assertThrows(UpdateSiteException.class, () -> SiteDatabase.read(gzip(badTime))).getMessage().contains("20261399000000"));
		final Path plain = Files.writeString(tmp.resolve("plain.gz"), "<pluginRecords/>");
		assertThrows(UpdateSiteException.class, () -> SiteDatabase.read(plain));
	}

	private Path gzip(final String xml) throws IOException
	{
		final Path file = tmp.resolve("in.xml.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file)))
		{
			out.write(xml.getBytes(StandardCharsets.UTF_8));
		}
		return file;
	}
}
