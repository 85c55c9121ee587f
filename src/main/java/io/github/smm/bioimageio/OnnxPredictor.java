package io.github.smm.bioimageio;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/**
 * The model's ONNX weights in one ONNX Runtime session, reused for every call. CPU by
 * default; the CUDA provider when the GPU build of ONNX Runtime is on the class path and a GPU
 * answers (never required). Graph inputs and outputs are matched to the description's tensors
 * by name, or by position when the names differ (as they do in exported graphs).
 */
public final class OnnxPredictor implements AutoCloseable
{
	private final ModelDescription description;
	private final OrtEnvironment env;
	private final OrtSession session;
	private final List<String> inputNames, outputNames;
	private final String provider;

	/**
	 * @param threads threads of ONNX Runtime's operators (≥ 1)
	 * @param useGpu try the CUDA provider first
	 */
	public OnnxPredictor(final ModelPackage model, final int threads, final boolean useGpu)
	{
		if (threads < 1)
			throw new IllegalArgumentException("threads must be >= 1, got " + threads);
		this.description = model.description();
		final byte[] weights = model.onnxWeights();
		env = OrtEnvironment.getEnvironment();
		String used = "CPU";
		OrtSession s = null;
		try (OrtSession.SessionOptions options = new OrtSession.SessionOptions())
		{
			options.setIntraOpNumThreads(threads);
			options.setInterOpNumThreads(1);
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			if (useGpu && OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA))
				try
				{
					options.addCUDA(0);
					used = "CUDA";
				}
				catch (final OrtException e)
				{
					used = "CPU (CUDA unavailable: " + e.getMessage() + ")";
				}
			s = env.createSession(weights, options);
		}
		catch (final OrtException e)
		{
			throw new ModelPackageException(model.name(), "weights.onnx", "ONNX Runtime cannot load " + description.onnxSource() + " (" + e.getMessage() + ")",
					"check that the weights are a valid ONNX model of an opset this ONNX Runtime supports");
		}
		session = s;
		provider = used;
		inputNames = names(model, session.getInputNames(), description.inputs(), "inputs");
		outputNames = names(model, session.getOutputNames(), description.outputs(), "outputs");
	}

	private static List<String> names(final ModelPackage model, final java.util.Set<String> graph, final List<TensorDescription> tensors, final String what)
	{
		final List<String> graphNames = new ArrayList<>(graph);
		if (graphNames.size() != tensors.size())
			throw new ModelPackageException(model.name(), what, "the description lists " + tensors.size() + " " + what + ", the ONNX graph has " + graphNames.size() + " " + graphNames,
					"give a description that matches the weights");
		final List<String> out = new ArrayList<>();
		boolean byName = true;
		for (final TensorDescription t : tensors)
			byName &= graph.contains(t.id());
		for (int i = 0; i < tensors.size(); i++)
			out.add(byName ? tensors.get(i).id() : graphNames.get(i));
		return out;
	}

	/** Where the session runs: {@code CPU} or {@code CUDA}. */
	public String provider()
	{
		return provider;
	}

	/** The input shapes the graph declares ({@code -1} for a free dimension), by description order. */
	public List<long[]> graphInputShapes()
	{
		final List<long[]> out = new ArrayList<>();
		try
		{
			final Map<String, NodeInfo> info = session.getInputInfo();
			for (final String n : inputNames)
				out.add(((TensorInfo) info.get(n).getInfo()).getShape());
		}
		catch (final OrtException e)
		{
			throw new IllegalStateException(e);
		}
		return out;
	}

	/**
	 * Runs the graph once.
	 *
	 * @param inputs the (preprocessed) input tensors, in description order
	 * @return the raw outputs (before postprocessing), in description order, with the
	 *         description's axis ids
	 */
	public List<Tensor> predict(final List<Tensor> inputs)
	{
		if (inputs.size() != inputNames.size())
			throw new IllegalArgumentException("the model takes " + inputNames.size() + " inputs, got " + inputs.size());
		final Map<String, OnnxTensor> feed = new LinkedHashMap<>();
		try
		{
			for (int i = 0; i < inputs.size(); i++)
				feed.put(inputNames.get(i), OnnxTensor.createTensor(env, FloatBuffer.wrap(inputs.get(i).data()), longs(inputs.get(i).shape())));
			try (OrtSession.Result r = session.run(feed))
			{
				final List<Tensor> out = new ArrayList<>();
				for (int i = 0; i < outputNames.size(); i++)
					out.add(tensor((OnnxTensor) r.get(outputNames.get(i)).orElseThrow(), description.outputs().get(i)));
				return out;
			}
		}
		catch (final OrtException e)
		{
			throw new ModelPackageException(description.packageName(), "weights.onnx", "ONNX Runtime failed on inputs " + inputs + ": " + e.getMessage(),
					"check the input sizes against the description's axes");
		}
		finally
		{
			for (final OnnxTensor t : feed.values())
				t.close();
		}
	}

	private static Tensor tensor(final OnnxTensor t, final TensorDescription d)
	{
		final long[] shape = t.getInfo().getShape();
		final int[] s = new int[shape.length];
		for (int k = 0; k < s.length; k++)
			s[k] = (int) shape[k];
		if (s.length != d.axes().size())
			throw new ModelPackageException("model", d.entry(), "the graph's output has " + s.length + " dimensions, the description " + d.axisIds(), "");
		final FloatBuffer b = t.getFloatBuffer();
		final float[] data = new float[b.remaining()];
		b.get(data);
		return new Tensor(d.axisIds(), s, data);
	}

	private static long[] longs(final int[] a)
	{
		final long[] out = new long[a.length];
		for (int i = 0; i < a.length; i++)
			out[i] = a[i];
		return out;
	}

	@Override
	public void close()
	{
		try
		{
			session.close();
		}
		catch (final OrtException e)
		{
			throw new IllegalStateException(e);
		}
	}
}
