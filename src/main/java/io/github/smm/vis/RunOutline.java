package io.github.smm.vis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Traces the outline of a mask along pixel edges, straight from its row runs (no bitmap).
 * <p>
 * Edges are directed so that the mask lies on the right when walking in image coordinates
 * (y down): top edges run east, right edges south, bottom edges west, left edges north.
 * Vertical edges are the sides of runs; horizontal edges on the line between rows
 * {@code r-1} and {@code r} are the symmetric difference of the two rows' runs. Where two
 * pixels touch only at a corner, the walk turns right, so each loop encloses one
 * 4-connected part (or one hole). Only corners are kept as vertices.
 * </p>
 */
final class RunOutline
{
	private static final int EAST = 0, SOUTH = 1, WEST = 2, NORTH = 3;

	/** Headings tried at a vertex, as quarter turns clockwise: right, straight, left. */
	private static final int[] TURNS = { 1, 0, 3 };

	private final MaskRows rows;
	/** Per line {@code Y} (0..height): east segments {@code [ea, eb)} and west segments. */
	private final IntervalLists east, west;
	private final boolean[] eastDone;
	/** The walker's vertex while tracing. */
	private int x, y;

	private RunOutline(final MaskRows rows)
	{
		this.rows = rows;
		east = new IntervalLists(rows.height + 1);
		west = new IntervalLists(rows.height + 1);
		for (int y = 0; y <= rows.height; y++)
		{
			east.startLine(y);
			difference(rows, y, y - 1, east);
			west.startLine(y);
			difference(rows, y - 1, y, west);
		}
		east.finish();
		west.finish();
		eastDone = new boolean[east.size()];
	}

	/**
	 * The closed loops of {@code rows}' outline, each as {@code x0, y0, x1, y1, …} corner
	 * coordinates local to the mask's box.
	 */
	static List<int[]> loops(final MaskRows rows)
	{
		final RunOutline o = new RunOutline(rows);
		final List<int[]> loops = new ArrayList<>();
		for (int y = 0; y <= rows.height; y++)
			for (int i = o.east.lineStart[y]; i < o.east.lineStart[y + 1]; i++)
				if (!o.eastDone[i])
					loops.add(o.trace(i, y));
		return loops;
	}

	/** Appends the runs of row {@code a} not covered by row {@code b}. */
	private static void difference(final MaskRows m, final int a, final int b, final IntervalLists out)
	{
		int j = m.first(b);
		final int bTo = m.last(b);
		for (int i = m.first(a); i < m.last(a); i++)
		{
			int s = m.start[i];
			final int e = m.end[i];
			while (j < bTo && m.end[j] <= s)
				j++;
			for (int k = j; s < e; k++)
			{
				if (k >= bTo || m.start[k] >= e)
				{
					out.add(s, e);
					break;
				}
				if (m.start[k] > s)
					out.add(s, m.start[k]);
				s = Math.max(s, m.end[k]);
			}
		}
	}

	/** Walks the loop that starts with east segment {@code first} on line {@code line}. */
	private int[] trace(final int first, final int line)
	{
		final IntList corners = new IntList();
		x = east.a[first];
		y = line;
		corners.add(x, y);
		int heading = EAST;
		int edge = first;
		final int limit = 2 * (east.size() + west.size() + 2 * rows.start.length) + 4;
		for (int step = 0; step < limit; step++)
		{
			walk(heading, edge);
			// the next edge: right turn, straight on, left turn
			int next = -1, d = heading;
			for (final int turn : TURNS)
			{
				d = (heading + turn) % 4;
				next = edgeFrom(x, y, d);
				if (next >= 0)
					break;
			}
			if (next < 0)
				throw new IllegalStateException("outline trace lost at (" + x + "," + y + ")");
			if (d == EAST && next == first)
				return corners.toArray();
			if (d != heading)
				corners.add(x, y);
			heading = d;
			edge = next;
		}
		throw new IllegalStateException("outline trace did not close");
	}

	/** Moves {@code (x, y)} to the end of {@code edge}, heading {@code heading}. */
	private void walk(final int heading, final int edge)
	{
		switch (heading)
		{
			case EAST:
				eastDone[edge] = true;
				x = east.b[edge];
				break;
			case WEST:
				x = west.a[edge];
				break;
			case SOUTH:
				y++;
				break;
			default: // NORTH
				y--;
		}
	}

	/** The edge leaving vertex {@code (vx, vy)} in direction {@code d}, or -1. */
	private int edgeFrom(final int vx, final int vy, final int d)
	{
		switch (d)
		{
			case EAST:
				return east.findA(vy, vx);
			case WEST:
				return west.findB(vy, vx);
			case SOUTH:
				return find(rows.end, rows.first(vy), rows.last(vy), vx);
			case NORTH:
				return find(rows.start, rows.first(vy - 1), rows.last(vy - 1), vx);
			default:
				throw new IllegalArgumentException("direction " + d);
		}
	}

	private static int find(final int[] sorted, final int from, final int to, final int key)
	{
		if (from >= to)
			return -1;
		final int i = Arrays.binarySearch(sorted, from, to, key);
		return i >= 0 ? i : -1;
	}

	/** Sorted disjoint intervals {@code [a, b)} grouped by line. */
	private static final class IntervalLists
	{
		final int[] lineStart;
		int[] a = new int[8], b = new int[8];
		private int n, currentLine;

		IntervalLists(final int lines)
		{
			lineStart = new int[lines + 1];
		}

		void startLine(final int line)
		{
			lineStart[line] = n;
			currentLine = line;
		}

		void add(final int s, final int e)
		{
			if (n == a.length)
			{
				a = Arrays.copyOf(a, 2 * n);
				b = Arrays.copyOf(b, 2 * n);
			}
			a[n] = s;
			b[n] = e;
			n++;
		}

		void finish()
		{
			lineStart[currentLine + 1] = n;
		}

		int size()
		{
			return n;
		}

		int findA(final int line, final int x)
		{
			return line < 0 || line >= lineStart.length - 1 ? -1 : find(a, lineStart[line], lineStart[line + 1], x);
		}

		int findB(final int line, final int x)
		{
			return line < 0 || line >= lineStart.length - 1 ? -1 : find(b, lineStart[line], lineStart[line + 1], x);
		}
	}

	/** A growable list of ints. */
	private static final class IntList
	{
		private int[] v = new int[16];
		private int n;

		void add(final int x, final int y)
		{
			if (n + 2 > v.length)
				v = Arrays.copyOf(v, 2 * v.length);
			v[n++] = x;
			v[n++] = y;
		}

		int[] toArray()
		{
			return Arrays.copyOf(v, n);
		}
	}
}
