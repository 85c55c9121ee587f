package io.github.smm.volume.tiled;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.smm.volume.VolumeCsv;
import io.github.smm.volume.VolumeInstance;

/** A {@link VolumeSink} writing one {@link VolumeCsv} line per merged object as it comes (nothing is kept). */
public final class ObjectCsvSink implements VolumeSink
{
	private final Path file;
	private final BufferedWriter out;

	public ObjectCsvSink(final Path file) throws IOException
	{
		this.file = file;
		out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		out.write(VolumeCsv.HEADER + "\n");
	}

	@Override
	public void accept(final VolumeInstance object, final long[] members)
	{
		try
		{
			out.write(VolumeCsv.row(object, members) + "\n");
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}

	@Override
	public void finish(final boolean complete)
	{
		try
		{
			out.close();
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}
}
