package io.github.smm.bioimageio;

import java.util.List;

import io.github.smm.tile.Tile;
import io.github.smm.tile.TileException;
import io.github.smm.tile.TilePredictor;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;

/**
 * A model as a {@link TilePredictor}: each tile's pixels become the model's input tensor
 * (channels picked from the tile's third dimension, or the plane itself; padded by reflection
 * up to a valid input size), go through preprocessing, ONNX Runtime and postprocessing, and one
 * output channel comes back, cropped to the tile. Times inference apart from the rest.
 *
 * @param <T> the tile pixel type
 */
public final class ModelTilePredictor<T extends RealType<T>> implements TilePredictor<T>
{
	private final ModelRunner runner;
	private final ModelTiling tiling;
	private final int[] channels;
	private final int outputChannel;
	private double inferenceSeconds, totalSeconds;
	private int calls;

	/**
	 * @param channels the tile's channels (indices of its third dimension) to feed, one per
	 *            model input channel; {@code null} for a single-channel model fed the plane
	 * @param outputChannel the output channel to return
	 * @throws ModelPackageException when the channel counts do not fit the model
	 */
	public ModelTilePredictor(final ModelRunner runner, final int[] channels, final int outputChannel)
	{
		this.runner = runner;
		this.tiling = new ModelTiling(runner.description());
		final int needed = tiling.inputChannels();
		this.channels = channels == null ? new int[needed] : channels.clone();
		if (this.channels.length != needed)
			throw new ModelPackageException(runner.model().name(), tiling.input().entry() + ".axes", "the model takes " + needed + " channel" + (needed == 1 ? "" : "s")
					+ ", " + this.channels.length + " were picked", "pick " + needed + " channel" + (needed == 1 ? "" : "s") + " of the image (key channels)");
		if (outputChannel < 0 || outputChannel >= tiling.outputChannels())
			throw new ModelPackageException(runner.model().name(), tiling.output().entry() + ".axes", "has no output channel " + outputChannel,
					"pick one of 0.." + (tiling.outputChannels() - 1));
		this.outputChannel = outputChannel;
	}

	public ModelTiling tiling()
	{
		return tiling;
	}

	@Override
	public RandomAccessibleInterval<? extends RealType<?>> predict(final Tile tile, final RandomAccessibleInterval<T> pixels)
	{
		final long t0 = System.nanoTime();
		final int w = (int) tile.region().width(), h = (int) tile.region().height();
		final List<Tensor> raw = List.of(inputTensor(tile, pixels, w, h));
		final List<Tensor> in = runner.preprocess(raw);
		final long t1 = System.nanoTime();
		final List<Tensor> out = runner.predictor().predict(in);
		inferenceSeconds += (System.nanoTime() - t1) / 1e9;
		runner.postprocess(out, raw);
		final float[] map = crop(out.get(0), w, h);
		calls++;
		totalSeconds += (System.nanoTime() - t0) / 1e9;
		return ArrayImgs.floats(map, w, h);
	}

	/** The tile as the model's input tensor, reflected beyond its right and bottom edges up to a valid size. */
	Tensor inputTensor(final Tile tile, final RandomAccessibleInterval<T> pixels, final int w, final int h)
	{
		final int[] size = tiling.inputSize(w, h);
		final TensorDescription d = tiling.input();
		final int[] shape = new int[d.axes().size()];
		for (int k = 0; k < shape.length; k++)
		{
			final Axis a = d.axes().get(k);
			shape[k] = a.id().equals("x") ? size[0] : a.id().equals("y") ? size[1] : a.kind() == AxisKind.CHANNEL ? channels.length : 1;
		}
		final Tensor t = Tensor.zeros(d.axisIds(), shape);
		final int cd = t.indexOf(d.axisOf(AxisKind.CHANNEL) == null ? "" : d.axisOf(AxisKind.CHANNEL).id());
		final int cs = cd < 0 ? 0 : t.stride(cd), ys = t.stride(t.indexOf("y")), xs = t.stride(t.indexOf("x"));
		if (pixels.numDimensions() == 2 && channels.length > 1 || pixels.numDimensions() > 2 && max(channels) >= pixels.dimension(2))
			throw new TileException(tile, "the image has " + (pixels.numDimensions() > 2 ? pixels.dimension(2) : 1) + " channel(s); the model takes " + channels.length + " (channels "
					+ java.util.Arrays.toString(channels) + ")");
		final float[] data = t.data();
		if (pixels.numDimensions() == 2 && channels.length == 1 && size[0] == w && size[1] == h && xs == 1 && ys == w)
		{
			final RandomAccess<T> row = pixels.randomAccess();
			for (int yy = 0; yy < h; yy++)
			{
				row.setPosition(new long[] { pixels.min(0), pixels.min(1) + yy });
				for (int xx = 0, i = yy * w; xx < w; xx++, row.fwd(0))
					data[i + xx] = row.get().getRealFloat();
			}
			return t;
		}
		final RandomAccess<T> ra = pixels.randomAccess();
		final long[] pos = new long[pixels.numDimensions()];
		for (int c = 0; c < channels.length; c++)
			for (int yy = 0; yy < size[1]; yy++)
				for (int xx = 0; xx < size[0]; xx++)
				{
					pos[0] = pixels.min(0) + reflect(xx, w);
					pos[1] = pixels.min(1) + reflect(yy, h);
					if (pos.length > 2)
						pos[2] = channels[c];
					ra.setPosition(pos);
					data[c * cs + yy * ys + xx * xs] = ra.get().getRealFloat();
				}
		return t;
	}

	/** NumPy's {@code reflect} padding: {@code … c b | a b c d | c b a …}. */
	static int reflect(final int i, final int n)
	{
		if (n == 1)
			return 0;
		final int period = 2 * (n - 1);
		final int m = Math.floorMod(i, period);
		return m < n ? m : period - m;
	}

	private float[] crop(final Tensor out, final int w, final int h)
	{
		final TensorDescription d = tiling.output();
		final int cd = d.axisOf(AxisKind.CHANNEL) == null ? -1 : out.indexOf(d.axisOf(AxisKind.CHANNEL).id());
		final int cs = cd < 0 ? 0 : out.stride(cd), ys = out.stride(out.indexOf("y")), xs = out.stride(out.indexOf("x"));
		final float[] src = out.data(), map = new float[w * h];
		for (int yy = 0; yy < h; yy++)
			for (int xx = 0; xx < w; xx++)
				map[yy * w + xx] = src[outputChannel * cs + yy * ys + xx * xs];
		return map;
	}

	private static int max(final int[] a)
	{
		int m = -1;
		for (final int v : a)
			m = Math.max(m, v);
		return m;
	}

	/** Seconds spent in ONNX Runtime. */
	public double inferenceSeconds()
	{
		return inferenceSeconds;
	}

	/** Seconds spent in {@link #predict} in all (inference, tensor conversion and processing). */
	public double totalSeconds()
	{
		return totalSeconds;
	}

	/** Tiles predicted. */
	public int calls()
	{
		return calls;
	}

}
