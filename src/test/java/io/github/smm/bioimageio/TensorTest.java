package io.github.smm.bioimageio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Samples stacked into a batch and split back, wherever the batch axis is. */
class TensorTest
{
	private static final List<String> CBX = List.of("channel", "batch", "x");

	@Test
	void stackAlongAnInnerBatchAxisAndSplitBack()
	{
		// two samples of 2 channels x 3 pixels: channel-major, so the batch interleaves per channel
		final Tensor a = new Tensor(CBX, new int[] { 2, 1, 3 }, new float[] { 1, 2, 3, 4, 5, 6 });
		final Tensor b = new Tensor(CBX, new int[] { 2, 1, 3 }, new float[] { 10, 20, 30, 40, 50, 60 });
		final Tensor ab = Tensor.stack("batch", List.of(a, b));
		assertArrayEquals(new int[] { 2, 2, 3 }, ab.shape());
		assertArrayEquals(new float[] { 1, 2, 3, 10, 20, 30, 4, 5, 6, 40, 50, 60 }, ab.data());
		final List<Tensor> parts = ab.split("batch");
		assertEquals(2, parts.size());
		assertArrayEquals(a.data(), parts.get(0).data());
		assertArrayEquals(b.data(), parts.get(1).data());
		assertArrayEquals(new int[] { 2, 1, 3 }, parts.get(1).shape());
	}

	@Test
	void onlyEqualSamplesOfBatchSizeOneStack()
	{
		final Tensor a = new Tensor(CBX, new int[] { 2, 1, 3 }, new float[6]);
		assertThrows(IllegalArgumentException.class, () -> Tensor.stack("batch", List.of(a, new Tensor(CBX, new int[] { 1, 1, 3 }, new float[3]))));
		assertThrows(IllegalArgumentException.class, () -> Tensor.stack("batch", List.of(a, new Tensor(CBX, new int[] { 1, 2, 3 }, new float[6]))));
		assertThrows(IllegalArgumentException.class, () -> Tensor.stack("time", List.of(a, a)));
	}
}
