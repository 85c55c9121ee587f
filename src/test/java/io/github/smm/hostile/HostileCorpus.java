package io.github.smm.hostile;

import java.util.ArrayList;
import java.util.List;

/** The generated hostile corpus: every format and every command, each case with its exact expected outcome. */
final class HostileCorpus
{
	private static List<HostileCase> all;

	private HostileCorpus()
	{}

	static synchronized List<HostileCase> all()
	{
		if (all == null)
		{
			final List<HostileCase> cases = new ArrayList<>();
			CorpusCoco.add(cases);
			CorpusImages.add(cases);
			CorpusRois.add(cases);
			CorpusGeoJson.add(cases);
			CorpusOptions.add(cases);
			all = List.copyOf(cases);
		}
		return all;
	}
}
