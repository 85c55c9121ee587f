package io.github.smm.command;

import java.io.File;
import java.util.List;
import java.util.Locale;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import io.github.smm.bioimageio.ModelPackage;
import io.github.smm.bioimageio.ModelRunner;
import io.github.smm.bioimageio.ModelTest;

/**
 * Runs a bioimage.io model package's own test input through ONNX Runtime and reports the
 * largest deviation of every output from the package's test output.
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Segmentation>Spatial Mask Merging>Test bioimage.io Model")
public class TestBioimageioModel implements Command
{
	/** Deviations up to this count as reproduced. */
	static final double TOLERANCE = 1e-4;

	@Parameter
	private LogService log;

	@Parameter(label = "model", style = "open", persist = false, description = "The model package: its folder, its bioimageio.yaml (or rdf.yaml), or the zip")
	private File model;

	@Parameter(label = "threads", min = "1", persist = false, description = "Threads of ONNX Runtime")
	private int threads = Runtime.getRuntime().availableProcessors();

	@Parameter(type = ItemIO.OUTPUT, label = "summary")
	private String summary;

	@Parameter(type = ItemIO.OUTPUT, label = "max_deviation")
	private double max_deviation;

	@Override
	public void run()
	{
		try
		{
			if (model == null || model.getPath().trim().isEmpty())
				throw new IllegalArgumentException("give the model package (folder, bioimageio.yaml or zip)");
			final ModelPackage p = ModelPackage.open(model.toPath());
			Progress.status("Test bioimage.io Model: running " + p.description().name());
			final List<ModelTest.OutputCheck> checks;
			try (ModelRunner runner = new ModelRunner(p, threads))
			{
				checks = ModelTest.run(runner);
				max_deviation = 0;
				for (final ModelTest.OutputCheck c : checks)
					max_deviation = Math.max(max_deviation, c.maxDeviation);
				summary = String.format(Locale.ROOT, "%s on %s: %s -> %s", p.description().name(), runner.predictor().provider(), checks,
						max_deviation <= TOLERANCE ? "reproduced (within 1e-4)" : "NOT reproduced (tolerance 1e-4)");
			}
			log.info(summary);
			Progress.status("Test bioimage.io Model: " + (max_deviation <= TOLERANCE ? "passed" : "failed"));
		}
		catch (final Exception e)
		{
			throw Outputs.failure("Test bioimage.io Model", e);
		}
	}
}
