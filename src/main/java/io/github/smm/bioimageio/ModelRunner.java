package io.github.smm.bioimageio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model ready to run: preprocessing, the ONNX session, postprocessing. Per-sample statistics
 * by default; {@link #withWholeImageStatistics} fixes them from a subsample of the whole image
 * so that every tile is normalised the same way.
 *
 * <pre>
 * try (ModelRunner m = new ModelRunner(ModelPackage.open(path), 2))
 * {
 * 	List&lt;Tensor&gt; out = m.run(m.model().testInputs());
 * }
 * </pre>
 */
public final class ModelRunner implements AutoCloseable
{
	private final ModelPackage model;
	private final OnnxPredictor predictor;
	private final List<List<Operation>> frozen;

	/** A runner on the CPU (or on a CUDA GPU when its ONNX Runtime build and a GPU are there). */
	public ModelRunner(final ModelPackage model, final int threads)
	{
		this(model, new OnnxPredictor(model, threads, true), null);
	}

	private ModelRunner(final ModelPackage model, final OnnxPredictor predictor, final List<List<Operation>> frozen)
	{
		this.model = model;
		this.predictor = predictor;
		this.frozen = frozen;
	}

	/**
	 * The same runner (sharing its session) with the preprocessing statistics taken once from
	 * {@code statistics}: per input id, a tensor of the input's axes holding a subsample of the
	 * whole image.
	 */
	public ModelRunner withWholeImageStatistics(final Map<String, Tensor> statistics)
	{
		final Sample sample = Sample.perSample(statistics).withStatisticsFrom(statistics);
		final List<List<Operation>> steps = new ArrayList<>();
		for (final TensorDescription in : model.description().inputs())
		{
			final Tensor s = statistics.get(in.id());
			if (s == null)
				throw new IllegalArgumentException("no whole-image statistics for input '" + in.id() + "'");
			steps.add(Operation.freeze(in.preprocessing(), s, sample));
		}
		return new ModelRunner(model, predictor, steps);
	}

	public ModelPackage model()
	{
		return model;
	}

	public ModelDescription description()
	{
		return model.description();
	}

	public OnnxPredictor predictor()
	{
		return predictor;
	}

	/** Preprocesses copies of the raw inputs, in description order. */
	public List<Tensor> preprocess(final List<Tensor> raw)
	{
		final List<TensorDescription> inputs = description().inputs();
		if (raw.size() != inputs.size())
			throw new IllegalArgumentException("the model takes " + inputs.size() + " inputs, got " + raw.size());
		final Sample sample = Sample.perSample(byId(inputs, raw));
		final List<Tensor> out = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++)
			out.add(Operation.applyAll(frozen != null ? frozen.get(i) : inputs.get(i).preprocessing(), raw.get(i).copy(), sample));
		return out;
	}

	/** Postprocesses the raw outputs in place; {@code rawInputs} serve reference tensors. */
	public List<Tensor> postprocess(final List<Tensor> outputs, final List<Tensor> rawInputs)
	{
		final Sample sample = Sample.perSample(byId(description().inputs(), rawInputs));
		for (int i = 0; i < outputs.size(); i++)
			Operation.applyAll(description().outputs().get(i).postprocessing(), outputs.get(i), sample);
		return outputs;
	}

	/** Preprocessing, inference and postprocessing of one sample. */
	public List<Tensor> run(final List<Tensor> rawInputs)
	{
		return postprocess(predictor.predict(preprocess(rawInputs)), rawInputs);
	}

	private static Map<String, Tensor> byId(final List<TensorDescription> d, final List<Tensor> t)
	{
		final Map<String, Tensor> m = new LinkedHashMap<>();
		for (int i = 0; i < Math.min(d.size(), t.size()); i++)
			m.put(d.get(i).id(), t.get(i));
		return m;
	}

	@Override
	public void close()
	{
		predictor.close();
	}
}
