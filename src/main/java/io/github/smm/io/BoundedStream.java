package io.github.smm.io;

import java.io.IOException;
import java.io.InputStream;

/** The first {@code limit} bytes of a stream (a strip of a file); closing it leaves the stream open. */
final class BoundedStream extends InputStream
{
	private final InputStream in;

	private long left;

	BoundedStream(final InputStream in, final long limit)
	{
		this.in = in;
		this.left = limit;
	}

	@Override
	public int read() throws IOException
	{
		if (left <= 0)
			return -1;
		final int b = in.read();
		if (b >= 0)
			left--;
		return b;
	}
}
