package io.github.smm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Instance;
import io.github.smm.model.InvalidInstanceException;
import io.github.smm.model.RleMask;

class AnnotationCheckTest
{
	private static final AnnotationCheckOptions EIGHT = AnnotationCheckOptions.defaults().withMinArea(0);
	private static final AnnotationCheckOptions FOUR = EIGHT.withConnectivity(Connectivity.FOUR);

	@Test
	void reportsOverlappingPairsAndSlivers()
	{
		final List<Instance> gt = List.of(Draw.rect(1, 0, 0, 4, 4), Draw.rect(2, 2, 2, 6, 6), Draw.rect(3, 10, 10, 12, 12), Draw.rect(4, 3, 3, 5, 5));
		final AnnotationReport r = AnnotationCheck.check(gt, AnnotationCheckOptions.defaults().withMinArea(5));
		assertEquals(3, r.overlaps().size());
		assertOverlap(r.overlaps().get(0), 1, 2, 4);
		assertOverlap(r.overlaps().get(1), 1, 4, 1);
		assertOverlap(r.overlaps().get(2), 2, 4, 4);
		assertEquals(2, r.slivers().size());
		assertEquals(3, r.slivers().get(0).id());
		assertEquals(4, r.slivers().get(1).area());
		assertEquals(4, r.instanceCount());
	}

	private static void assertOverlap(final AnnotationReport.Overlap o, final long a, final long b, final long pixels)
	{
		assertEquals(a, o.firstId());
		assertEquals(b, o.secondId());
		assertEquals(pixels, o.sharedPixels());
	}

	@Test
	void piecesDependOnConnectivity()
	{
		final List<Instance> gt = List.of(new Instance(1, Draw.mask("#.", ".#"), 1), new Instance(2, Draw.mask("##", "..", "##"), 1));
		final AnnotationReport four = AnnotationCheck.check(gt, FOUR);
		assertEquals(2, four.pieces().size());
		assertEquals(2, four.pieces().get(0).count());
		final AnnotationReport eight = AnnotationCheck.check(gt, EIGHT);
		assertEquals(1, eight.pieces().size());
		assertEquals(2, eight.pieces().get(0).id());
		assertTrue(eight.holes().isEmpty());
	}

	@Test
	void holesAreEnclosedBackground()
	{
		assertHoles(Draw.mask("###", "#.#", "###"), EIGHT, 1, 1);
		assertHoles(Draw.mask("#####", "#.#.#", "#####"), EIGHT, 2, 2);
		assertHoles(Draw.mask("#####", "#...#", "#...#", "#...#", "#####"), FOUR, 1, 9);
		// open to the border of the box: no hole
		assertHoles(Draw.mask("#.#", "#.#", "###"), EIGHT, 0, 0);
		// a diamond closes with 8-connected pixels, but 8-connected background leaks out of it
		assertHoles(Draw.mask(".#.", "#.#", ".#."), EIGHT, 1, 1);
		assertHoles(Draw.mask(".#.", "#.#", ".#."), FOUR, 0, 0);
	}

	private static void assertHoles(final RleMask mask, final AnnotationCheckOptions options, final int count, final long area)
	{
		final AnnotationReport r = AnnotationCheck.check(List.of(new Instance(9, mask.translate(100, -50), 1)), options);
		if (count == 0)
		{
			assertTrue(r.holes().isEmpty(), r.holes().toString());
			return;
		}
		assertEquals(1, r.holes().size());
		assertEquals(9, r.holes().get(0).id());
		assertEquals(count, r.holes().get(0).count());
		assertEquals(area, r.holes().get(0).area());
	}

	@Test
	void cleanAnnotationAndBadInput()
	{
		assertTrue(AnnotationCheck.check(Draw.labels("11.22", "11.22", "....."), AnnotationCheckOptions.defaults().withMinArea(4)).isClean());
		assertThrows(InvalidInstanceException.class, () -> AnnotationCheck.check(List.of(Draw.rect(1, 0, 0, 2, 2), Draw.rect(1, 5, 5, 7, 7)), EIGHT));
		assertThrows(IllegalArgumentException.class, () -> EIGHT.withMinArea(-1));
	}
}
