package io.github.smm.hostile;

import java.util.List;

/**
 * Hostile options and paths for every command: unknown keys, services given as options, missing
 * inputs, choices and numbers out of range, outputs pointing at inputs, broken tile tables.
 */
final class CorpusOptions
{
	private CorpusOptions()
	{}

	/** A command, the arguments of a valid run, its files and its output parameters. */
	private static final class Base
	{
		final String command, arguments;
		final String[] inputs, outputs;

		Base(final String command, final String arguments, final String[] inputs, final String[] outputs)
		{
			this.command = command;
			this.arguments = arguments;
			this.inputs = inputs;
			this.outputs = outputs;
		}

		HostileCase error(final String name, final String extra, final String... fragments)
		{
			return withFiles(HostileCase.error(name, command, arguments + (extra.isEmpty() ? "" : "," + extra), fragments));
		}

		HostileCase withFiles(final HostileCase c)
		{
			for (final String in : inputs)
				c.file(in, content(in));
			return c;
		}
	}

	private static HostileCase.Content content(final String file)
	{
		if (file.endsWith(".json"))
			return CorpusCoco.text(CorpusCoco.valid());
		if (file.endsWith(".geojson"))
			return CorpusCoco.text(CorpusGeoJson.collection(CorpusGeoJson.feature(CorpusGeoJson.square(2, 2, 8), "{\"objectType\":\"detection\"}")));
		if (file.endsWith(".zip"))
			return f -> io.github.smm.ij.RoiSets.write(f, List.of(new ij.gui.Roi(2, 2, 4, 4)));
		if (file.startsWith("img"))
			return f -> ij.IJ.saveAsTiff(new ij.ImagePlus("img", twoSquares()), f.toString());
		return f -> java.nio.file.Files.write(f, TinyTiff.labels8().bytes());
	}

	/** A 64² image with two bright 12² squares on black. */
	private static ij.process.ByteProcessor twoSquares()
	{
		final ij.process.ByteProcessor ip = new ij.process.ByteProcessor(64, 64);
		ip.setValue(200);
		ip.setRoi(6, 6, 12, 12);
		ip.fill();
		ip.setRoi(40, 36, 12, 12);
		ip.fill();
		ip.resetRoi();
		return ip;
	}

	private static final Base[] BASES = {
			new Base("Merge COCO JSON", "input={dir}/in.json", new String[] { "in.json" }, new String[] { "output", "table", "output_geojson" }),
			new Base("Merge Label Images", "input={dir}/in.tif", new String[] { "in.tif" }, new String[] { "output_labels", "output_rois", "output_geojson", "table" }),
			new Base("Merge ROIs", "rois={dir}/in.zip", new String[] { "in.zip" }, new String[] { "output_rois", "output_labels", "output_geojson", "table" }),
			new Base("Merge GeoJSON", "input={dir}/in.geojson", new String[] { "in.geojson" }, new String[] { "output_geojson", "output_labels", "output_rois", "table" }),
			new Base("Check Annotations", "ground_truth={dir}/in.tif", new String[] { "in.tif" }, new String[] { "csv" }),
			new Base("Evaluate Segmentation", "prediction={dir}/in.tif,ground_truth={dir}/gt.tif", new String[] { "in.tif", "gt.tif" }, new String[] { "csv", "summary_csv", "plot_png" }),
			new Base("Show Merge Overlay", "image={dir}/img.tif,labels={dir}/in.tif", new String[] { "img.tif", "in.tif" }, new String[] { "png" }),
			new Base("Tiled Segment and Merge", "image_file={dir}/img.tif,tile_size=32", new String[] { "img.tif" }, new String[] { "output_labels", "output_rois", "output_coco", "output_geojson", "table" }) };

	static void add(final List<HostileCase> cases)
	{
		for (final Base b : BASES)
		{
			cases.add(b.error("unknown parameter", "colour=red", "colour").launcherOnly());
			cases.add(b.error("a service as an option", "log=true", "log").launcherOnly());
			cases.add(b.error("a key without a value", "oops", "oops").launcherOnly());
			cases.add(b.error("an unclosed quote", "x='abc", "unclosed").launcherOnly());
			for (final String in : b.inputs)
			{
				final HostileCase missing = HostileCase.error("input " + in + " does not exist", b.command, b.arguments, in);
				for (final String other : b.inputs)
					if (!other.equals(in))
						missing.file(other, content(other));
				// an image parameter is opened by the launcher; a SciJava caller passes an open image
				cases.add(in.startsWith("img") && b.command.equals("Show Merge Overlay") ? missing.launcherOnly() : missing);
				for (final String out : b.outputs)
					cases.add(b.error(out + " = input " + in, out + "={dir}/" + in, out, in, "never overwritten"));
				if (!in.startsWith("img"))
					cases.add(b.withFiles(HostileCase.error("input " + in + " is a folder of nothing", b.command, b.arguments.replace("{dir}/" + in, "{dir}/empty"), "empty")
							.file("empty/.keep", CorpusCoco.text(""))));
			}
			if (b.outputs.length > 1)
				cases.add(b.error("two outputs, one file", b.outputs[0] + "={dir}/o.x," + b.outputs[1] + "={dir}/o.x", b.outputs[0], b.outputs[1]));
			cases.add(b.error("output is a folder", b.outputs[0] + "={dir}/sub", b.outputs[0], "folder").file("sub/.keep", CorpusCoco.text("")));
			cases.add(b.error("output in a missing folder", b.outputs[0] + "={dir}/no/such/folder/out.x", "no/such/folder"));
		}
		for (int k = 0; k < 4; k++)
			merge(cases, BASES[k]);
		for (int k : new int[] { 0, 1, 3 })
			grid(cases, BASES[k]);
		cases.add(HostileCase.error("empty arguments", "Evaluate Segmentation", "", "prediction"));
		cases.add(HostileCase.error("missing ground_truth", "Evaluate Segmentation", "prediction={dir}/in.tif", "ground_truth").file("in.tif", content("in.tif")));
		cases.add(HostileCase.error("empty arguments", "Check Annotations", "", "ground_truth"));
		cases.add(HostileCase.error("empty arguments", "Merge COCO JSON", "", "input"));
		cases.add(HostileCase.error("empty arguments", "Show Merge Overlay", "", "image"));
		cases.add(BASES[0].error("segmentation=mask", "segmentation=mask", "segmentation", "mask"));
		cases.add(BASES[0].error("tolerance=-1", "tolerance=-1", "tolerance"));
		cases.add(BASES[0].error("images file missing", "images={dir}/nope.json", "nope.json"));
		cases.add(BASES[4].error("min_area=-5", "min_area=-5", "min_area"));
		cases.add(BASES[4].error("connectivity=6", "connectivity=6", "connectivity", "6"));
		cases.add(BASES[4].error("min_area=1.5", "min_area=1.5", "min_area").launcherOnly());
		for (final String t : new String[] { "abc", "0.5:0.05", "1.5", "0.9:0.1:0.5", "-0.1", "NaN", "0.5:0:0.9", "" })
			cases.add(BASES[5].error("iou_thresholds=" + t, "iou_thresholds='" + t + "'", "iou_thresholds"));
		cases.add(BASES[5].error("class_agnostic=maybe", "class_agnostic=maybe", "class_agnostic", "maybe").launcherOnly());
		cases.add(BASES[6].error("image=nope.tif", "image={dir}/nope.tif", "nope.tif").launcherOnly());
		cases.add(BASES[6].error("image is not an image", "image={dir}/in.json", "in.json").file("in.json", CorpusCoco.text("{}")).launcherOnly());
		cases.add(BASES[6].withFiles(HostileCase.valid("overlay written as PNG", BASES[6].command, BASES[6].arguments + ",png={dir}/o.png",
				(d, s) -> org.junit.jupiter.api.Assertions.assertEquals(64, javax.imageio.ImageIO.read(d.resolve("o.png").toFile()).getWidth()))).launcherOnly());
		cases.add(BASES[7].withFiles(HostileCase.valid("two squares: two objects", BASES[7].command, BASES[7].arguments + ",output_coco={dir}/o.json",
				(d, s) -> org.junit.jupiter.api.Assertions.assertEquals(2, io.github.smm.io.coco.CocoJson.read(d.resolve("o.json")).annotations().size(), s))));
		final Base tiled = BASES[7];
		for (final String o : new String[] { "tile_size=8", "tile_size=-1", "overlap=NaN", "overlap=-0.2", "min_area=-5", "threshold=li", "segmenter=magic", "tile_size=abc" })
		{
			final HostileCase c = tiled.error(o, o, o.substring(0, o.indexOf('=')));
			cases.add(o.endsWith("abc") ? c.launcherOnly() : c);
		}
	}

	private static void merge(final List<HostileCase> cases, final Base b)
	{
		for (final String o : new String[] { "method=magic", "preset=best", "overlap_measure=dice", "score_aggregation=median", "tau_i=2", "tau_i=0", "tau_d=0", "rho=-1", "beta1=-1",
				"tau_d=NaN", "lambda=Infinity", "gamma=-Infinity" })
			cases.add(b.error(o, o + (o.startsWith("preset") ? "" : ",preset=custom"), o.substring(0, o.indexOf('='))));
		for (final String o : new String[] { "class_agnostic=maybe", "resolve_overlaps=1", "beta2=abc", "rho=5px" })
			cases.add(b.error(o, o, o.substring(0, o.indexOf('='))).launcherOnly());
	}

	private static void grid(final List<HostileCase> cases, final Base b)
	{
		cases.add(b.error("tile_size=-5", "tile_size=-5", "tile_size"));
		cases.add(b.error("overlap=-0.1", "tile_size=16,overlap=-0.1", "overlap"));
		cases.add(b.error("overlap=NaN", "tile_size=16,overlap=NaN", "overlap"));
		cases.add(b.error("overlap >= tile_size", "tile_size=16,overlap=16", "overlap"));
		cases.add(b.error("tiles missing", "tiles={dir}/nope.csv", "nope.csv"));
		cases.add(b.error("tiles and tile_size", "tiles={dir}/t.csv,tile_size=16", "tiles").file("t.csv", CorpusCoco.text("x,y,width,height\n0,0,16,16\n")));
		final String[][] tables = { { "empty", "" }, { "header only", "x,y,width,height\n" }, { "missing column", "x,y,width\n0,0,16\n" },
				{ "not a number", "x,y,width,height\n0,zero,16,16\n" }, { "negative size", "x,y,width,height\n0,0,-16,16\n" }, { "NaN", "x,y,width,height\n0,0,NaN,16\n" },
				{ "too few fields", "x,y,width,height\n0,0,16\n" }, { "fractional", "x,y,width,height\n0.5,0,16,16\n" },
				{ "binary", "\u0000\u0001\u0002" } };
		// windows are clipped to the image (documented): a huge one covers it
		cases.add(b.withFiles(HostileCase.valid("tiles table: a huge window is clipped", b.command, b.arguments + ",tiles={dir}/t.csv", (d, s) -> {}))
				.file("t.csv", CorpusCoco.text("x,y,width,height\n0,0,99999999999,16\n")));
		for (final String[] t : tables)
			cases.add(b.error("tiles table: " + t[0], "tiles={dir}/t.csv", "t.csv").file("t.csv", CorpusCoco.text(t[1])));
	}
}
