package io.github.smm.site;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Feeds a {@code .properties} jar entry to a digest the way Fiji's updater does, so that the
 * date comment Maven writes into {@code pom.properties} does not change a jar's checksum: a line
 * that starts with {@code #} counts as a bare newline (or as nothing when the file ends inside
 * it).
 * <p>
 * The updater's notion of "line start" has two quirks that are reproduced here because the
 * checksums must match byte for byte: an empty line, and a comment consisting of {@code #} alone,
 * leave the following line <em>not</em> at a line start, so a comment right after either is
 * hashed verbatim.
 */
final class PropertiesComments
{
	private enum State
	{
		LINE_START, IN_LINE, COMMENT_START, IN_COMMENT
	}

	private PropertiesComments()
	{}

	/** Updates {@code digest} with {@code in} as Fiji's updater sees it; reads to the end. */
	static void digest(final InputStream in, final MessageDigest digest) throws IOException
	{
		final byte[] buffer = new byte[8192];
		State state = State.LINE_START;
		int n;
		while ((n = in.read(buffer)) >= 0)
		{
			for (int i = 0; i < n; i++)
				state = next(state, buffer[i], digest);
		}
	}

	private static State next(final State state, final byte c, final MessageDigest digest)
	{
		switch (state)
		{
			case LINE_START:
				if (c == '#')
					return State.COMMENT_START;
				digest.update(c);
				return State.IN_LINE;
			case IN_LINE:
				digest.update(c);
				return c == '\n' ? State.LINE_START : State.IN_LINE;
			case COMMENT_START:
				if (c == '#')
					return State.COMMENT_START;
				if (c == '\n')
				{
					digest.update(c);
					return State.IN_LINE;
				}
				return State.IN_COMMENT;
			default:
				if (c != '\n')
					return State.IN_COMMENT;
				digest.update(c);
				return State.LINE_START;
		}
	}
}
