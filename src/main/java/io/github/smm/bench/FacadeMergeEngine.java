package io.github.smm.bench;

import java.util.List;

import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.model.Instance;

/** The bench's view of {@link SpatialMaskMerging#merge(List, MergeOptions)}. */
final class FacadeMergeEngine implements MergeEngine
{
	@Override
	public MergeOutcome merge(final List<Instance> predictions, final MergeOptions options)
	{
		final MergeResult r = SpatialMaskMerging.merge(predictions, options);
		return new MergeOutcome(r.merged(), r.objective(), r.componentCount(), r.provenOptimalComponents(), r.mergeSeconds())
				.withStageSeconds(r.stageSeconds()).withComponentReports(r.components());
	}
}
