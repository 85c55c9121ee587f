package io.github.smm.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Part of an image's objects, as the stages return them: merged objects and, from the seam stage, the groups merged there. */
final class ImagePart implements Serializable
{
	private static final long serialVersionUID = 1L;

	final List<ObjectRecord> objects;
	final List<SeamGroup> seams;

	private ImagePart(final List<ObjectRecord> objects, final List<SeamGroup> seams)
	{
		this.objects = objects;
		this.seams = seams;
	}

	/** A block's final objects. */
	static ImagePart closed(final List<ObjectRecord> objects)
	{
		return new ImagePart(objects, List.of());
	}

	/** The objects of one seam task. */
	static ImagePart seam(final List<ObjectRecord> objects, final SeamGroup group)
	{
		return new ImagePart(objects, List.of(group));
	}

	ImagePart plus(final ImagePart o)
	{
		final List<ObjectRecord> all = new ArrayList<>(objects.size() + o.objects.size());
		all.addAll(objects);
		all.addAll(o.objects);
		final List<SeamGroup> groups = new ArrayList<>(seams.size() + o.seams.size());
		groups.addAll(seams);
		groups.addAll(o.seams);
		return new ImagePart(all, groups);
	}
}
