package io.github.smm.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.github.smm.MergeOptions;
import io.github.smm.Preset;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;
import io.github.smm.tile.BlendReport;
import io.github.smm.tile.BlendSink;
import io.github.smm.tile.MeteredTileSource;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.Taper;
import io.github.smm.tile.TileBlender;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TileSource;
import io.github.smm.tile.TileSources;
import io.github.smm.tile.TiledMerge;
import io.github.smm.tile.TiledMergeReport;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * Measures the tiled runners on generated images and prints what it finds; the last line is
 * JSON. {@code java -cp smm.jar io.github.smm.bench.TileBench [--size 40000] [--tile 256]
 * [--overlap 32] [--cells-size 8192]}:
 * <ul>
 * <li>runner overhead per tile: {@link TiledMerge} with a segmenter that finds nothing;</li>
 * <li>blending overhead per tile: {@link TileBlender} on ready-made float tiles;</li>
 * <li>peak resident pixels of both on the whole image, counted from what they hold (tiles
 * read and not released, via {@link MeteredTileSource}, plus the blending strip), against the
 * budget of two bands of tiles plus one tile;</li>
 * <li>live instances on a generated cell image ({@code --cells-size}, 0 skips it): the front,
 * not the image.</li>
 * </ul>
 */
public final class TileBench
{
	private long size = 40_000, cellsSize = 8192;
	private int tile = 256, overlap = 32;

	private TileBench()
	{}

	public static void main(final String... args)
	{
		System.exit(run(args, System.out, System.err));
	}

	/** Runs the benchmark; returns the exit code (2 for bad arguments). */
	public static int run(final String[] args, final PrintStream out, final PrintStream err)
	{
		final TileBench bench = new TileBench();
		try
		{
			bench.parse(args);
		}
		catch (final IllegalArgumentException e)
		{
			err.println("tile-bench: " + e.getMessage());
			err.println("usage: tile-bench [--size PX] [--tile PX] [--overlap PX] [--cells-size PX (0: skip)]");
			return 2;
		}
		bench.measure(out);
		return 0;
	}

	private void parse(final String[] args)
	{
		for (int i = 0; i < args.length; i += 2)
		{
			if (i + 1 >= args.length)
				throw new IllegalArgumentException("option " + args[i] + " needs a value");
			final long v = number(args[i], args[i + 1]);
			switch (args[i])
			{
			case "--size":
				size = v;
				break;
			case "--tile":
				tile = (int) v;
				break;
			case "--overlap":
				overlap = (int) v;
				break;
			case "--cells-size":
				cellsSize = v;
				break;
			default:
				throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
	}

	private static long number(final String option, final String value)
	{
		try
		{
			return Long.parseLong(value.trim());
		}
		catch (final NumberFormatException e)
		{
			throw new IllegalArgumentException("option " + option + ": '" + value + "' is not a whole number");
		}
	}

	private void measure(final PrintStream out)
	{
		final TilePlan plan = TilePlan.of(size, size, tile, Overlap.pixels(overlap));
		out.print(plan.describe());
		warmUp();
		final Run runner = runner(plan);
		out.printf(Locale.ROOT, "runner, no-op segmenter: %d tiles in %.3f s = %.4f ms/tile (CPU %.4f ms/tile); held at most %d tile px (%d reads, %d distinct)%n", plan.tileCount(),
				runner.seconds, runner.msPerTile(plan), runner.cpuMsPerTile(plan), runner.peakPixels, runner.reads, runner.distinct);
		final Run blender = blender(plan);
		out.printf(Locale.ROOT, "blending %dx%d float tiles: %.3f s = %.4f ms/tile (CPU %.4f ms/tile); held at most %d px (tiles %d + strip %d)%n", tile, tile, blender.seconds,
				blender.msPerTile(plan), blender.cpuMsPerTile(plan), blender.peakPixels, blender.peakPixels - plan.stripPixels(), plan.stripPixels());
		final TiledMergeReport cells = cellsSize > 0 ? cells(TilePlan.of(cellsSize, cellsSize, tile, Overlap.pixels(overlap))) : null;
		if (cells != null)
			out.println("generated cells " + cellsSize + " px: " + cells);
		out.println(json(plan, runner, blender, cells));
	}

	private void warmUp()
	{
		final long s = Math.min(size, 2048);
		final TilePlan small = TilePlan.of(s, s, tile, Overlap.pixels(overlap));
		runner(small);
		blender(small);
	}

	/** What one timed run held and took. */
	private static final class Run
	{
		private final long wall0 = System.nanoTime(), cpu0 = cpuNanos();
		double seconds, cpuSeconds;
		long peakPixels, reads;
		int distinct;

		/** Ends the timing. */
		void stop()
		{
			seconds = (System.nanoTime() - wall0) / 1e9;
			cpuSeconds = (cpuNanos() - cpu0) / 1e9;
		}

		double msPerTile(final TilePlan plan)
		{
			return 1000 * seconds / plan.tileCount();
		}

		double cpuMsPerTile(final TilePlan plan)
		{
			return 1000 * cpuSeconds / plan.tileCount();
		}
	}

	/** CPU time of the calling thread (the runners work on it), less disturbed by other load than wall time. */
	private static long cpuNanos()
	{
		final java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
		return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : System.nanoTime();
	}

	private static Run runner(final TilePlan plan)
	{
		final MeteredTileSource<FloatType> source = new MeteredTileSource<>(TileSources.generated(plan.imageWidth(), plan.imageHeight(), (x, y) -> (x ^ y) & 255));
		final Run r = new Run();
		final TiledMergeReport report = new TiledMerge(plan, MergeOptions.defaults()).run(source, (t, pixels) -> Collections.emptyList());
		r.stop();
		r.peakPixels = Math.max(source.peakHeldPixels(), report.peakHeldTilePixels()) + report.peakLivePixels();
		r.reads = source.totalReads();
		r.distinct = source.distinctWindows();
		return r;
	}

	private static Run blender(final TilePlan plan)
	{
		final MeteredTileSource<FloatType> source = new MeteredTileSource<>(readyTiles(plan));
		final double[] checksum = new double[1];
		final BlendSink sum = (region, values) -> checksum[0] += values.getAt(region.minX, region.minY).get();
		final Run r = new Run();
		final BlendReport report = new TileBlender(plan, Taper.COSINE).blendMaps(source, sum);
		r.stop();
		r.peakPixels = Math.max(source.peakHeldPixels(), report.peakHeldTilePixels()) + report.stripPixels();
		r.reads = source.totalReads();
		r.distinct = source.distinctWindows();
		if (Double.isNaN(checksum[0]))
			throw new IllegalStateException("blending produced NaN");
		return r;
	}

	/** A source handing out one prepared float tile, moved to each window: reading costs nothing. */
	private static TileSource<FloatType> readyTiles(final TilePlan plan)
	{
		final RandomAccessibleInterval<FloatType> ready = ArrayImgs.floats(plan.tileWidth(), plan.tileHeight());
		Views.flatIterable(ready).forEach(v -> v.set(0.25f));
		return new TileSource<FloatType>()
		{
			@Override
			public long width()
			{
				return plan.imageWidth();
			}

			@Override
			public long height()
			{
				return plan.imageHeight();
			}

			@Override
			public RandomAccessibleInterval<FloatType> read(final Box window)
			{
				return Views.interval(Views.translate(ready, window.minX, window.minY), FinalInterval.createMinMax(window.minX, window.minY, window.maxX - 1, window.maxY - 1));
			}
		};
	}

	/** Merges procedurally generated cells (a disc every 40 px, jittered) tile by tile. */
	private static TiledMergeReport cells(final TilePlan plan)
	{
		final TileSource<FloatType> blank = TileSources.generated(plan.imageWidth(), plan.imageHeight(), (x, y) -> 0);
		return new TiledMerge(plan, MergeOptions.preset(Preset.MICROSCOPY)).run(blank, (t, pixels) -> cellsIn(t.window()));
	}

	private static List<Instance> cellsIn(final Box window)
	{
		final List<Instance> found = new ArrayList<>();
		final int pitch = 40;
		for (long j = Math.max(0, window.minY / pitch - 1); j <= window.maxY / pitch; j++)
			for (long i = Math.max(0, window.minX / pitch - 1); i <= window.maxX / pitch; i++)
			{
				final long h = (i * 0x9E3779B97F4A7C15L) ^ (j * 0xC2B2AE3D27D4EB4FL);
				final long cx = i * pitch + 20 + ((h >>> 8) & 15) - 8, cy = j * pitch + 20 + ((h >>> 16) & 15) - 8;
				final RleMask disc = Masks.clip(disc(cx, cy, 6 + (int) ((h >>> 24) & 7)), window);
				if (!disc.isEmpty())
					found.add(new Instance(found.size() + 1, disc, 0.9, 0, window, Instance.NO_TILE));
			}
		return found;
	}

	private static RleMask disc(final long cx, final long cy, final int r)
	{
		final io.github.smm.model.RleMaskBuilder b = RleMask.builder();
		for (long dy = -r; dy <= r; dy++)
		{
			final long half = (long) Math.floor(Math.sqrt((double) r * r - dy * dy));
			b.addRun(cy + dy, cx - half, cx + half + 1);
		}
		return b.build();
	}

	private String json(final TilePlan plan, final Run runner, final Run blender, final TiledMergeReport cells)
	{
		return String.format(Locale.ROOT,
				"{\"image\":%d,\"tile\":%d,\"overlap\":%d,\"tiles\":%d,\"runner_ms_per_tile\":%.5f,\"runner_cpu_ms_per_tile\":%.5f,\"blend_ms_per_tile\":%.5f,\"blend_cpu_ms_per_tile\":%.5f,\"runner_peak_resident_px\":%d,"
						+ "\"blend_peak_resident_px\":%d,\"plan_peak_resident_px\":%d,\"budget_px\":%d,\"within_budget\":%b,\"tile_reads\":%d,\"distinct_tiles\":%d%s}",
				size, tile, overlap, plan.tileCount(), runner.msPerTile(plan), runner.cpuMsPerTile(plan), blender.msPerTile(plan), blender.cpuMsPerTile(plan), runner.peakPixels, blender.peakPixels, plan.peakResidentPixels(),
				plan.residentBudget(), Math.max(runner.peakPixels, blender.peakPixels) <= plan.residentBudget(), runner.reads, runner.distinct, cells == null ? ""
						: String.format(Locale.ROOT, ",\"cells_image\":%d,\"cells_inputs\":%d,\"cells_outputs\":%d,\"cells_peak_live\":%d,\"cells_seconds\":%.3f", cellsSize,
								cells.inputInstances(), cells.outputs(), cells.peakLiveInstances(), cells.seconds()));
	}
}
