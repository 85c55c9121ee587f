package io.github.smm.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.google.gson.Gson;

import io.github.smm.MergeOptions;
import io.github.smm.bioimageio.ModelPackage;
import io.github.smm.bioimageio.ModelRunner;
import io.github.smm.bioimageio.ModelSegmentation;
import io.github.smm.bioimageio.ModelSegmentationOptions;
import io.github.smm.bioimageio.ModelSegmentationOptions.Normalization;
import io.github.smm.bioimageio.Npy;
import io.github.smm.bioimageio.Tensor;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.tiling.ImagePlusTileSource;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.tile.BlendWeights;
import io.github.smm.tile.DistanceSplit;
import io.github.smm.tile.ThresholdComponents;
import io.github.smm.tile.TileBlender;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TileSource;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.TiledMerge;
import io.github.smm.tile.MergedInstance;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The DSB mosaic table: the dynamic U-Net run untiled (one call on the whole image) against
 * the blended route and the per-tile route merged by SMM (union, central), NMS and greedy NMM,
 * for each tile size and normalisation; each tiled plan is inferred once and replayed to every
 * route and method (see {@link TileMapCache}).
 */
final class DsbModelTable
{
	static final String IMAGE = "dsb_mosaic/dsb2018_u2os_mosaic_A_6x6_image.png", LABELS = "dsb_mosaic/dsb2018_u2os_mosaic_A_6x6_labels.tif";
	static final double THRESHOLD = 0.5;
	static final long MIN_AREA = 15;

	private final PrintStream out;
	private final int threads;
	private final Path models, data;
	private final int[] tileSizes;
	private final List<Normalization> normalizations;
	private final int overlap, window;
	private final DistanceSplit split;
	private List<Instance> untiled;
	/** Extra SMM settings: each adds a per_tile + SMM union and central row. */
	private List<MergeOptions> smmSettings = List.of();

	/**
	 * @param overlap pixels, or 0: 96 px for tiles up to 256 px, else 128 px
	 * @param window the per-tile normalisation's window (0: the tile itself)
	 * @param splitDepth split touching objects (every route, the untiled one too) by {@link DistanceSplit}; 0: not
	 */
	DsbModelTable(final PrintStream out, final int threads, final Path models, final Path data, final int[] tileSizes, final List<Normalization> normalizations,
			final int overlap, final int window, final double splitDepth)
	{
		this.window = window;
		this.split = splitDepth > 0 ? new DistanceSplit(splitDepth) : null;
		this.out = out;
		this.threads = threads;
		this.models = models;
		this.data = data;
		this.tileSizes = tileSizes;
		this.normalizations = normalizations;
		this.overlap = overlap;
	}

	/** Adds a per_tile + SMM union and central row for each of {@code settings} (merge options; method and fusion are set per row). */
	DsbModelTable withSmmSettings(final List<MergeOptions> settings)
	{
		this.smmSettings = List.copyOf(settings);
		return this;
	}

	static TileSource<FloatType> image(final Path data) throws IOException
	{
		final Path p = data.resolve(IMAGE);
		if (!Files.exists(p))
			throw new BenchUsageException("--data", p + " is absent (give the shared data folder)");
		return new ImagePlusTileSource(ImagePlusLabels.open(p));
	}

	void run() throws IOException
	{
		final TileSource<FloatType> source = image(data);
		final List<Instance> truth = ImagePlusLabels.toInstances(ImagePlusLabels.open(data.resolve(LABELS)));
		out.printf(Locale.ROOT, "DSB mosaic %d x %d, %d nuclei; threshold %.1f, 4-connected components, objects >= %d px%n", source.width(), source.height(), truth.size(), THRESHOLD, MIN_AREA);
		try (ModelRunner dynamic = new ModelRunner(ModelPackage.open(models.resolve("unet2d_nuclei_broad_dynamic")), threads))
		{
			out.println("| route | tile | normalization | objects | F1@0.5 | PQ | AP | splits | merges | missed | spurious | vs reference: seam splits | merged neighbours | extra | lost |");
			untiled = untiled(dynamic, source);
			row("untiled (whole image, one call)", "-", "whole_image", untiled, truth, source, null);
			for (final int tile : tileSizes)
				for (final Normalization n : normalizations)
					tiled(dynamic, source, truth, tile, n);
		}
	}

	/** The whole image in one call (cached as target/model-bench/untiled.npy: it takes minutes and GBs). */
	private List<Instance> untiled(final ModelRunner runner, final TileSource<FloatType> source) throws IOException
	{
		final int w = (int) source.width(), h = (int) source.height();
		final Path cache = Path.of("target", "model-bench", "untiled.npy");
		float[] map;
		if (Files.exists(cache))
			map = Npy.read(Files.readAllBytes(cache), cache.toString()).data;
		else
		{
			final long t0 = System.nanoTime();
			final float[] px = new float[w * h];
			final RandomAccessibleInterval<FloatType> all = source.read(new Box(0, 0, w, h));
			final RandomAccess<FloatType> ra = all.randomAccess();
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++)
				{
					ra.setPosition(new long[] { x, y });
					px[y * w + x] = ra.get().get();
				}
			map = runner.run(List.of(new Tensor(List.of("batch", "channel", "y", "x"), new int[] { 1, 1, h, w }, px))).get(0).data();
			out.printf(Locale.ROOT, "untiled run: %.1f s%n", (System.nanoTime() - t0) / 1e9);
			Files.createDirectories(cache.getParent());
			final ByteArrayOutputStream b = new ByteArrayOutputStream();
			Npy.write(b, new int[] { h, w }, map);
			Files.write(cache, b.toByteArray());
		}
		return DistanceSplit.splitAll(ThresholdComponents.of(ArrayImgs.floats(map, w, h), THRESHOLD), split, MIN_AREA);
	}

	private void tiled(final ModelRunner runner, final TileSource<FloatType> source, final List<Instance> truth, final int tile, final Normalization n)
	{
		final ModelSegmentationOptions o = ModelSegmentationOptions.defaults().withTileSize(tile).withOverlap(Overlap.pixels(overlap > 0 ? overlap : tile <= 256 ? 96 : 128)).withNormalization(n)
				.withNormalizationWindow(window);
		final ModelSegmentation seg = new ModelSegmentation(runner, o, MergeOptions.defaults());
		final TilePlan plan = seg.plan(source);
		final long t0 = System.nanoTime();
		final TileMapCache cache = new TileMapCache(plan, source, seg.predictor(source));
		out.printf(Locale.ROOT, "tiles %d px, overlap %d px, normalization %s: %d tiles inferred in %.1f s%n", plan.tileWidth(), plan.overlapX(), token(n), plan.tileCount(),
				(System.nanoTime() - t0) / 1e9);
		final List<Instance> blended = new ArrayList<>();
		new TileBlender(plan, new BlendWeights(plan, o.taper(), cache.predictor().tiling().halo())).blend(source, cache.replay(),
				new ThresholdComponents(plan, THRESHOLD, DistanceSplit.splitting(split, MIN_AREA, blended::add)));
		final String size = String.valueOf(tile);
		row("blended", size, token(n), blended, truth, source, untiled);
		final String[][] methods = { { "per_tile + SMM union", "smm-exact", "union" }, { "per_tile + SMM central", "smm-exact", "central" },
				{ "per_tile + NMS", "nms", "union" }, { "per_tile + greedy NMM", "greedy_nmm", "union" } };
		for (final String[] m : methods)
			perTile(plan, source, cache, truth, blended, m[0], MergeOptions.defaults().with("method", m[1]).with("fusion", m[2]), size, n);
		for (final MergeOptions extra : smmSettings)
			for (final String fusion : new String[] { "union", "central" })
			{
				final MergeOptions mo = extra.with("fusion", fusion);
				perTile(plan, source, cache, truth, blended, "per_tile + SMM " + fusion + " [" + differences(mo) + "]", mo, size, n);
			}
	}

	/** One per-tile row: the cached tile maps merged with {@code mo}, scored and compared with the blended run, its seam splits by cause. */
	private void perTile(final TilePlan plan, final TileSource<FloatType> source, final TileMapCache cache, final List<Instance> truth, final List<Instance> blended, final String route,
			final MergeOptions mo, final String size, final Normalization n)
	{
		final List<MergedInstance> outputs = new ArrayList<>();
		final SeamSplitCauses causes = new SeamSplitCauses(mo);
		new TiledMerge(plan, mo).withTileListener((t, found) -> causes.add(found)).run(source, cache.segmenter(THRESHOLD, MIN_AREA, split), outputs::add);
		final List<Instance> merged = new ArrayList<>(outputs.size());
		for (final MergedInstance mi : outputs)
			merged.add(mi.instance());
		row(route, size, token(n), merged, truth, source, blended);
		out.printf(Locale.ROOT, "  seam splits of %s against blended, by cause: %s%n", route, causes.causes(outputs, blended));
	}

	/** The options that differ from the defaults (method and threads left out), as {@code key=value} text. */
	private static String differences(final MergeOptions o)
	{
		final String[] base = MergeOptions.defaults().toString().split(" ");
		final StringBuilder sb = new StringBuilder();
		for (final String kv : o.toString().split(" "))
			if (!java.util.Arrays.asList(base).contains(kv) && !kv.startsWith("method=") && !kv.startsWith("threads="))
				sb.append(sb.length() == 0 ? "" : " ").append(kv);
		return sb.toString();
	}

	/** A table row; against {@code reference} (blended rows: the untiled run; per-tile rows: the blended run of the same plan) unless null. */
	private void row(final String route, final String tile, final String normalization, final List<Instance> found, final List<Instance> truth, final TileSource<?> source,
			final List<Instance> reference)
	{
		final Scores s = Scores.of(found, truth, source.width(), source.height());
		final int[] v = reference == null ? null : Scores.versus(found, reference);
		out.printf(Locale.ROOT, "| %s | %s | %s | %d | %.4f | %.4f | %.4f | %d | %d | %d | %d | %s |%n", route, tile, normalization, s.objects, s.f1, s.pq, s.ap, s.splits, s.merges, s.missed,
				s.spurious, v == null ? "- | - | - | -" : v[0] + " | " + v[1] + " | " + v[2] + " | " + v[3]);
		final Map<String, Object> j = new LinkedHashMap<>();
		j.put("part", "dsb");
		j.put("route", route);
		j.put("tile", tile);
		j.put("normalization", normalization);
		j.putAll(s.json());
		if (v != null)
			j.put("versus_reference", Map.of("seam_splits", v[0], "merged_neighbours", v[1], "extra", v[2], "lost", v[3]));
		out.println(new Gson().toJson(j));
	}

	private String token(final Normalization n)
	{
		return n.name().toLowerCase(Locale.ROOT) + (n == Normalization.PER_TILE && window > 0 ? " (window " + window + ")" : "") + (split != null ? ", split" : "");
	}

	/** A generated nucleus-like field: discs of radius 6–9 px on a jittered 26 px grid, on a dim background. */
	static double syntheticNuclei(final long x, final long y)
	{
		final long cx = Math.floorDiv(x, 26), cy = Math.floorDiv(y, 26);
		long hsh = cx * 73856093L ^ cy * 19349663L;
		hsh = hsh * 0x9E3779B97F4A7C15L;
		final double jx = ((hsh >>> 8) & 7) - 3.5, jy = ((hsh >>> 16) & 7) - 3.5, r = 6 + ((hsh >>> 24) & 3);
		final double dx = x - (cx * 26 + 13 + jx), dy = y - (cy * 26 + 13 + jy);
		return dx * dx + dy * dy <= r * r ? 160 + ((hsh >>> 32) & 63) : 20;
	}
}
