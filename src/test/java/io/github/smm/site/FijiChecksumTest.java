package io.github.smm.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Checksums as Fiji's updater computes them, against its reference values and hand-made jars. */
class FijiChecksumTest
{
	@TempDir
	Path tmp;

	/** Reference checksums computed by the official updater (shared/docs/FIJI.md). */
	@TestFactory
	Stream<DynamicTest> centralJarsMatchTheUpdatersReference()
	{
		final String[][] cases = { //
			{ "jars/gson-2.10.1.jar", "com/google/code/gson/gson/2.10.1", "94c77b668a7fe7d6444ff10e4dbd085221cb926f" }, //
			{ "jars/ij-1.54p.jar", "net/imagej/ij/1.54p", "85970f95d8616127ab834e4d95c9a758f2420848" }, //
			{ "jars/imglib2-8.0.0.jar", "net/imglib2/imglib2/8.0.0", "8834095c7cb63e9da87994ede15d2a2b8bfef6a2" }, //
			{ "jars/jts-core-1.20.0.jar", "org/locationtech/jts/jts-core/1.20.0", "57d6422ab14e79e9f8d98495a0999eed3797a3c7" }, //
			{ "jars/ojalgo-45.1.1.jar", "org/ojalgo/ojalgo/45.1.1", "497b0f3744f297adc0bb6d74552228239c101aa2" }, //
			{ "jars/scijava-common-2.100.1.jar", "org/scijava/scijava-common/2.100.1", "b3511aad299389d31ce7674dd8132642c63dbfe9" } };
		return Stream.of(cases).map(c -> DynamicTest.dynamicTest(c[0], () ->
		{
			final Path jar = localRepository().resolve(c[1]).resolve(c[0].substring("jars/".length()));
			assumeTrue(Files.isRegularFile(jar), "skipped: " + jar + " is not in the local Maven repository (run a build first)");
			assertEquals(c[2], FijiChecksum.of(c[0], jar));
		}));
	}

	@Test
	void plainFileHashesItsPathThenItsBytes() throws IOException
	{
		final Path macro = Files.writeString(tmp.resolve("a.ijm"), "print(1);\n");
		assertEquals(sha1("macros/a.ijm" + "print(1);\n"), FijiChecksum.of("macros/a.ijm", macro));
		assertNotEquals(FijiChecksum.of("macros/a.ijm", macro), FijiChecksum.of("macros/b.ijm", macro), "the path is part of a plain file's checksum");
	}

	@Test
	void jarHashesSortedNamesAndContentsButOnlyTheManifestsName() throws IOException
	{
		final Map<String, String> entries = new LinkedHashMap<>();
		entries.put("b/B.class", "bee");
		entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: a.A\n");
		entries.put("a/A.class", "ay");
		final Path jar = TestJars.jar(tmp.resolve("x.jar"), entries, 0);
		assertEquals(sha1("META-INF/MANIFEST.MF" + "a/A.class" + "ay" + "b/B.class" + "bee"), FijiChecksum.ofJar(jar));
	}

	@Test
	void jarChecksumIgnoresEntryOrderDatesManifestAndPathButNotContent() throws IOException
	{
		final Map<String, String> one = new LinkedHashMap<>();
		one.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nBuilt-By: alice\n");
		one.put("a/A.class", "ay");
		one.put("b/B.class", "bee");
		final Map<String, String> other = new LinkedHashMap<>();
		other.put("b/B.class", "bee");
		other.put("a/A.class", "ay");
		other.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nBuilt-By: bob\nImplementation-Build: 42\n");
		final String first = FijiChecksum.of("jars/x-1.0.jar", TestJars.jar(tmp.resolve("one.jar"), one, 0));
		assertEquals(first, FijiChecksum.of("plugins/y.jar", TestJars.jar(tmp.resolve("other.jar"), other, 90)));
		other.put("a/A.class", "ay!");
		assertNotEquals(first, FijiChecksum.of("jars/x-1.0.jar", TestJars.jar(tmp.resolve("changed.jar"), other, 0)));
	}

	/**
	 * Comment lines of {@code .properties} entries count as a bare newline, with the updater's
	 * quirks: after an empty line or a lone {@code #} line, the next line is not at a line start.
	 * Each case (content, bytes hashed) was checked against the updater's own classes.
	 */
	@TestFactory
	Stream<DynamicTest> propertiesCommentLinesCountAsNewlines()
	{
		final String[][] cases = { //
			{ "a=1\n#date\nb=2\n", "a=1\n\nb=2\n" }, //
			{ "#Created by Maven\n#Sun Nov 22\nversion=1\n", "\n\nversion=1\n" }, //
			{ "#c\r\nk=v\r\n", "\nk=v\r\n" }, //
			{ "##x\n", "\n" }, //
			{ "#unterminated", "" }, //
			{ "a=1\n\n#after an empty line\n", "a=1\n\n#after an empty line\n" }, //
			{ "\n#c\n", "\n#c\n" }, //
			{ "#\n#c\n", "\n#c\n" } };
		return Stream.of(cases).map(c -> DynamicTest.dynamicTest(c[0].replace("\n", "\\n").replace("\r", "\\r"), () ->
		{
			final Path jar = TestJars.jar(tmp.resolve("p.jar"), Map.of("p.properties", c[0]), 0);
			assertEquals(sha1("p.properties" + c[1]), FijiChecksum.ofJar(jar));
		}));
	}

	@Test
	void aFileNamedJarThatIsNoJarIsReported() throws IOException
	{
		final Path fake = Files.writeString(tmp.resolve("broken.jar"), "not a zip");
		final UpdateSiteException e = assertThrows(UpdateSiteException.class, () -> FijiChecksum.of("jars/broken.jar", fake));
		assertTrue(e.getMessage().contains("broken.jar"), e.getMessage());
	}

	static Path localRepository()
	{
		final String repo = System.getProperty("maven.repo.local");
		return repo != null && !repo.isEmpty() ? Paths.get(repo) : Paths.get(System.getProperty("user.home"), ".m2", "repository");
	}

	static String sha1(final String text)
	{
		try
		{
			final StringBuilder hex = new StringBuilder();
			for (final byte b : MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)))
				hex.append(String.format("%02x", b));
			return hex.toString();
		}
		catch (final NoSuchAlgorithmException e)
		{
			throw new AssertionError(e);
		}
	}
}
