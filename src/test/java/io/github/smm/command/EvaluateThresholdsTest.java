package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.smm.command.evaluation.IouThresholds;

/** The {@code iou_thresholds} text of Evaluate Segmentation. */
class EvaluateThresholdsTest
{
	@Test
	void rangesIncludeBothEndsExactly()
	{
		assertArrayEquals(new double[] { 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95 }, IouThresholds.parse("0.5:0.05:0.95"));
		assertArrayEquals(new double[] { 0.1, 0.4, 0.7, 1.0 }, IouThresholds.parse(" 0.1 : 0.3 : 1 "));
		assertArrayEquals(new double[] { 0.5 }, IouThresholds.parse("0.5:0.1:0.55"), "stop need not be on the grid");
	}

	@Test
	void listsKeepTheirOrder()
	{
		assertArrayEquals(new double[] { 0.75, 0.5 }, IouThresholds.parse("0.75, 0.5"));
		assertArrayEquals(new double[] { 1 }, IouThresholds.parse("1"));
	}

	@Test
	void badTextIsNamed()
	{
		for (final String bad : new String[] { "0", "0.5,", "0.5:0:0.9", "0.5:-0.1:0.9", "0.5:0.1", "0.5;0.6", "0.0001:0.0001:1" })
		{
			final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IouThresholds.parse(bad), bad);
			assertTrue(e.getMessage().startsWith("iou_thresholds '" + bad + "': "), e.getMessage());
		}
	}
}
