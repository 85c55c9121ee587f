package io.github.smm.eval;

import java.util.Collections;
import java.util.List;

/** The errors found by {@link ErrorAnalysis} in one image, each with instance ids. */
public final class ErrorReport
{
	/** A ground-truth object and the predictions (two or more) that belong to it. */
	public static final class Split
	{
		private final long groundTruthId;
		private final List<Long> predictionIds;

		Split(final long groundTruthId, final List<Long> predictionIds)
		{
			this.groundTruthId = groundTruthId;
			this.predictionIds = Collections.unmodifiableList(predictionIds);
		}

		public long groundTruthId()
		{
			return groundTruthId;
		}

		/** The pieces, in prediction input order. */
		public List<Long> predictionIds()
		{
			return predictionIds;
		}

		@Override
		public String toString()
		{
			return "ground truth " + groundTruthId + " split into predictions " + predictionIds;
		}
	}

	/** A prediction and the ground-truth objects (two or more) mostly inside it. */
	public static final class Merge
	{
		private final long predictionId;
		private final List<Long> groundTruthIds;

		Merge(final long predictionId, final List<Long> groundTruthIds)
		{
			this.predictionId = predictionId;
			this.groundTruthIds = Collections.unmodifiableList(groundTruthIds);
		}

		public long predictionId()
		{
			return predictionId;
		}

		/** The merged objects, in ground-truth input order. */
		public List<Long> groundTruthIds()
		{
			return groundTruthIds;
		}

		@Override
		public String toString()
		{
			return "prediction " + predictionId + " merges ground truth " + groundTruthIds;
		}
	}

	private final int predictions, groundTruth;
	private final List<Split> splits;
	private final List<Merge> merges;
	private final List<Long> missed, spurious;

	ErrorReport(final int predictions, final int groundTruth, final List<Split> splits, final List<Merge> merges, final List<Long> missed, final List<Long> spurious)
	{
		this.predictions = predictions;
		this.groundTruth = groundTruth;
		this.splits = Collections.unmodifiableList(splits);
		this.merges = Collections.unmodifiableList(merges);
		this.missed = Collections.unmodifiableList(missed);
		this.spurious = Collections.unmodifiableList(spurious);
	}

	/** Number of predictions analysed. */
	public int predictionCount()
	{
		return predictions;
	}

	/** Number of ground-truth objects analysed. */
	public int groundTruthCount()
	{
		return groundTruth;
	}

	/** Split ground-truth objects, in input order. */
	public List<Split> splits()
	{
		return splits;
	}

	/** Merged predictions, in input order. */
	public List<Merge> merges()
	{
		return merges;
	}

	/** Ids of missed ground-truth objects, in input order. */
	public List<Long> missed()
	{
		return missed;
	}

	/** Ids of spurious predictions, in input order. */
	public List<Long> spurious()
	{
		return spurious;
	}

	@Override
	public String toString()
	{
		return "ErrorReport splits=" + splits.size() + " merges=" + merges.size() + " missed=" + missed.size() + " spurious=" + spurious.size();
	}
}
