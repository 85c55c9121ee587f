package io.github.smm.io.coco;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.smm.io.FormatException;

/**
 * Reads and writes COCO JSON: datasets ({@code images}, {@code categories},
 * {@code annotations} with polygon or RLE segmentations, compressed or not) and detection
 * results (a bare array of {@code {image_id, category_id, segmentation, score}}).
 * <p>
 * Reading is strict: malformed or truncated JSON, missing or mistyped fields, unknown image or
 * category ids, repeated ids, RLE sizes that differ from the image, counts that are negative or
 * do not cover the image, bad compressed characters and polygons of fewer than 3 points all
 * throw a {@link FormatException} naming the file and the item (e.g.
 * {@code gt.json: annotations[12] (id 13): ...}). Polygons are rasterised as pycocotools does.
 * A missing {@code area} is the mask's pixel count; {@code bbox} is recomputed from the mask;
 * a ground truth {@code score} defaults to 1.
 * </p>
 * <p>
 * Where a slicing tool says which tile a prediction came from, it is kept: {@code slice_bbox}
 * ({@code [x_min, y_min, x_max, y_max]}, as SAHI's slice boxes; clipped to the image, and it must
 * contain the mask) becomes the source window, {@code tile} (an index into the tile grid given
 * to the merge) the tile index. Results may carry {@code image_width} and {@code image_height}
 * (polygon results without an images file need them).
 * </p>
 */
public final class CocoJson
{
	private CocoJson()
	{}

	/**
	 * True when the file's first JSON value is a list — detection results, as detectron2, SAHI
	 * and MMDetection write them — rather than a COCO dataset object.
	 */
	public static boolean isResultList(final Path file) throws IOException
	{
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8))
		{
			for (int c = r.read(); c >= 0; c = r.read())
				if (!Character.isWhitespace(c) && c != '\uFEFF')
					return c == '[';
			return false;
		}
		catch (final java.nio.charset.CharacterCodingException e)
		{
			throw new io.github.smm.io.FormatException(file + ": not UTF-8 text, so not a JSON file (" + e.getMessage() + ")", e);
		}
	}

	/** Reads a COCO dataset file. */
	public static CocoDataset read(final Path file)
	{
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8))
		{
			return read(r, file.toString());
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	/** Reads a COCO dataset; {@code source} names it in error messages. */
	public static CocoDataset read(final Reader reader, final String source)
	{
		return new CocoJsonReader(source).dataset(reader);
	}

	/**
	 * Reads detection results for {@code groundTruth}'s images and categories. As pycocotools'
	 * {@code loadRes}: ids are 1, 2, ... in file order, {@code iscrowd} is 0 and {@code area} is
	 * the mask's pixel count.
	 */
	public static List<CocoAnnotation> readResults(final Path file, final CocoDataset groundTruth)
	{
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8))
		{
			return readResults(r, file.toString(), groundTruth);
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	/** Reads detection results; {@code source} names them in error messages. */
	public static List<CocoAnnotation> readResults(final Reader reader, final String source, final CocoDataset groundTruth)
	{
		return new CocoJsonReader(source).results(reader, groundTruth);
	}

	/**
	 * Reads detection results without an images file: each {@code image_id} becomes an image
	 * whose size is the {@code size} of its RLE masks (all must agree) or, for polygon-only
	 * results, their {@code image_width} and {@code image_height}; the categories are the
	 * {@code category_id}s found. Ids as in {@link #readResults(Path, CocoDataset)}.
	 *
	 * @throws FormatException naming the result when an image's size cannot be known or its
	 *             results disagree on it
	 */
	public static CocoDataset readResults(final Path file)
	{
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8))
		{
			return readResults(r, file.toString());
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	/** Reads detection results on their own; {@code source} names them in error messages. */
	public static CocoDataset readResults(final Reader reader, final String source)
	{
		return new CocoJsonReader(source).resultsAlone(reader);
	}

	/** Writes a dataset file. */
	public static void write(final CocoDataset dataset, final Path file, final CocoWriteOptions options)
	{
		try
		{
			io.github.smm.io.AtomicFiles.writeText(file, w -> write(dataset, w, options));
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/** Writes a dataset: images, categories and annotations. */
	public static void write(final CocoDataset dataset, final Writer writer, final CocoWriteOptions options) throws IOException
	{
		new CocoJsonWriter(options).dataset(dataset, writer);
	}

	/** Writes the annotations of {@code dataset} as a detection-results file. */
	public static void writeResults(final CocoDataset dataset, final Path file, final CocoWriteOptions options)
	{
		try
		{
			io.github.smm.io.AtomicFiles.writeText(file, w -> writeResults(dataset, w, options));
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/** Writes the annotations of {@code dataset} as a bare results array. */
	public static void writeResults(final CocoDataset dataset, final Writer writer, final CocoWriteOptions options) throws IOException
	{
		new CocoJsonWriter(options).results(dataset, writer);
	}
}
