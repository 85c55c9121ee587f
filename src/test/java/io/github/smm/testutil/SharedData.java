package io.github.smm.testutil;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates {@code ../shared/data} (real images with ground truth) beside the project. Tests that
 * need it call {@link #require()}: on a fresh clone without it they are skipped with a message
 * saying so; in CI, where it is present, they run.
 */
public final class SharedData
{
	private SharedData()
	{}

	/** The shared data folder, or {@code null} when absent. */
	public static Path dir()
	{
		final String override = System.getProperty("smm.shared.data");
		final Path p = override != null ? Paths.get(override) : Paths.get(System.getProperty("user.dir")).resolve("../shared/data").normalize();
		return Files.isDirectory(p) ? p : null;
	}

	/** The shared data folder; skips the calling test when it is absent. */
	public static Path require()
	{
		final Path p = dir();
		assumeTrue(p != null, "skipped: ../shared/data is not beside the project (fresh clone); CI provides it");
		return p;
	}

	/** A file below the shared data folder; skips the calling test when it is absent. */
	public static Path require(final String relative)
	{
		final Path p = require().resolve(relative);
		assumeTrue(Files.exists(p), "skipped: " + p + " is missing");
		return p;
	}
}
