package io.github.smm.io.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.InvalidInstanceException;
import io.github.smm.model.RleMask;

/** Building datasets from instances, and the checks a dataset makes. */
class CocoDatasetTest
{
	private static final RleMask SQUARE = RleMask.rectangle(new Box(1, 1, 4, 4));

	@Test
	void instancesBecomeAnnotationsAndBack()
	{
		final List<Instance> instances = Arrays.asList(new Instance(11, SQUARE, 0.75, 2, null, Instance.NO_TILE), new Instance(12, SQUARE.translate(4, 0), 0.5, 2, null, Instance.NO_TILE));
		final CocoDataset d = CocoDataset.builder().image(3, "x.png", 10, 10).category(2, "cell").instances(3, instances)
				.annotation(CocoAnnotation.groundTruth(13, 3, 2, RleMask.rectangle(new Box(0, 8, 10, 10)), true)).build();
		assertEquals(3, d.annotationsOf(3).size());
		final List<Instance> back = d.instancesOf(3);
		assertEquals(2, back.size(), "the crowd region is not an instance");
		assertEquals(11, back.get(0).id());
		assertEquals(0.75, back.get(0).score());
		assertEquals(2, back.get(0).classId());
		assertEquals(SQUARE, back.get(0).mask());
		assertEquals(9.0, d.annotationsOf(3).get(0).area());
		assertTrue(d.annotationsOf(99).isEmpty());
	}

	@Test
	void emptyMasksAndOddScoresAreAnnotationsButNotInstances()
	{
		final CocoAnnotation empty = CocoAnnotation.groundTruth(1, 3, 2, RleMask.EMPTY, false);
		assertEquals(0, empty.area());
		assertThrows(InvalidInstanceException.class, empty::toInstance);
		assertThrows(InvalidInstanceException.class, () -> new CocoAnnotation(2, 3, 2, SQUARE, false, 9, 1.5).toInstance());
		assertThrows(IllegalArgumentException.class, () -> new CocoAnnotation(2, 3, 2, SQUARE, false, -1, 1));
	}

	@Test
	void inconsistentDatasetsAreRejected()
	{
		final CocoDataset.Builder ok = CocoDataset.builder().image(3, "x.png", 10, 10).category(2, "cell");
		assertThrows(IllegalArgumentException.class, () -> CocoDataset.builder().image(3, "a", 5, 5).image(3, "b", 5, 5).build());
		assertThrows(IllegalArgumentException.class, () -> CocoDataset.builder().category(1, "a").category(1, "b").build());
		assertThrows(IllegalArgumentException.class, () -> ok.annotation(CocoAnnotation.groundTruth(1, 4, 2, SQUARE, false)).build());
		final CocoDataset.Builder b2 = CocoDataset.builder().image(3, "x.png", 10, 10).category(2, "cell");
		assertThrows(IllegalArgumentException.class, () -> b2.annotation(CocoAnnotation.groundTruth(1, 3, 5, SQUARE, false)).build());
		final CocoDataset.Builder b3 = CocoDataset.builder().image(3, "x.png", 10, 10).category(2, "cell");
		assertThrows(IllegalArgumentException.class, () -> b3.annotation(CocoAnnotation.groundTruth(1, 3, 2, SQUARE.translate(8, 0), false)).build());
		final CocoDataset.Builder b4 = CocoDataset.builder().image(3, "x.png", 10, 10).category(2, "cell");
		assertThrows(IllegalArgumentException.class,
				() -> b4.annotation(CocoAnnotation.groundTruth(1, 3, 2, SQUARE, false)).annotation(CocoAnnotation.groundTruth(1, 3, 2, SQUARE, false)).build());
		assertThrows(IllegalArgumentException.class, () -> new CocoImage(1, "a", 0, 5));
	}
}
