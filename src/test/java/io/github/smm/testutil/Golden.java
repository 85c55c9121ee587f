package io.github.smm.testutil;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The golden files of the formats users bring ({@code src/test/resources/io/github/smm/golden}, see its README). */
public final class Golden
{
	private Golden()
	{}

	/** The path of a golden file. */
	public static Path file(final String name)
	{
		try
		{
			return Paths.get(Golden.class.getResource("/io/github/smm/golden/" + name).toURI());
		}
		catch (final URISyntaxException | NullPointerException e)
		{
			throw new IllegalStateException("no golden file " + name, e);
		}
	}
}
