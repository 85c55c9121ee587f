package io.github.smm.testutil;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real model packages in {@code ../shared/models} beside the project; tests that
 * need one are skipped with a message when it is absent (fresh clone), and run in CI.
 */
public final class SharedModels
{
	/** The bioimage.io example U-Net with a fixed 512 x 512 input. */
	public static final String FIXED = "unet2d_nuclei_broad";

	/** The same weights accepting any multiple of 16 (at least 64) in y and x. */
	public static final String DYNAMIC = "unet2d_nuclei_broad_dynamic";

	private SharedModels()
	{}

	/** The package folder; skips the calling test when it is absent. */
	public static Path require(final String name)
	{
		final Path data = SharedData.dir();
		final Path p = (data != null ? data.resolveSibling("models") : Path.of(System.getProperty("user.dir")).resolve("../shared/models").normalize()).resolve(name);
		assumeTrue(Files.isDirectory(p), "skipped: model package " + p + " is absent (fresh clone); CI provides it");
		return p;
	}
}
