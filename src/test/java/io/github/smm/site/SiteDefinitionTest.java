package io.github.smm.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site definition: the project's real one, and the errors a wrong one gets. */
class SiteDefinitionTest
{
	private static final String HEADER = "site.name=Test\nsite.url=https://example.org/site/\nfiji.provides=jars/ij.jar\n";

	@TempDir
	Path tmp;

	@Test
	void projectDefinitionDescribesTheSite() throws IOException
	{
		final SiteDefinition d = SiteDefinition.load(FakeProject.DEFINITION);
		assertEquals("Spatial Mask Merging", d.name);
		assertTrue(d.url.startsWith("https://") && d.url.endsWith("/"), d.url);
		assertTrue(d.description != null && d.maintainer != null);
		assertEquals(List.of("jars/ij.jar", "jars/scijava-common.jar", "jars/imglib2.jar", "jars/imglib2-imagej.jar", "jars/ojalgo.jar", "jars/gson.jar"), d.fijiProvides);
		assertEquals(List.of("jsonsimple", "jts", "jtsio", "macros", "onnxruntime", "plugin", "snakeyaml"), d.files.stream().map(f -> f.id).collect(Collectors.toList()));
	}

	@Test
	void projectDefinitionShipsPluginJtsAndMacrosToTheirFijiFolders() throws IOException
	{
		final FakeProject project = FakeProject.standard(tmp, "1.2.3");
		final List<ShippedFile> shipped = SiteDefinition.load(FakeProject.DEFINITION).resolve(tmp, Map.of("version", "1.2.3"), tmp);
		assertEquals(List.of("jars/json-simple-1.1.1.jar", "jars/jts-core-1.20.0.jar", "jars/jts-io-common-1.20.0.jar", "jars/onnxruntime-1.20.0.jar", "jars/snakeyaml-2.5.jar", "macros/merge_tiles.ijm", "plugins/Spatial_Mask_Merging-1.2.3.jar"),
			shipped.stream().map(f -> f.sitePath).sorted().collect(Collectors.toList()));
		assertTrue(shipped.stream().allMatch(f -> f.source.startsWith(project.dir)));
	}

	@Test
	void aDependencyNeitherShippedNorProvidedByFijiIsReported() throws IOException
	{
		Files.writeString(tmp.resolve("a.ijm"), "print(1);");
		final SiteDefinition d = define("file.a.path=macros/a.ijm\nfile.a.source=a.ijm\nfile.a.depends=jars/ij.jar, jars/imagej-ops.jar\n");
		final UpdateSiteException e = assertThrows(UpdateSiteException.class, () -> d.resolve(tmp, Map.of(), tmp));
		assertTrue(e.getMessage().contains("macros/a.ijm") && e.getMessage().contains("jars/imagej-ops.jar"), e.getMessage());
	}

	@Test
	void unknownKeysMissingValuesAndDuplicatesAreReported() throws IOException
	{
		final UpdateSiteException typo = assertThrows(UpdateSiteException.class, () -> define("file.a.path=macros/a.ijm\nfile.a.source=a.ijm\nfile.a.dependz=x\n"));
		assertTrue(typo.getMessage().contains("file.a.dependz"), typo.getMessage());
		final UpdateSiteException noSource = assertThrows(UpdateSiteException.class, () -> define("file.a.path=macros/a.ijm\n"));
		assertTrue(noSource.getMessage().contains("file.a.source"), noSource.getMessage());
		final SiteDefinition unversioned = define("file.a.path=jars/a-${version}.jar\nfile.a.source=a.jar\n");
		final UpdateSiteException noVersion = assertThrows(UpdateSiteException.class, () -> unversioned.resolve(tmp, Map.of(), tmp));
		assertTrue(noVersion.getMessage().contains("file.a.path") && noVersion.getMessage().contains("--version"), noVersion.getMessage());
		TestJars.jar(tmp.resolve("a.jar"), Map.of("x", "y"), 0);
		final SiteDefinition twice = define("file.a.path=jars/a-1.0.jar\nfile.a.source=a.jar\nfile.b.path=jars/a-2.0.jar\nfile.b.source=a.jar\n");
		final UpdateSiteException dup = assertThrows(UpdateSiteException.class, () -> twice.resolve(tmp, Map.of(), tmp));
		assertTrue(dup.getMessage().contains("file.a") && dup.getMessage().contains("file.b"), dup.getMessage());
	}

	@Test
	void sitePathsMustStayInsideFiji() throws IOException
	{
		Files.writeString(tmp.resolve("a.ijm"), "print(1);");
		final SiteDefinition d = define("file.a.path=macros/../../a.ijm\nfile.a.source=a.ijm\n");
		final UpdateSiteException e = assertThrows(UpdateSiteException.class, () -> d.resolve(tmp, Map.of(), tmp));
		assertTrue(e.getMessage().contains("file.a.path"), e.getMessage());
	}

	private SiteDefinition define(final String files) throws IOException
	{
		return SiteDefinition.load(Files.writeString(tmp.resolve("site.properties"), HEADER + files));
	}
}
