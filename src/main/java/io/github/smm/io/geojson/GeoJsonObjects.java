package io.github.smm.io.geojson;

import java.util.Collections;
import java.util.List;

import io.github.smm.model.Instance;

/**
 * The objects of a GeoJSON file: instances (ids 1, 2, ... in feature order), the name of each
 * ({@code properties.name}, else the feature {@code id}, else ""), the class names, and what was
 * skipped or assumed while reading.
 */
public final class GeoJsonObjects
{
	private final List<Instance> instances;
	private final List<String> names;
	private final ClassNames classes;
	private final List<String> warnings;

	GeoJsonObjects(final List<Instance> instances, final List<String> names, final ClassNames classes, final List<String> warnings)
	{
		this.instances = Collections.unmodifiableList(instances);
		this.names = Collections.unmodifiableList(names);
		this.classes = classes;
		this.warnings = Collections.unmodifiableList(warnings);
	}

	public List<Instance> instances()
	{
		return instances;
	}

	/** The name of every instance, aligned with {@link #instances()} ("" when it has none). */
	public List<String> names()
	{
		return names;
	}

	public ClassNames classes()
	{
		return classes;
	}

	/** Skipped features and defaults used, one line each. */
	public List<String> warnings()
	{
		return warnings;
	}
}
