package io.github.smm.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building a whole site from a small fake project with the project's real site definition. */
class UpdateSiteBuilderTest
{
	private static final long T1 = 20261122041623L;

	private static final long T2 = 20261201120000L;

	private static final String PLUGIN_1 = "plugins/Spatial_Mask_Merging-0.1.0.jar";

	private static final String JTS = "jars/jts-core-1.20.0.jar";

	private static final String JTS_IO = "jars/jts-io-common-1.20.0.jar";

	private static final String JSON = "jars/json-simple-1.1.1.jar";

	private static final String ORT = "jars/onnxruntime-1.20.0.jar";

	private static final String YAML = "jars/snakeyaml-2.5.jar";

	private static final String MACRO = "macros/merge_tiles.ijm";

	@TempDir
	Path tmp;

	@Test
	void siteListsEveryShippedFileWithItsSizeAndChecksum() throws IOException
	{
		final FakeProject project = FakeProject.standard(tmp.resolve("project"), "0.1.0");
		final UpdateSiteOptions options = project.options("0.1.0", T1);
		UpdateSiteBuilder.build(options);
		assertEquals(List.of("db.xml.gz", JSON + "-" + T1, JTS + "-" + T1, JTS_IO + "-" + T1, ORT + "-" + T1, YAML + "-" + T1, MACRO + "-" + T1, PLUGIN_1 + "-" + T1), UpdateSiteBuilder.listFiles(options.output));
		final List<FileRecord> records = SiteDatabase.read(options.output.resolve("db.xml.gz"));
		assertEquals(List.of(JSON, JTS, JTS_IO, ORT, YAML, MACRO, PLUGIN_1), filenames(records));
		for (final FileRecord r : records)
		{
			final Path stored = options.output.resolve(r.storedName());
			assertEquals(Files.size(stored), r.current.filesize, r.filename);
			assertEquals(FijiChecksum.of(r.filename, stored), r.current.checksum, r.filename);
			assertEquals(FijiChecksum.of(r.filename, project.dir.resolve(source(r.filename))), r.current.checksum, r.filename);
		}
		final FileRecord plugin = records.get(6);
		assertEquals(List.of("jars/ij.jar", "jars/scijava-common.jar", "jars/imglib2.jar", "jars/imglib2-imagej.jar", "jars/ojalgo.jar", "jars/gson.jar", "jars/jts-core.jar", "jars/jts-io-common.jar",
			"jars/onnxruntime.jar", "jars/snakeyaml.jar"),
			plugin.dependencies.stream().map(d -> d.filename).collect(Collectors.toList()));
		assertEquals(List.of("plugins/Spatial_Mask_Merging.jar"), records.get(5).dependencies.stream().map(d -> d.filename).collect(Collectors.toList()));
		assertEquals(List.of("jars/jts-core.jar", "jars/json-simple.jar"), records.get(2).dependencies.stream().map(d -> d.filename).collect(Collectors.toList()), "JTS I/O needs JTS and json-simple");
	}

	@Test
	void rebuildingUnchangedInputsGivesTheSameSite() throws IOException
	{
		final FakeProject project = FakeProject.standard(tmp.resolve("project"), "0.1.0");
		final UpdateSiteOptions options = project.options("0.1.0", T1);
		UpdateSiteBuilder.build(options);
		final byte[] db = Files.readAllBytes(options.output.resolve("db.xml.gz"));
		final List<String> files = UpdateSiteBuilder.listFiles(options.output);
		UpdateSiteBuilder.build(options);
		assertArrayEquals(db, Files.readAllBytes(options.output.resolve("db.xml.gz")));
		assertEquals(files, UpdateSiteBuilder.listFiles(options.output));
	}

	@Test
	void releasingARebuiltButUnchangedProjectChangesNothing() throws IOException
	{
		final FakeProject project = FakeProject.standard(tmp.resolve("project"), "0.1.0");
		final Path published = publishFirstRelease(project);
		project.pluginJar("0.1.0", "class bytes of 0.1.0"); // rebuilt: a new date comment in pom.properties
		final UpdateSiteOptions again = project.options("0.1.0", T2).withPrevious(published);
		final SiteRelease release = UpdateSiteBuilder.build(again);
		assertTrue(release.uploads.isEmpty(), "uploads: " + release.uploads);
		assertArrayEquals(Files.readAllBytes(published.resolve("db.xml.gz")), Files.readAllBytes(again.output.resolve("db.xml.gz")));
		assertEquals(UpdateSiteBuilder.listFiles(published), UpdateSiteBuilder.listFiles(again.output));
	}

	@Test
	void secondReleaseKeepsTheFirstAsPreviousVersionAndItsStoredFiles() throws IOException
	{
		final FakeProject project = FakeProject.standard(tmp.resolve("project"), "0.1.0");
		final Path published = publishFirstRelease(project);
		project.pluginJar("0.2.0", "class bytes of 0.2.0");
		final UpdateSiteOptions second = project.options("0.2.0", T2).withPrevious(published);
		final SiteRelease release = UpdateSiteBuilder.build(second);
		final List<FileRecord> records = SiteDatabase.read(second.output.resolve("db.xml.gz"));
		final FileRecord plugin = records.get(6);
		assertEquals("plugins/Spatial_Mask_Merging-0.2.0.jar", plugin.filename);
		assertEquals(T2, plugin.current.timestamp);
		final FileRecord first = SiteDatabase.read(published.resolve("db.xml.gz")).get(6);
		assertEquals(List.of(new PreviousVersion(PLUGIN_1, first.current.checksum, T1, T2)), plugin.previous);
		assertEquals(T1, records.get(1).current.timestamp, "unchanged JTS keeps its first release");
		assertEquals(T1, records.get(5).current.timestamp, "unchanged macro keeps its first release");
		assertEquals(1, release.uploads.size());
		assertEquals(List.of("db.xml.gz", JSON + "-" + T1, JTS + "-" + T1, JTS_IO + "-" + T1, ORT + "-" + T1, YAML + "-" + T1, MACRO + "-" + T1, PLUGIN_1 + "-" + T1, "plugins/Spatial_Mask_Merging-0.2.0.jar-" + T2),
			UpdateSiteBuilder.listFiles(second.output));
	}

	@Test
	void removedMacroStaysListedAsRemovedAndInPlaceUpdateWorks() throws IOException
	{
		final FakeProject project = FakeProject.standard(tmp.resolve("project"), "0.1.0");
		final Path published = publishFirstRelease(project);
		Files.delete(project.dir.resolve("macros/merge_tiles.ijm"));
		UpdateSiteBuilder.build(project.options("0.1.0", T2).withPrevious(published).withOutput(published));
		final FileRecord macro = SiteDatabase.read(published.resolve("db.xml.gz")).get(5);
		assertEquals(MACRO, macro.filename);
		assertTrue(macro.isObsolete());
		assertEquals(T2, macro.previous.get(0).timestampObsolete);
		assertTrue(Files.isRegularFile(published.resolve(MACRO + "-" + T1)), "the old stored copy stays");
	}

	@Test
	void installingFromTheSiteGivesExactlyTheListedFiles() throws IOException
	{
		final FakeProject project = FakeProject.standard(tmp.resolve("project"), "0.1.0");
		final Path published = publishFirstRelease(project);
		project.pluginJar("0.2.0", "class bytes of 0.2.0");
		final UpdateSiteOptions second = project.options("0.2.0", T2).withPrevious(published);
		UpdateSiteBuilder.build(second);
		final Path fiji = tmp.resolve("Fiji.app");
		final List<FileRecord> records = SiteDatabase.read(second.output.resolve("db.xml.gz"));
		for (final FileRecord r : records)
		{
			final Path target = fiji.resolve(r.filename);
			Files.createDirectories(target.getParent());
			Files.copy(second.output.resolve(r.storedName()), target);
		}
		assertEquals(List.of(JSON, JTS, JTS_IO, ORT, YAML, MACRO, "plugins/Spatial_Mask_Merging-0.2.0.jar"), UpdateSiteBuilder.listFiles(fiji));
		for (final FileRecord r : records)
		{
			assertEquals(r.current.checksum, FijiChecksum.of(r.filename, fiji.resolve(r.filename)), "installed " + r.filename);
			assertEquals(r.current.filesize, Files.size(fiji.resolve(r.filename)), r.filename);
		}
	}

	@Test
	void missingMacrosFolderIsFineButAMissingPluginJarIsReported() throws IOException
	{
		final FakeProject project = new FakeProject(tmp.resolve("project"));
		project.pluginJar("0.1.0", "x");
		project.jtsJar();
		final UpdateSiteOptions options = project.options("0.1.0", T1);
		assertEquals(6, UpdateSiteBuilder.build(options).records.size(), "the plugin, the three JTS jars, ONNX Runtime and SnakeYAML");
		final UpdateSiteException e = assertThrows(UpdateSiteException.class, () -> UpdateSiteBuilder.build(project.options("0.3.0", T1)));
		assertTrue(e.getMessage().contains("file.plugin.source") && e.getMessage().contains("Spatial_Mask_Merging-0.3.0.jar"), e.getMessage());
	}

	@Test
	void aJarLackingTheProjectsScriptTemplatesIsRefusedAsStale() throws IOException
	{
		final FakeProject project = FakeProject.standard(tmp.resolve("project"), "0.1.0");
		final Path template = project.dir.resolve("src/main/resources/script_templates/Spatial Mask Merging/Merge.ijm");
		Files.createDirectories(template.getParent());
		Files.writeString(template, "// merge\n");
		final UpdateSiteException e = assertThrows(UpdateSiteException.class, () -> UpdateSiteBuilder.build(project.options("0.1.0", T1)));
		assertTrue(e.getMessage().contains("script_templates/Spatial Mask Merging/Merge.ijm") && e.getMessage().contains("stale"), e.getMessage());
	}

	@Test
	void refusesToClearANonEmptyFolderOutsideTarget() throws IOException
	{
		final FakeProject project = FakeProject.standard(tmp.resolve("project"), "0.1.0");
		final Path precious = Files.createDirectories(tmp.resolve("precious"));
		Files.writeString(precious.resolve("keep.txt"), "keep");
		assertThrows(UpdateSiteException.class, () -> UpdateSiteBuilder.build(project.options("0.1.0", T1).withOutput(precious)));
		assertEquals(List.of("keep.txt"), UpdateSiteBuilder.listFiles(precious));
	}

	@Test
	void shipsTheRealJtsFromTheLocalMavenRepositoryWhenTargetLibIsAbsent() throws IOException
	{
		final Path repo = FijiChecksumTest.localRepository();
		assumeTrue(Files.isRegularFile(repo.resolve("org/locationtech/jts/jts-core/1.20.0/jts-core-1.20.0.jar")), "skipped: jts-core 1.20.0 is not in " + repo);
		final FakeProject project = new FakeProject(tmp.resolve("project"));
		project.pluginJar("0.1.0", "x");
		final UpdateSiteOptions options = project.options("0.1.0", T1).withMavenRepository(repo);
		final FileRecord jts = UpdateSiteBuilder.build(options).records.get(1);
		assertEquals(JTS, jts.filename);
		assertEquals("57d6422ab14e79e9f8d98495a0999eed3797a3c7", jts.current.checksum);
	}

	@Test
	void parsesTheArgumentsTheMavenProfilePasses()
	{
		final UpdateSiteOptions o = UpdateSiteOptions.parse("--project=" + tmp, "--output=" + tmp.resolve("site"), "--previous=", "--timestamp=", "--version=0.1.0",
			"--set=jts.version=1.19.0", "--maven-repo", tmp.resolve("m2").toString());
		assertEquals(tmp.toAbsolutePath().normalize(), o.projectDir);
		assertEquals(null, o.previous);
		assertEquals("1.19.0", o.values.get("jts.version"));
		assertEquals("0.1.0", o.values.get("version"));
		assertEquals(tmp.resolve("m2").toAbsolutePath(), o.mavenRepository);
		assertTrue(assertThrows(UpdateSiteException.class, () -> UpdateSiteOptions.parse("--colour=blue")).getMessage().contains("--colour"));
		assertTrue(assertThrows(UpdateSiteException.class, () -> UpdateSiteOptions.parse("--timestamp=2026")).getMessage().contains("2026"));
	}

	/** Builds release 0.1.0 at T1 and copies it to a "published" folder, as a maintainer would upload it. */
	private Path publishFirstRelease(final FakeProject project) throws IOException
	{
		final UpdateSiteOptions first = project.options("0.1.0", T1);
		UpdateSiteBuilder.build(first);
		final Path published = tmp.resolve("published");
		for (final String name : UpdateSiteBuilder.listFiles(first.output))
		{
			Files.createDirectories(published.resolve(name).getParent());
			Files.copy(first.output.resolve(name), published.resolve(name));
		}
		return published;
	}

	private static String source(final String sitePath)
	{
		return sitePath.startsWith("plugins/") ? "target/" + sitePath.substring("plugins/".length())
			: sitePath.startsWith("jars/") ? "target/lib/" + sitePath.substring("jars/".length()) : sitePath;
	}

	private static List<String> filenames(final List<FileRecord> records)
	{
		final List<String> names = new ArrayList<>();
		records.forEach(r -> names.add(r.filename));
		return names;
	}
}
