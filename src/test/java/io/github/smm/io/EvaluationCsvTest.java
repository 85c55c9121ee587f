package io.github.smm.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.eval.CategoryMode;

import io.github.smm.eval.AnnotationCheck;
import io.github.smm.eval.AnnotationCheckOptions;
import io.github.smm.eval.MatchingStats;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/** The evaluation tables, written line by line from hand-made rows. */
class EvaluationCsvTest
{
	/** 2 of 3 predictions match 2 of 4 objects with IoU 0.9 and 0.7, at threshold 0.5. */
	private static final MatchingStats STATS = new MatchingStats(0.5, 3, 4, 2, 1.6);

	@Test
	void perImageTableHasOneLinePerRowWithExactNumbers() throws Exception
	{
		final StringWriter out = new StringWriter();
		EvaluationCsv.writeImages(out, List.of(new EvaluationCsv.Row("cells, left", STATS, 0.4, 1, 0, 2, 1)), CategoryMode.PER_CATEGORY);
		final String[] lines = out.toString().split("\n");
		assertEquals(String.join(",", EvaluationCsv.IMAGE_COLUMNS), lines[0]);
		// precision 2/3, recall 2/4, F1 4/7, accuracy 2/5, mean matched 0.8, mean true 0.4, PQ 3.2/7
		assertEquals("\"cells, left\",0.5,per_category,2,1,2," + 2.0 / 3 + ",0.5," + 4.0 / 7 + ",0.4," + 1.6 / 2 + ",0.4," + 3.2 / 7 + ",0.4,1,0,2,1", lines[1]);
		assertEquals(2, lines.length);
	}

	@Test
	void summaryLeavesCocoCellsEmptyWithoutCoco() throws Exception
	{
		final StringWriter out = new StringWriter();
		EvaluationCsv.writeSummary(out, 7, List.of(new EvaluationCsv.Row("all", STATS, Double.NaN, 0, 3, 0, 0)), null, CategoryMode.CLASS_AGNOSTIC);
		final String[] lines = out.toString().split("\n");
		final List<String> columns = EvaluationCsv.summaryColumns(CategoryMode.CLASS_AGNOSTIC);
		assertEquals(String.join(",", columns), lines[0]);
		assertEquals(columns.size(), lines[1].split(",", -1).length);
		assertTrue(columns.contains("coco_ap_class_agnostic") && EvaluationCsv.summaryColumns(CategoryMode.PER_CATEGORY).contains("coco_ap50_per_category"), "the COCO columns say which was computed");
		final String[] cells = lines[1].split(",", -1);
		assertEquals("0.5", cells[0]);
		assertEquals("7", cells[1]);
		assertEquals("class_agnostic", cells[columns.indexOf("classes")]);
		assertEquals("NaN", cells[columns.indexOf("seg")]);
		assertEquals("3", cells[columns.indexOf("merges")]);
		assertEquals("", cells[columns.indexOf("coco_ap_class_agnostic")]);
		assertEquals("", cells[columns.indexOf("coco_ar_class_agnostic")]);
	}

	@Test
	void problemsListOverlapsSliversPiecesAndHoles() throws Exception
	{
		// a 5x5 ring (hole of 9 px), a 2-px sliver overlapping nothing, a mask in two pieces,
		// and a square overlapping the ring by 2 px
		final boolean[] ring = new boolean[25];
		for (int i = 0; i < 25; i++)
			ring[i] = i % 5 == 0 || i / 5 == 0 || i % 5 == 4 || i / 5 == 4;
		final boolean[] pieces = { true, true, false, false, true, true };
		final List<Instance> gt = List.of(new Instance(1, RleMask.fromBitmap(ring, 5, 5, 0, 0), 1), new Instance(2, RleMask.rectangle(Box.ofSize(20, 0, 2, 1)), 1),
				new Instance(3, RleMask.fromBitmap(pieces, 6, 1, 30, 0), 1), new Instance(4, RleMask.rectangle(Box.ofSize(4, 3, 4, 4)), 1));
		final List<EvaluationCsv.Problem> problems = EvaluationCsv.problems("img", AnnotationCheck.check(gt, AnnotationCheckOptions.defaults().withMinArea(3)), gt);
		final StringWriter out = new StringWriter();
		EvaluationCsv.writeProblems(out, problems);
		assertEquals("image,kind,ids,pixels,count\n"
				+ "img,overlap,1 4,2,1\n"
				+ "img,sliver,2,2,1\n"
				+ "img,pieces,3,4,2\n"
				+ "img,hole,1,9,1\n", out.toString());
	}
}
