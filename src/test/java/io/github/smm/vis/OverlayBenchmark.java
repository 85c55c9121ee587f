package io.github.smm.vis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.process.ByteProcessor;
import io.github.smm.ij.Rois;
import io.github.smm.model.Instance;

/**
 * Times overlay building and flattening for many instances (not a test: run by hand).
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx4g -Djava.awt.headless=true -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.github.smm.vis.OverlayBenchmark [instances] [image side]
 * </pre>
 *
 * Prints the best and the median of 5 runs after one warm-up, in milliseconds.
 */
public final class OverlayBenchmark
{
	private OverlayBenchmark()
	{}

	public static void main(final String[] args)
	{
		final int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
		final int side = args.length > 1 ? Integer.parseInt(args[1]) : 6000;
		final List<Instance> instances = Shapes.randomDiscs(n, side, side, 1);
		long area = 0;
		for (final Instance i : instances)
			area += i.area();
		System.out.printf(Locale.ROOT, "%d discs (mean area %.0f px) on %dx%d, %s%n", n, area / (double) n, side, side, System.getProperty("java.version"));
		time("outline ROIs, ThresholdToSelection on the box (Rois.fromInstance)", () -> {
			final List<Roi> out = new ArrayList<>();
			for (final Instance i : instances)
				out.add(Rois.fromInstance(i));
			return out;
		});
		time("outline ROIs traced from runs (Outlines.roi)", () -> {
			final List<Roi> out = new ArrayList<>();
			for (final Instance i : instances)
				out.add(Outlines.roi(i.mask()));
			return out;
		});
		final ImagePlus imp = new ImagePlus("bench", new ByteProcessor(side, side));
		time("flatten without overlay (baseline)", imp::flatten);
		time("PngExport.render x0.25 without overlay (baseline)", () -> PngExport.render(imp, 0.25));
		for (final Rendering r : List.of(Rendering.VECTOR, Rendering.RASTER))
			for (final DrawMode mode : List.of(DrawMode.OUTLINE, DrawMode.FILL_AND_OUTLINE))
			{
				final String what = r + " " + mode;
				final Overlay overlay = time("build " + what, () -> MergeOverlay.of(instances).draw(mode).rendering(r).build(side, side));
				imp.setOverlay(overlay);
				time("flatten " + what + " (" + overlay.size() + " elements)", imp::flatten);
				time("PngExport.render x0.25 " + what, () -> PngExport.render(imp, 0.25));
			}
	}

	private static <T> T time(final String what, final Supplier<T> task)
	{
		T result = task.get();
		final double[] ms = new double[5];
		for (int k = 0; k < ms.length; k++)
		{
			final long t0 = System.nanoTime();
			result = task.get();
			ms[k] = (System.nanoTime() - t0) / 1e6;
		}
		Arrays.sort(ms);
		System.out.printf(Locale.ROOT, "%-75s best %8.1f  median %8.1f ms%n", what, ms[0], ms[2]);
		return result;
	}
}
