package io.github.smm.io.coco;

import java.util.Objects;

/** An entry of a COCO file's {@code categories}: the class id used by annotations, and names. */
public final class CocoCategory
{
	private final int id;
	private final String name;
	private final String supercategory;

	/** @param supercategory the {@code supercategory}, or {@code null} when absent */
	public CocoCategory(final int id, final String name, final String supercategory)
	{
		this.id = id;
		this.name = Objects.requireNonNull(name, "name");
		this.supercategory = supercategory;
	}

	public CocoCategory(final int id, final String name)
	{
		this(id, name, null);
	}

	public int id()
	{
		return id;
	}

	/** The {@code name} (empty when the file gave none). */
	public String name()
	{
		return name;
	}

	/** The {@code supercategory}, or {@code null}. */
	public String supercategory()
	{
		return supercategory;
	}

	@Override
	public String toString()
	{
		return "category " + id + " '" + name + "'";
	}
}
