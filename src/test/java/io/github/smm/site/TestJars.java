package io.github.smm.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small jars for tests. */
final class TestJars
{
	private TestJars()
	{}

	/** Writes a jar with the given entries (in the map's order) dated {@code minutes} after 2020. */
	static Path jar(final Path file, final Map<String, String> entries, final int minutes) throws IOException
	{
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out))
		{
			for (final Map.Entry<String, String> e : entries.entrySet())
			{
				final ZipEntry entry = new ZipEntry(e.getKey());
				entry.setLastModifiedTime(FileTime.fromMillis(1577836800000L + 60000L * minutes));
				zip.putNextEntry(entry);
				zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return file;
	}
}
