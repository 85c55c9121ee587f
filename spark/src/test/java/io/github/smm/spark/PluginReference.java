package io.github.smm.spark;

import java.nio.file.Path;
import java.util.List;

import org.scijava.Context;
import org.scijava.command.CommandService;

import io.github.smm.cli.CommandLauncher;
import io.github.smm.cli.RunArguments;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.model.Instance;

/** The plugin's own result: the command <i>Tiled Segment and Merge</i> run headless, read back from its COCO output. */
final class PluginReference
{
	private PluginReference()
	{}

	static List<Instance> tiledSegmentAndMerge(final String options, final Path coco) throws Exception
	{
		final Context context = new Context(CommandService.class);
		try
		{
			final java.util.Map<String, String> args = RunArguments.parse(options);
			args.put("output_coco", coco.toString());
			new CommandLauncher(context).run("Tiled Segment and Merge", args);
			return CocoJson.read(coco).instancesOf(1);
		}
		finally
		{
			context.dispose();
		}
	}
}
