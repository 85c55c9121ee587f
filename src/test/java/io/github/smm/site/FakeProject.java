package io.github.smm.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tiny project folder laid out as after {@code mvn package}: the plugin jar in {@code target/},
 * fake JTS, JTS I/O, json-simple, ONNX Runtime and SnakeYAML jars in {@code target/lib/}, and a macro in {@code macros/}; built with the project's
 * real site definition.
 */
final class FakeProject
{
	/** The project's real site definition (tests run in the project folder). */
	static final Path DEFINITION = Paths.get(SiteDefinition.DEFAULT_LOCATION).toAbsolutePath();

	static final String JTS_VERSION = "1.20.0";

	final Path dir;

	FakeProject(final Path dir)
	{
		this.dir = dir;
	}

	/** The plugin jar for {@code version}, whose one class has the given bytes. */
	Path pluginJar(final String version, final String classContent) throws IOException
	{
		final Map<String, String> entries = new LinkedHashMap<>();
		entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nCreated-By: test\n");
		entries.put("io/github/smm/Fake.class", classContent);
		entries.put("META-INF/maven/io.github.smm/Spatial_Mask_Merging/pom.properties", "#Created by Maven\n#" + System.nanoTime() + "\nversion=" + version + "\n");
		entries.put("plugins.config", "Plugins>Segmentation, \"Fake\", io.github.smm.Fake\n");
		return TestJars.jar(dir.resolve("target/Spatial_Mask_Merging-" + version + ".jar"), entries, 0);
	}

	/** Stand-ins for JTS, JTS I/O, json-simple, ONNX Runtime and SnakeYAML in {@code target/lib}; returns the JTS one. */
	Path jtsJar() throws IOException
	{
		TestJars.jar(dir.resolve("target/lib/jts-io-common-" + JTS_VERSION + ".jar"), Map.of("org/locationtech/jts/io/geojson/GeoJsonReader.class", "fake reader"), 0);
		TestJars.jar(dir.resolve("target/lib/json-simple-1.1.1.jar"), Map.of("org/json/simple/JSONObject.class", "fake json"), 0);
		TestJars.jar(dir.resolve("target/lib/onnxruntime-1.20.0.jar"), Map.of("ai/onnxruntime/OrtSession.class", "fake runtime"), 0);
		TestJars.jar(dir.resolve("target/lib/snakeyaml-2.5.jar"), Map.of("org/yaml/snakeyaml/Yaml.class", "fake yaml"), 0);
		return TestJars.jar(dir.resolve("target/lib/jts-core-" + JTS_VERSION + ".jar"), Map.of("org/locationtech/jts/Geometry.class", "fake geometry"), 0);
	}

	Path macro(final String name, final String code) throws IOException
	{
		final Path p = dir.resolve("macros").resolve(name);
		Files.createDirectories(p.getParent());
		return Files.writeString(p, code);
	}

	/** A full project: plugin {@code version}, JTS and one macro. */
	static FakeProject standard(final Path dir, final String version) throws IOException
	{
		final FakeProject p = new FakeProject(dir);
		p.pluginJar(version, "class bytes of " + version);
		p.jtsJar();
		p.macro("merge_tiles.ijm", "run(\"Spatial Mask Merging\", \"iou=0.5\");\n");
		return p;
	}

	UpdateSiteOptions options(final String version, final long timestamp)
	{
		return UpdateSiteOptions.forProject(dir).withDefinition(DEFINITION).withValue("version", version).withTimestamp(timestamp)
			.withMavenRepository(dir.resolve("no-maven-repo"));
	}
}
