package io.github.smm.bioimageio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
 * output channel comes back, cropped to the tile. Several tiles go in one call when the model's
 * batch axis is free ({@link #batchSize()}); each is still normalised on its own. Times
 * inference apart from the rest.
 *
 * @param <T> the tile pixel type
 */
public final class ModelTilePredictor<T extends RealType<T>> implements TilePredictor<T>
{
	private final ModelRunner runner;
	private final ModelTiling tiling;
	private final int[] channels;
	private final int outputChannel, batch;
	private final Function<Tile, Tensor> statistics;
	private double inferenceSeconds, totalSeconds;
	private int calls, modelCalls;

	/**
	 * @param channels the tile's channels (indices of its third dimension) to feed, one per
	 *            model input channel; {@code null} for a single-channel model fed the plane
	 * @param outputChannel the output channel to return
	 * @throws ModelPackageException when the channel counts do not fit the model
	 */
	public ModelTilePredictor(final ModelRunner runner, final int[] channels, final int outputChannel)
	{
		this(runner, channels, outputChannel, 1);
	}

	/**
	 * @param batchSize tiles per call wanted; used when the description and the ONNX graph
	 *            leave the batch axis free, else 1 (see {@link ModelTiling#batchSize})
	 */
	public ModelTilePredictor(final ModelRunner runner, final int[] channels, final int outputChannel, final int batchSize)
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
		final Axis b = tiling.input().axisOf(AxisKind.BATCH);
		final long graphBatch = b == null ? 1 : runner.predictor().graphInputShapes().get(0)[tiling.input().axes().indexOf(b)];
		this.batch = tiling.batchSize(batchSize, graphBatch);
		this.statistics = null;
	}

	private ModelTilePredictor(final ModelTilePredictor<T> p, final Function<Tile, Tensor> statistics)
	{
		this.runner = p.runner;
		this.tiling = p.tiling;
		this.channels = p.channels;
		this.outputChannel = p.outputChannel;
		this.batch = p.batch;
		this.statistics = statistics;
	}

	/**
	 * The same predictor normalising each tile by the statistics of the tensor
	 * {@code statistics} gives for it (such as a window of the image larger than the tile)
	 * instead of the tile's own.
	 */
	public ModelTilePredictor<T> withStatisticsOf(final Function<Tile, Tensor> statistics)
	{
		return new ModelTilePredictor<>(this, statistics);
	}

	/** Tiles per call: the requested batch size when the model takes it, else 1. */
	@Override
	public int batchSize()
	{
		return batch;
	}

	public ModelTiling tiling()
	{
		return tiling;
	}

	@Override
	public RandomAccessibleInterval<? extends RealType<?>> predict(final Tile tile, final RandomAccessibleInterval<T> pixels)
	{
		return predictAll(List.of(tile), List.of(pixels)).get(0);
	}

	/** The tiles' maps from one call of the model (or one call per tile when their input sizes differ). */
	@Override
	public List<RandomAccessibleInterval<? extends RealType<?>>> predictAll(final List<Tile> tiles, final List<RandomAccessibleInterval<T>> pixels)
	{
		final long t0 = System.nanoTime();
		final List<Tensor> raw = new ArrayList<>(tiles.size()), in = new ArrayList<>(tiles.size());
		for (int i = 0; i < tiles.size(); i++)
		{
			raw.add(inputTensor(tiles.get(i), pixels.get(i), (int) tiles.get(i).region().width(), (int) tiles.get(i).region().height()));
			final ModelRunner r = statistics == null ? runner : runner.withWholeImageStatistics(Map.of(tiling.input().id(), statistics.apply(tiles.get(i))));
			in.add(r.preprocess(List.of(raw.get(i))).get(0));
		}
		final List<Tensor> out = infer(in);
		final List<RandomAccessibleInterval<? extends RealType<?>>> maps = new ArrayList<>(tiles.size());
		for (int i = 0; i < tiles.size(); i++)
		{
			final Tensor o = runner.postprocess(new ArrayList<>(List.of(out.get(i))), List.of(raw.get(i))).get(0);
			final int w = (int) tiles.get(i).region().width(), h = (int) tiles.get(i).region().height();
			maps.add(ArrayImgs.floats(crop(o, w, h), w, h));
		}
		calls += tiles.size();
		totalSeconds += (System.nanoTime() - t0) / 1e9;
		return maps;
	}

	/** The first output of every input: in one batch when they all have the same shape, else one by one. */
	private List<Tensor> infer(final List<Tensor> in)
	{
		final long t1 = System.nanoTime();
		final Axis b = tiling.input().axisOf(AxisKind.BATCH);
		boolean same = b != null;
		for (final Tensor t : in)
			same &= java.util.Arrays.equals(t.shape(), in.get(0).shape());
		final List<Tensor> out = new ArrayList<>(in.size());
		if (in.size() > 1 && same)
		{
			out.addAll(runner.predictor().predict(List.of(Tensor.stack(b.id(), in))).get(0).split(tiling.output().axisOf(AxisKind.BATCH).id()));
			modelCalls++;
		}
		else
			for (final Tensor t : in)
			{
				out.add(runner.predictor().predict(List.of(t)).get(0));
				modelCalls++;
			}
		inferenceSeconds += (System.nanoTime() - t1) / 1e9;
		return out;
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
			FloatPlanes.copy(pixels, data, 0);
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
		if (xs == 1)
			for (int yy = 0; yy < h; yy++)
				System.arraycopy(src, outputChannel * cs + yy * ys, map, yy * w, w);
		else
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

	/** Calls of the model: one per batch of tiles. */
	public int modelCalls()
	{
		return modelCalls;
	}

	/** Tiles predicted (not calls of the model: a batch is several tiles). */
	public int calls()
	{
		return calls;
	}

}
