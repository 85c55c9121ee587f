package io.github.smm.tile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.github.smm.model.Instance;

/**
 * The predictions of {@link TileWindows#assign} with their windows, and how each got it:
 * counts per rule and the ids of the predictions that fit no window.
 */
public final class WindowAssignment
{
	/** Ids listed in {@link #describe()}, at most. */
	private static final int IDS_SHOWN = 5;

	private final List<Instance> instances;
	private final boolean hasGrid;
	private final int given, named, single, cut, shared, unknown;
	private final List<Long> outside;

	private WindowAssignment(final List<Instance> instances, final boolean hasGrid, final Counter c)
	{
		this.instances = Collections.unmodifiableList(instances);
		this.hasGrid = hasGrid;
		given = c.given;
		named = c.named;
		single = c.single;
		cut = c.cut;
		shared = c.shared;
		unknown = c.unknown;
		outside = Collections.unmodifiableList(new ArrayList<>(c.outside));
	}

	/** Tallies of one assignment. */
	static final class Counter
	{
		int given, named, single, cut, shared, unknown;
		final List<Long> outside = new ArrayList<>();

		void outside(final long id)
		{
			outside.add(id);
		}

		WindowAssignment result(final List<Instance> instances, final TileGrid grid)
		{
			Collections.sort(outside);
			return new WindowAssignment(instances, grid != null, this);
		}
	}

	/** The counts of this assignment and {@code next} (e.g. of the next image) added; holds no predictions. */
	public WindowAssignment plus(final WindowAssignment next)
	{
		final Counter c = new Counter();
		c.given = given + next.given;
		c.named = named + next.named;
		c.single = single + next.single;
		c.cut = cut + next.cut;
		c.shared = shared + next.shared;
		c.unknown = unknown + next.unknown;
		c.outside.addAll(outside);
		c.outside.addAll(next.outside);
		return new WindowAssignment(new ArrayList<>(), hasGrid || next.hasGrid, c);
	}

	/** The predictions, in the given order, with their windows. */
	public List<Instance> instances()
	{
		return instances;
	}

	/** Predictions that came with a window. */
	public int given()
	{
		return given;
	}

	/** Predictions that named their tile (index or origin). */
	public int named()
	{
		return named;
	}

	/** Predictions inside exactly one window. */
	public int single()
	{
		return single;
	}

	/** Predictions inside several windows, cut by the border of exactly one. */
	public int cut()
	{
		return cut;
	}

	/** Predictions inside several windows, given the intersection of the candidates. */
	public int shared()
	{
		return shared;
	}

	/** Predictions without a window because no grid was given. */
	public int unknown()
	{
		return unknown;
	}

	/** The ids of the predictions that fit no window of the grid, ascending. */
	public List<Long> outside()
	{
		return outside;
	}

	/** True when some prediction has a window. */
	public boolean anyWindow()
	{
		return given + named + single + cut + shared > 0;
	}

	/** One line for the log, e.g. {@code tile windows: 812 in one window, 40 cut by one of several, 3 shared, 2 outside every window (ids 17, 90)}. */
	public String describe()
	{
		final List<String> parts = new ArrayList<>();
		add(parts, given, "with their own window");
		add(parts, named, "naming their tile");
		add(parts, single, "in one window");
		add(parts, cut, "in several, cut by one of them");
		add(parts, shared, "in several, given their intersection");
		if (!outside.isEmpty())
			parts.add(outside.size() + " outside every window, compared by plain IoU (ids " + shown() + ")");
		if (!hasGrid && unknown > 0)
			parts.add(unknown + " without a window");
		return "tile windows: " + (parts.isEmpty() ? "no prediction" : String.join(", ", parts));
	}

	private String shown()
	{
		final StringBuilder sb = new StringBuilder();
		for (int i = 0; i < Math.min(IDS_SHOWN, outside.size()); i++)
			sb.append(i == 0 ? "" : ", ").append(outside.get(i));
		if (outside.size() > IDS_SHOWN)
			sb.append(String.format(Locale.ROOT, " and %d more", outside.size() - IDS_SHOWN));
		return sb.toString();
	}

	private static void add(final List<String> parts, final int n, final String what)
	{
		if (n > 0)
			parts.add(n + " " + what);
	}
}
