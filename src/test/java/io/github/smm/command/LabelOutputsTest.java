package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.gui.Roi;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.RoiSets;
import io.github.smm.ij.Rois;
import io.github.smm.io.ClusterCsv;
import io.github.smm.io.ClusterRow;
import io.github.smm.model.Instance;

/**
 * What the merge commands' outputs hold for overlapping merged objects (two classes, so they do
 * not merge): the label image resolves the overlap by default — higher score wins, an object
 * entirely under a stronger one is absorbed — with labels = cluster ids, while the ROI output
 * keeps both masks unless resolve_overlaps; the cluster table lists the ROI names.
 */
class LabelOutputsTest
{
	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	private static Roi roi(final int x, final int y, final int w, final int h, final double score, final int cls, final String name)
	{
		final Roi r = new Roi(x, y, w, h);
		r.setName(name);
		r.setProperty(Rois.SCORE, Double.toString(score));
		r.setProperty(Rois.CLASS, Integer.toString(cls));
		return r;
	}

	@Test
	void labelImagesResolveOverlapsByDefaultOtherOutputsKeepThem(@TempDir final Path dir) throws Exception
	{
		final Path zip = dir.resolve("RoiSet.zip"), labels = dir.resolve("labels.tif"), rois = dir.resolve("merged.zip"), table = dir.resolve("clusters.csv");
		// a large cell, a weaker object of another class inside it, and one half over its edge
		RoiSets.write(zip, List.of(roi(10, 10, 20, 20, 0.9, 1, "big"), roi(14, 14, 4, 4, 0.5, 2, "inside"), roi(26, 12, 8, 4, 0.6, 3, "edge")));
		commands.run(MergeRois.class, true, "rois", zip.toFile(), "output_labels", labels.toFile(), "output_rois", rois.toFile(), "table", table.toFile()).get();
		assertEquals(3, RoiSets.read(rois).size(), "ROIs keep the overlapping masks");
		final ImagePlus imp = ImagePlusLabels.open(labels);
		final List<Instance> painted = ImagePlusLabels.toInstances(imp);
		assertEquals(2, painted.size(), "the object entirely inside the stronger one is absorbed in the label image");
		final List<ClusterRow> rows = ClusterCsv.readClusters(table);
		final List<Long> labelValues = new ArrayList<>();
		for (final Instance i : painted)
			labelValues.add((long) imp.getProcessor().get((int) i.box().minX, (int) i.box().minY));
		for (final ClusterRow r : rows)
			if (r.memberNames().equals(List.of("big")))
				assertTrue(labelValues.contains(r.clusterId()), "label values are the table's cluster ids: " + labelValues + " " + rows);
		assertEquals(400, painted.stream().mapToLong(Instance::area).max().getAsLong(), "the big cell keeps all its pixels (it has the highest score)");
		final Path resolvedRois = dir.resolve("resolved.zip");
		commands.run(MergeRois.class, true, "rois", zip.toFile(), "output_rois", resolvedRois.toFile(), "resolve_overlaps", true).get();
		assertEquals(2, RoiSets.read(resolvedRois).size(), "resolve_overlaps resolves every output");
		assertEquals(List.of("big", "edge", "inside"), rows.stream().flatMap(r -> r.memberNames().stream()).sorted().collect(java.util.stream.Collectors.toList()),
				"the cluster table lists the ROI names");
	}
}
