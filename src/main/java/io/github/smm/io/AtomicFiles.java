package io.github.smm.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files whole or not at all: the content goes to a temporary file in the target's
 * folder (a hidden {@code .name.*.part} file) that is moved over the target only when complete,
 * so a failure or a cancel leaves the previous file (or none) and never a half-written one.
 */
public final class AtomicFiles
{
	/** Writes the content of a file to the path given. */
	@FunctionalInterface
	public interface FileContent
	{
		void writeTo(Path file) throws IOException;
	}

	/** Writes text. */
	@FunctionalInterface
	public interface TextContent
	{
		void writeTo(Writer out) throws IOException;
	}

	/** Writes bytes. */
	@FunctionalInterface
	public interface ByteContent
	{
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles()
	{}

	/** Writes {@code target} as UTF-8 text. */
	public static void writeText(final Path target, final TextContent content) throws IOException
	{
		write(target, temp -> {
			try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8))
			{
				content.writeTo(out);
			}
		});
	}

	/** Writes {@code target} as bytes. */
	public static void writeBytes(final Path target, final ByteContent content) throws IOException
	{
		write(target, temp -> {
			try (OutputStream out = Files.newOutputStream(temp))
			{
				content.writeTo(out);
			}
		});
	}

	/**
	 * Lets {@code content} write a temporary file beside {@code target} (same extension), then
	 * moves it over {@code target}; on any failure the temporary file is deleted.
	 */
	public static void write(final Path target, final FileContent content) throws IOException
	{
		final Path absolute = target.toAbsolutePath();
		final Path folder = absolute.getParent();
		if (folder != null && !Files.isDirectory(folder))
			throw new IOException("cannot write " + target + ": folder " + folder + " does not exist");
		final String name = absolute.getFileName().toString();
		final int dot = name.lastIndexOf('.');
		final Path temp = Files.createTempFile(folder, "." + name + ".", ".part" + (dot > 0 ? name.substring(dot) : ""));
		boolean moved = false;
		try
		{
			content.writeTo(temp);
			move(temp, absolute);
			moved = true;
		}
		finally
		{
			if (!moved)
				Files.deleteIfExists(temp);
		}
	}

	private static void move(final Path temp, final Path target) throws IOException
	{
		try
		{
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (final AtomicMoveNotSupportedException e)
		{
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
