package io.github.smm.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.smm.eval.AnnotationReport;
import io.github.smm.eval.CategoryMode;
import io.github.smm.eval.MatchingStats;
import io.github.smm.eval.coco.CocoSummary;
import io.github.smm.model.Instance;

/**
 * The tables of the evaluation commands as comma-separated files: the scores of every image
 * at every IoU threshold, their totals over the data set, and the problems found in ground
 * truth. Numbers are written in full precision ({@link Double#toString}); a ratio with no
 * data is 0 (see {@link MatchingStats}), a SEG with no ground-truth object is {@code NaN}.
 * Text fields holding a comma or a quote are quoted.
 */
public final class EvaluationCsv
{
	/**
	 * Columns of the per-image table, in order; {@code classes} says how classes were matched
	 * ({@link CategoryMode#token()}).
	 */
	public static final List<String> IMAGE_COLUMNS = List.of("image", "threshold", "classes", "tp", "fp", "fn", "precision", "recall", "f1", "accuracy",
			"mean_matched_iou", "mean_true_iou", "pq", "seg", "splits", "merges", "missed", "spurious");

	/** The COCO columns of the data-set table, before their {@code _per_category} / {@code _class_agnostic} suffix. */
	public static final List<String> COCO_COLUMNS = List.of("coco_ap", "coco_ap50", "coco_ap75", "coco_ar");

	/**
	 * Columns of the data-set table, in order: the COCO ones carry the mode, e.g.
	 * {@code coco_ap_per_category}, and are empty without COCO inputs.
	 */
	public static List<String> summaryColumns(final CategoryMode mode)
	{
		final List<String> out = new ArrayList<>(List.of("threshold", "images", "classes", "tp", "fp", "fn", "precision", "recall", "f1", "accuracy",
				"mean_matched_iou", "mean_true_iou", "pq", "seg", "splits", "merges", "missed", "spurious"));
		for (final String c : COCO_COLUMNS)
			out.add(cocoColumn(c, mode));
		return Collections.unmodifiableList(out);
	}

	/** A COCO column's name in a mode, e.g. {@code coco_ap_class_agnostic}. */
	public static String cocoColumn(final String column, final CategoryMode mode)
	{
		return column + "_" + mode.token();
	}

	/** Columns of the ground-truth problem table, in order. */
	public static final List<String> PROBLEM_COLUMNS = List.of("image", "kind", "ids", "pixels", "count");

	private EvaluationCsv()
	{}

	/**
	 * The scores of one image (or of the data set) at one IoU threshold: the matching counts,
	 * SEG (which does not depend on the threshold) and the error counts of
	 * {@link io.github.smm.eval.ErrorAnalysis} (misses and spurious predictions judged at the
	 * threshold).
	 */
	public static final class Row
	{
		private final String image;
		private final MatchingStats stats;
		private final double seg;
		private final long splits, merges, missed, spurious;

		public Row(final String image, final MatchingStats stats, final double seg, final long splits, final long merges, final long missed, final long spurious)
		{
			this.image = Objects.requireNonNull(image, "image");
			this.stats = Objects.requireNonNull(stats, "stats of image " + image);
			this.seg = seg;
			this.splits = splits;
			this.merges = merges;
			this.missed = missed;
			this.spurious = spurious;
		}

		public String image()
		{
			return image;
		}

		public MatchingStats stats()
		{
			return stats;
		}

		public double seg()
		{
			return seg;
		}

		public long splits()
		{
			return splits;
		}

		public long merges()
		{
			return merges;
		}

		public long missed()
		{
			return missed;
		}

		public long spurious()
		{
			return spurious;
		}

		/** The values from {@code tp} to {@code spurious} (shared by both score tables). */
		List<String> values()
		{
			final MatchingStats s = stats;
			return Arrays.asList(Long.toString(s.truePositives()), Long.toString(s.falsePositives()), Long.toString(s.falseNegatives()),
					num(s.precision()), num(s.recall()), num(s.f1()), num(s.accuracy()), num(s.meanMatchedIou()), num(s.meanTrueIou()),
					num(s.panopticQuality()), num(seg), Long.toString(splits), Long.toString(merges), Long.toString(missed), Long.toString(spurious));
		}
	}

	/** What is wrong with a ground-truth instance (or pair), with its token in the table. */
	public enum ProblemKind
	{
		/** Two instances share pixels; pixels = shared pixels. */
		OVERLAP("overlap"),
		/** An instance smaller than the minimum area; pixels = its area. */
		SLIVER("sliver"),
		/** An instance in several connected pieces; pixels = its area, count = pieces. */
		PIECES("pieces"),
		/** An instance enclosing background; pixels = hole area, count = holes. */
		HOLE("hole");

		private final String token;

		ProblemKind(final String token)
		{
			this.token = token;
		}

		/** The word written in the {@code kind} column. */
		public String token()
		{
			return token;
		}
	}

	/** One problem of the ground truth of one image. */
	public static final class Problem
	{
		private final String image;
		private final ProblemKind kind;
		private final long[] ids;
		private final long pixels;
		private final int count;

		public Problem(final String image, final ProblemKind kind, final long[] ids, final long pixels, final int count)
		{
			this.image = Objects.requireNonNull(image, "image");
			this.kind = Objects.requireNonNull(kind, "kind");
			this.ids = ids.clone();
			this.pixels = pixels;
			this.count = count;
		}

		public String image()
		{
			return image;
		}

		public ProblemKind kind()
		{
			return kind;
		}

		/** The instance ids (two for an overlap, else one); a copy. */
		public long[] ids()
		{
			return ids.clone();
		}

		public long pixels()
		{
			return pixels;
		}

		/** Pieces or holes of the instance; 1 for overlaps and slivers. */
		public int count()
		{
			return count;
		}
	}

	/**
	 * The problems of one image's report, in the order overlaps, slivers, pieces, holes.
	 *
	 * @param instances the instances that were checked (for the area of a split instance)
	 */
	public static List<Problem> problems(final String image, final AnnotationReport report, final List<Instance> instances)
	{
		final Map<Long, Long> area = new HashMap<>();
		for (final Instance i : instances)
			area.put(i.id(), i.area());
		return problems(image, report, area);
	}

	/** The problems of one image or volume, its objects' sizes (pixels or voxels) given by id. */
	public static List<Problem> problems(final String image, final AnnotationReport report, final Map<Long, Long> area)
	{
		final List<Problem> out = new ArrayList<>();
		for (final AnnotationReport.Overlap o : report.overlaps())
			out.add(new Problem(image, ProblemKind.OVERLAP, new long[] { o.firstId(), o.secondId() }, o.sharedPixels(), 1));
		for (final AnnotationReport.Sliver s : report.slivers())
			out.add(new Problem(image, ProblemKind.SLIVER, new long[] { s.id() }, s.area(), 1));
		for (final AnnotationReport.Pieces p : report.pieces())
			out.add(new Problem(image, ProblemKind.PIECES, new long[] { p.id() }, area.getOrDefault(p.id(), 0L), p.count()));
		for (final AnnotationReport.Holes h : report.holes())
			out.add(new Problem(image, ProblemKind.HOLE, new long[] { h.id() }, h.area(), h.count()));
		return Collections.unmodifiableList(out);
	}

	/** Writes the per-image table. */
	public static void writeImages(final Path file, final List<Row> rows, final CategoryMode mode) throws IOException
	{
		AtomicFiles.writeText(file, out -> writeImages(out, rows, mode));
	}

	/** Writes the per-image table: one line per image and threshold. */
	public static void writeImages(final Writer out, final List<Row> rows, final CategoryMode mode) throws IOException
	{
		line(out, IMAGE_COLUMNS);
		for (final Row r : rows)
		{
			final List<String> cells = new ArrayList<>();
			cells.add(text(r.image));
			cells.add(num(r.stats.threshold()));
			cells.add(mode.token());
			cells.addAll(r.values());
			line(out, cells);
		}
	}

	/**
	 * Writes the data-set table with the COCO numbers ({@link CocoSummary#ap()}, AP50, AP75,
	 * AR) on every line; {@code coco} may be null (empty cells).
	 */
	public static void writeSummary(final Path file, final int images, final List<Row> totals, final CocoSummary coco, final CategoryMode mode) throws IOException
	{
		AtomicFiles.writeText(file, out -> writeSummary(out, images, totals, coco, mode));
	}

	/** Writes the data-set table: one line per threshold; {@code coco} may be null. */
	public static void writeSummary(final Writer out, final int images, final List<Row> totals, final CocoSummary coco, final CategoryMode mode) throws IOException
	{
		line(out, summaryColumns(mode));
		final List<String> cocoCells = coco == null ? Arrays.asList("", "", "", "") : Arrays.asList(num(coco.ap()), num(coco.ap50()), num(coco.ap75()), num(coco.ar()));
		for (final Row r : totals)
		{
			final List<String> cells = new ArrayList<>();
			cells.add(num(r.stats.threshold()));
			cells.add(Integer.toString(images));
			cells.add(mode.token());
			cells.addAll(r.values());
			cells.addAll(cocoCells);
			line(out, cells);
		}
	}

	/** Writes the ground-truth problem table. */
	public static void writeProblems(final Path file, final List<Problem> problems) throws IOException
	{
		AtomicFiles.writeText(file, out -> writeProblems(out, problems));
	}

	/** Writes the ground-truth problem table: one line per problem, ids separated by spaces. */
	public static void writeProblems(final Writer out, final List<Problem> problems) throws IOException
	{
		line(out, PROBLEM_COLUMNS);
		for (final Problem p : problems)
			line(out, Arrays.asList(text(p.image), p.kind.token(), ids(p.ids), Long.toString(p.pixels), Integer.toString(p.count)));
	}

	/** Ids separated by single spaces. */
	public static String ids(final long[] ids)
	{
		final StringBuilder sb = new StringBuilder();
		for (final long id : ids)
			sb.append(sb.length() == 0 ? "" : " ").append(id);
		return sb.toString();
	}

	private static void line(final Writer out, final List<String> cells) throws IOException
	{
		out.write(String.join(",", cells));
		out.write('\n');
	}

	private static String num(final double v)
	{
		return Double.toString(v);
	}

	/** A text field, quoted when it holds a comma, a quote or a line break. */
	static String text(final String s)
	{
		if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0)
			return s;
		return '"' + s.replace("\"", "\"\"") + '"';
	}
}
