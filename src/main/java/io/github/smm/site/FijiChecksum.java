package io.github.smm.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The SHA-1 checksum Fiji's updater records for a file, as lower-case hex. It depends on where
 * the file stands in a Fiji installation ({@code sitePath}, e.g. {@code macros/merge.ijm}):
 * <ul>
 * <li>a file whose path ends in {@code .jar} is hashed by content only: its entries sorted by
 * name, each contributing its name then its bytes, except that {@code META-INF/MANIFEST.MF}
 * contributes only its name and {@code *.properties} entries skip comment lines (see
 * {@link PropertiesComments}); entry dates and order in the archive do not matter;</li>
 * <li>any other file: the path (ASCII) followed by the file's bytes.</li>
 * </ul>
 */
public final class FijiChecksum
{
	static final String MANIFEST = "META-INF/MANIFEST.MF";

	private FijiChecksum()
	{}

	/** The updater's checksum of {@code file} installed at {@code sitePath}. */
	public static String of(final String sitePath, final Path file) throws IOException
	{
		return sitePath.endsWith(".jar") ? ofJar(file) : ofPlainFile(sitePath, file);
	}

	/** The checksum of a jar, which does not depend on its path. */
	public static String ofJar(final Path jar) throws IOException
	{
		final MessageDigest digest = sha1();
		try (ZipFile zip = new ZipFile(jar.toFile()))
		{
			final List<ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
			entries.sort(Comparator.comparing(ZipEntry::getName));
			for (final ZipEntry entry : entries)
			{
				final String name = entry.getName();
				digest.update(name.getBytes(StandardCharsets.US_ASCII));
				if (name.equals(MANIFEST))
					continue;
				try (InputStream in = zip.getInputStream(entry))
				{
					if (name.endsWith(".properties"))
						PropertiesComments.digest(in, digest);
					else
						update(digest, in);
				}
			}
		}
		catch (final ZipException e)
		{
			throw new UpdateSiteException(jar.toString(), "not a readable jar (" + e.getMessage() + ")");
		}
		return hex(digest.digest());
	}

	/** The checksum of a non-jar file: its path then its bytes. */
	public static String ofPlainFile(final String sitePath, final Path file) throws IOException
	{
		final MessageDigest digest = sha1();
		digest.update(sitePath.getBytes(StandardCharsets.US_ASCII));
		try (InputStream in = Files.newInputStream(file))
		{
			update(digest, in);
		}
		return hex(digest.digest());
	}

	private static void update(final MessageDigest digest, final InputStream in) throws IOException
	{
		final byte[] buffer = new byte[65536];
		int n;
		while ((n = in.read(buffer)) >= 0)
			digest.update(buffer, 0, n);
	}

	private static MessageDigest sha1()
	{
		try
		{
			return MessageDigest.getInstance("SHA-1");
		}
		catch (final NoSuchAlgorithmException e)
		{
			throw new IllegalStateException("this JVM lacks SHA-1, which every Java platform must provide", e);
		}
	}

	private static String hex(final byte[] bytes)
	{
		final StringBuilder s = new StringBuilder(2 * bytes.length);
		for (final byte b : bytes)
			s.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
		return s.toString();
	}
}
