package io.github.smm.io.coco;

import java.util.Objects;

/** An entry of a COCO file's {@code images}: id, file name and size in pixels. */
public final class CocoImage
{
	private final long id;
	private final String fileName;
	private final int width;
	private final int height;

	/**
	 * @throws IllegalArgumentException when a side is not positive
	 */
	public CocoImage(final long id, final String fileName, final int width, final int height)
	{
		if (width <= 0 || height <= 0)
			throw new IllegalArgumentException("image " + id + ": size " + width + "x" + height + " is not positive");
		this.id = id;
		this.fileName = Objects.requireNonNull(fileName, "fileName");
		this.width = width;
		this.height = height;
	}

	public long id()
	{
		return id;
	}

	/** The {@code file_name} (empty when the file gave none). */
	public String fileName()
	{
		return fileName;
	}

	public int width()
	{
		return width;
	}

	public int height()
	{
		return height;
	}

	@Override
	public String toString()
	{
		return "image " + id + " '" + fileName + "' " + width + "x" + height;
	}
}
