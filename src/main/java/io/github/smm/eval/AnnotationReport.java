package io.github.smm.eval;

import java.util.Collections;
import java.util.List;

/** The problems {@link AnnotationCheck} found in the ground truth of one image. */
public final class AnnotationReport
{
	/** Two instances sharing pixels ({@code firstId} comes first in the input). */
	public static final class Overlap
	{
		private final long firstId, secondId, sharedPixels;

		public Overlap(final long firstId, final long secondId, final long sharedPixels)
		{
			this.firstId = firstId;
			this.secondId = secondId;
			this.sharedPixels = sharedPixels;
		}

		public long firstId()
		{
			return firstId;
		}

		public long secondId()
		{
			return secondId;
		}

		/** Number of shared pixels. */
		public long sharedPixels()
		{
			return sharedPixels;
		}

		@Override
		public String toString()
		{
			return "instances " + firstId + " and " + secondId + " share " + sharedPixels + " px";
		}
	}

	/** An instance smaller than the minimum area. */
	public static final class Sliver
	{
		private final long id, area;

		public Sliver(final long id, final long area)
		{
			this.id = id;
			this.area = area;
		}

		public long id()
		{
			return id;
		}

		/** Number of pixels. */
		public long area()
		{
			return area;
		}

		@Override
		public String toString()
		{
			return "instance " + id + " has only " + area + " px";
		}
	}

	/** An instance made of several connected pieces. */
	public static final class Pieces
	{
		private final long id;
		private final int count;

		public Pieces(final long id, final int count)
		{
			this.id = id;
			this.count = count;
		}

		public long id()
		{
			return id;
		}

		/** Number of connected pieces (at least 2). */
		public int count()
		{
			return count;
		}

		@Override
		public String toString()
		{
			return "instance " + id + " is in " + count + " pieces";
		}
	}

	/** An instance enclosing background. */
	public static final class Holes
	{
		private final long id;
		private final int count;
		private final long area;

		public Holes(final long id, final int count, final long area)
		{
			this.id = id;
			this.count = count;
			this.area = area;
		}

		public long id()
		{
			return id;
		}

		/** Number of holes. */
		public int count()
		{
			return count;
		}

		/** Pixels in all holes. */
		public long area()
		{
			return area;
		}

		@Override
		public String toString()
		{
			return "instance " + id + " has " + count + " hole(s) of " + area + " px";
		}
	}

	private final int instances;
	private final List<Overlap> overlaps;
	private final List<Sliver> slivers;
	private final List<Pieces> pieces;
	private final List<Holes> holes;

	public AnnotationReport(final int instances, final List<Overlap> overlaps, final List<Sliver> slivers, final List<Pieces> pieces, final List<Holes> holes)
	{
		this.instances = instances;
		this.overlaps = Collections.unmodifiableList(overlaps);
		this.slivers = Collections.unmodifiableList(slivers);
		this.pieces = Collections.unmodifiableList(pieces);
		this.holes = Collections.unmodifiableList(holes);
	}

	/** Number of instances checked. */
	public int instanceCount()
	{
		return instances;
	}

	/** Overlapping pairs, ordered by the first instance's then the second's input position. */
	public List<Overlap> overlaps()
	{
		return overlaps;
	}

	/** Slivers, in input order. */
	public List<Sliver> slivers()
	{
		return slivers;
	}

	/** Instances in several pieces, in input order. */
	public List<Pieces> pieces()
	{
		return pieces;
	}

	/** Instances with holes, in input order. */
	public List<Holes> holes()
	{
		return holes;
	}

	/** True when no problem was found. */
	public boolean isClean()
	{
		return overlaps.isEmpty() && slivers.isEmpty() && pieces.isEmpty() && holes.isEmpty();
	}

	@Override
	public String toString()
	{
		return "AnnotationReport of " + instances + " instances: overlaps=" + overlaps.size() + " slivers=" + slivers.size() + " pieces=" + pieces.size() + " holes=" + holes.size();
	}
}
