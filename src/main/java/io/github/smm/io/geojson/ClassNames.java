package io.github.smm.io.geojson;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Class names and the class ids they stand for. Read from GeoJSON, the distinct names in
 * alphabetical order get ids 1, 2, ... (so ids do not depend on the order of the objects) and an
 * unclassified object is class 0; written, a class without a name is {@code class <id>} (class 0:
 * unclassified).
 */
public final class ClassNames
{
	/** The class of an unclassified object. */
	public static final int UNCLASSIFIED = 0;

	private final Map<String, Integer> idOf = new TreeMap<>();
	private final Map<Integer, String> nameOf = new TreeMap<>();

	private ClassNames(final Map<Integer, String> names)
	{
		for (final Map.Entry<Integer, String> e : names.entrySet())
			if (e.getValue() != null && !e.getValue().isEmpty())
			{
				nameOf.put(e.getKey(), e.getValue());
				idOf.putIfAbsent(e.getValue(), e.getKey());
			}
	}

	/** Ids for these names (repeats and order do not matter). */
	public static ClassNames of(final Collection<String> names)
	{
		final Map<Integer, String> byId = new TreeMap<>();
		int id = 1;
		for (final String n : new TreeSet<>(names))
			byId.put(id++, n);
		return new ClassNames(byId);
	}

	/** Given names of class ids (e.g. COCO categories); an empty name counts as none. */
	public static ClassNames ofIds(final Map<Integer, String> names)
	{
		return new ClassNames(names);
	}

	/** No names: every class is written by number ({@code class 3}), class 0 unclassified. */
	public static ClassNames none()
	{
		return new ClassNames(Collections.emptyMap());
	}

	/** The id of a name; {@link #UNCLASSIFIED} for {@code null}. */
	public int id(final String name)
	{
		if (name == null)
			return UNCLASSIFIED;
		final Integer id = idOf.get(name);
		if (id == null)
			throw new IllegalArgumentException("unknown class name '" + name + "' (known: " + idOf.keySet() + ")");
		return id;
	}

	/** The name of a class id: its name; without one {@code null} for class 0, else {@code class <id>}. */
	public String name(final int id)
	{
		final String n = nameOf.get(id);
		if (n != null)
			return n;
		return id == UNCLASSIFIED ? null : "class " + id;
	}

	/** The ids and names, ascending by id. */
	public Map<Integer, String> names()
	{
		return Collections.unmodifiableMap(nameOf);
	}
}
