package io.github.smm.command.tuning;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.io.FileSaver;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import io.github.smm.tune.Parameter;
import io.github.smm.tune.Trial;
import io.github.smm.tune.TuningRun;

/**
 * The plots of a tuning run as ImageJ {@link Plot}s: the metric per trial with the best so far,
 * and the metric against each tuned parameter (categories at their choice index, named on the
 * axis). They render without a display; {@link #image} puts them in a grid of two columns.
 */
public final class TuningPlots
{
	private static final int WIDTH = 460, HEIGHT = 300;

	private static final Color TRIAL = new Color(0x1f77b4), BEST = new Color(0xd62728);

	private TuningPlots()
	{}

	/** The metric of every trial (points) and the best value so far (line). */
	public static Plot history(final TuningRun run, final String metric, final boolean higherIsBetter)
	{
		final List<Trial> trials = run.trials();
		final double[] x = new double[trials.size()], y = new double[x.length], best = new double[x.length];
		for (int i = 0; i < x.length; i++)
		{
			x[i] = trials.get(i).number();
			y[i] = trials.get(i).value();
			best[i] = i == 0 ? y[i] : higherIsBetter ? Math.max(best[i - 1], y[i]) : Math.min(best[i - 1], y[i]);
		}
		final Plot p = new Plot(metric + " per trial", "trial", metric);
		p.setSize(WIDTH, HEIGHT);
		p.setColor(TRIAL, TRIAL);
		p.addPoints(x, y, Plot.CIRCLE);
		p.setColor(BEST);
		p.setLineWidth(2);
		p.addPoints(x, best, Plot.LINE);
		p.setColor(Color.BLACK);
		p.setLineWidth(1);
		p.setLegend("trial\tbest so far", Plot.AUTO_POSITION);
		final double[] lim = padded(y);
		p.setLimits(-0.5, Math.max(1, x.length - 0.5), lim[0], lim[1]);
		return p;
	}

	/** The metric of every trial against the value of one parameter (a log axis for a log-scaled one); the best trial in red. */
	public static Plot against(final TuningRun run, final Parameter parameter, final String metric)
	{
		final List<Trial> trials = run.trials();
		final double[] x = new double[trials.size()], y = new double[x.length];
		for (int i = 0; i < x.length; i++)
		{
			x[i] = parameter.plotValue(trials.get(i).settings().get(parameter.key()));
			y[i] = trials.get(i).value();
		}
		final String label = parameter.categorical() ? parameter.key() + " (" + String.join(" / ", parameter.choices()) + ")" : parameter.key();
		final Plot p = new Plot(metric + " vs " + parameter.key(), label, metric);
		p.setSize(WIDTH, HEIGHT);
		p.setColor(TRIAL, TRIAL);
		p.addPoints(x, y, Plot.CIRCLE);
		if (run.best() != null)
		{
			p.setColor(BEST, BEST);
			p.addPoints(new double[] { parameter.plotValue(run.best().settings().get(parameter.key())) }, new double[] { run.best().value() }, Plot.DOT);
		}
		final double[] lim = padded(y);
		if (parameter.categorical())
			p.setLimits(-0.5, parameter.choiceCount() - 0.5, lim[0], lim[1]);
		else
			p.setLimits(Double.NaN, Double.NaN, lim[0], lim[1]);
		if (parameter.logScale())
			p.setLogScaleX();
		return p;
	}

	/** The range of the values with 8 % of it (at least 0.005) free above and below, so no point sits on the frame. */
	private static double[] padded(final double[] v)
	{
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (final double d : v)
			if (Double.isFinite(d))
			{
				lo = Math.min(lo, d);
				hi = Math.max(hi, d);
			}
		if (lo > hi)
			return new double[] { 0, 1 };
		final double pad = Math.max(0.005, 0.08 * (hi - lo));
		return new double[] { lo - pad, hi + pad };
	}

	/** All plots of a run: the history first, then one per parameter, two per row. */
	public static ImagePlus image(final TuningRun run, final String metric, final boolean higherIsBetter)
	{
		final List<Parameter> params = run.space().parameters();
		final Plot[] plots = new Plot[params.size() + 1];
		plots[0] = history(run, metric, higherIsBetter);
		for (int i = 0; i < params.size(); i++)
			plots[i + 1] = against(run, params.get(i), metric);
		final ImageProcessor first = plots[0].getProcessor();
		final int w = first.getWidth(), h = first.getHeight(), rows = (plots.length + 1) / 2;
		final ColorProcessor out = new ColorProcessor(2 * w, rows * h);
		out.setColor(Color.WHITE);
		out.fill();
		for (int i = 0; i < plots.length; i++)
			out.insert(plots[i].getProcessor().convertToRGB(), i % 2 * w, i / 2 * h);
		return new ImagePlus("tuning plots", out);
	}

	/**
	 * Writes {@link #image} as PNG.
	 *
	 * @throws IOException naming the file when it cannot be written
	 */
	public static void writePng(final Path file, final TuningRun run, final String metric, final boolean higherIsBetter) throws IOException
	{
		if (!new FileSaver(image(run, metric, higherIsBetter)).saveAsPng(file.toString()))
			throw new IOException("could not write the plot image " + file);
	}
}
