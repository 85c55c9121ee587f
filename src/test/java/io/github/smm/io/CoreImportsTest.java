package io.github.smm.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The io package is core: no ImageJ, AWT or SciJava imports in its sources. */
class CoreImportsTest
{
	@Test
	void ioSourcesImportNoImageJAwtOrSciJava() throws IOException
	{
		final Path dir = Paths.get("src/main/java/io/github/smm/io");
		assertTrue(Files.isDirectory(dir), dir.toAbsolutePath() + " not found");
		final List<Path> sources;
		try (Stream<Path> files = Files.list(dir))
		{
			sources = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
		}
		assertFalse(sources.isEmpty());
		for (final Path source : sources)
			for (final String line : Files.readAllLines(source))
				assertFalse(line.matches("\\s*import\\s+(static\\s+)?(ij|java\\.awt|javax\\.imageio|org\\.scijava)\\..*"), source + ": " + line);
	}
}
