package io.github.smm.arch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The core never touches ImageJ, AWT or SciJava: only the bridge, visualisation, command and
 * launcher packages may. Checked on the sources, imports and fully qualified names alike.
 */
class CoreIndependenceTest
{
	/** Packages (first segment below io.github.smm) allowed to use ImageJ/AWT/SciJava. */
	private static final Set<String> UI_LAYERS = Set.of("ij", "vis", "command", "cli");

	private static final Pattern FORBIDDEN = Pattern.compile("(^|[^\\w.])(ij\\.[a-z]*\\.?[A-Z]|ij\\.[a-z]+\\.|java\\.awt\\.|javax\\.swing\\.|org\\.scijava\\.)");

	@Test
	void corePackagesImportNoImageJAwtOrSciJava() throws IOException
	{
		final Path root = Paths.get("src/main/java/io/github/smm");
		final List<String> offences = new ArrayList<>();
		int checked = 0;
		final java.util.Set<String> packages = new java.util.TreeSet<>();
		try (Stream<Path> files = Files.walk(root))
		{
			for (final Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator)
			{
				final Path rel = root.relativize(f);
				if (rel.getNameCount() > 1 && UI_LAYERS.contains(rel.getName(0).toString()))
					continue;
				checked++;
				packages.add(rel.getNameCount() > 1 ? rel.getName(0).toString() : "");
				final List<String> lines = Files.readAllLines(f);
				for (int i = 0; i < lines.size(); i++)
				{
					final String code = lines.get(i).replaceAll("//.*", "").replaceAll("^\\s*\\*.*", "");
					if (FORBIDDEN.matcher(code).find())
						offences.add(rel + ":" + (i + 1) + ": " + lines.get(i).trim());
				}
			}
		}
		for (final String core : List.of("model", "index", "graph", "solve", "fuse", "tile", "eval", "io", "tune", "volume"))
			assertTrue(packages.contains(core), "core package " + core + " was not checked (checked: " + packages + ")");
		assertTrue(checked > 10, "found only " + checked + " core sources; is the working directory the project root?");
		assertTrue(offences.isEmpty(), "core code uses ImageJ/AWT/SciJava:\n" + String.join("\n", offences));
	}

	@Test
	void patternCatchesTheForbiddenForms()
	{
		assertTrue(FORBIDDEN.matcher("import ij.ImagePlus;").find());
		assertTrue(FORBIDDEN.matcher("import ij.gui.Roi;").find());
		assertTrue(FORBIDDEN.matcher("final java.awt.Rectangle r = null;").find());
		assertTrue(FORBIDDEN.matcher("import org.scijava.Context;").find());
		assertTrue(!FORBIDDEN.matcher("import io.github.smm.ij.Rois;").find());
		assertTrue(!FORBIDDEN.matcher("final long ij = 0;").find());
	}
}
