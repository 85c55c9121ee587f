package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import io.github.smm.command.EvaluateSegmentationTest.Table;
import io.github.smm.io.geojson.ClassNames;
import io.github.smm.io.geojson.GeoJson;
import io.github.smm.io.geojson.GeoJsonObjects;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.testutil.TiledScene;

/**
 * A QuPath user's round trip: tiled detections exported as GeoJSON, merged by Merge GeoJSON
 * with the tile grid, the result read back (as QuPath's File › Import objects would) and scored
 * by Evaluate Segmentation on GeoJSON; the other merge commands write GeoJSON too.
 */
class GeoJsonCommandsTest
{
	@RegisterExtension
	static final CommandContext commands = new CommandContext();


	@Test
	void mergeGeoJsonRoundTripForQuPath(@TempDir final Path dir) throws Exception
	{
		final TiledScene scene = new TiledScene(31, 240, 200, 96, 32, 35);
		final ClassNames classes = ClassNames.of(List.of("Nucleus"));
		final List<Instance> preds = new ArrayList<>();
		for (final Instance p : scene.predictions)
			preds.add(new Instance(p.id(), p.mask(), p.score(), 1, null, Instance.NO_TILE));
		final Path export = dir.resolve("detections.geojson"), merged = dir.resolve("merged.geojson"), truth = dir.resolve("truth.geojson"), sum = dir.resolve("summary.csv");
		GeoJson.write(export, preds, classes, null);
		final List<Instance> truthObjects = new ArrayList<>();
		for (final RleMask m : scene.truth)
			truthObjects.add(new Instance(truthObjects.size() + 1, m, 1, 1, null, Instance.NO_TILE));
		GeoJson.write(truth, truthObjects, classes, null);
		final ImagePlus image = new ImagePlus("slide.tif", new ByteProcessor(scene.width, scene.height));
		final CommandModule m = commands.run(MergeGeoJson.class, true, "input", export.toFile(), "image", image, "tile_size", scene.tile, "overlap", (double) scene.overlap,
				"output_geojson", merged.toFile()).get();
		assertTrue(((String) m.getOutput("summary")).contains(scene.predictions.size() + " instances -> " + scene.truth.size() + " objects"), (String) m.getOutput("summary"));
		final GeoJsonObjects back = GeoJson.read(merged);
		final Set<RleMask> masks = new HashSet<>();
		back.instances().forEach(i -> masks.add(i.mask()));
		assertEquals(new HashSet<>(scene.truth), masks, "every disc once, exactly");
		assertEquals("Nucleus", back.classes().name(back.instances().get(0).classId()), "the class travels");
		commands.run(EvaluateSegmentation.class, true, "prediction", merged.toFile(), "ground_truth", truth.toFile(), "iou_thresholds", "0.5", "summary_csv", sum.toFile()).get();
		final Table s = new Table(sum);
		assertEquals("per_category", s.get(0, "classes"), "both GeoJSON files are classified");
		assertEquals(1.0, s.number(0, "f1"));
	}

	@Test
	void otherMergeCommandsWriteGeoJson(@TempDir final Path dir) throws Exception
	{
		final TiledScene scene = new TiledScene(32, 210, 210, 90, 30, 30);
		final Path zip = dir.resolve("RoiSet.zip"), out = dir.resolve("rois.geojson"), coco = dir.resolve("pred.json"), cocoOut = dir.resolve("coco.geojson");
		CommandFixtures.writeRoiSet(zip, scene);
		commands.run(MergeRois.class, true, "rois", zip.toFile(), "output_geojson", out.toFile()).get();
		assertEquals(scene.truth.size(), GeoJson.read(out).instances().size());
		CommandFixtures.writeCoco(coco, scene);
		commands.run(MergeCocoJson.class, true, "input", coco.toFile(), "output_geojson", cocoOut.toFile()).get();
		final GeoJsonObjects fromCoco = GeoJson.read(cocoOut);
		assertEquals(scene.truth.size(), fromCoco.instances().size());
		assertEquals("nucleus", fromCoco.classes().name(fromCoco.instances().get(0).classId()), "COCO category names become classifications");
		final Path two = dir.resolve("two.json");
		CommandFixtures.writeCoco(two, scene, scene);
		final ExecutionException e = assertThrows(ExecutionException.class,
				() -> commands.run(MergeCocoJson.class, true, "input", two.toFile(), "output_geojson", dir.resolve("x.geojson").toFile()).get());
		assertTrue(CommandsTest.messages(e).contains("output_geojson holds the objects of one image"), CommandsTest.messages(e));
	}
}
