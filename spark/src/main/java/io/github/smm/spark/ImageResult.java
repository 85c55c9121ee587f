package io.github.smm.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import io.github.smm.io.ClusterCsv;
import io.github.smm.io.ClusterRow;
import io.github.smm.model.Instance;

/**
 * The merged objects of one image of a batch, in the order the single-machine runner emits
 * them, with the run's counts; or the error that stopped the image.
 */
public final class ImageResult implements Serializable
{
	private static final long serialVersionUID = 1L;

	private final String image;
	private final List<ObjectRecord> objects;
	private final long width, height;
	private final int tiles;
	private final long inputs;
	private final double seconds;
	private final String error;
	private long seamInputs;
	private List<SeamGroup> seams = List.of();
	private int blocks = 1;
	private String output;
	private int objectCount;

	ImageResult(final String image, final long width, final long height, final List<ObjectRecord> objects, final int tiles, final long inputs, final double seconds)
	{
		this.image = image;
		this.width = width;
		this.height = height;
		this.objects = new ArrayList<>(objects);
		this.objectCount = objects.size();
		this.tiles = tiles;
		this.inputs = inputs;
		this.seconds = seconds;
		this.error = null;
	}

	private ImageResult(final String image, final String error)
	{
		this.image = image;
		this.width = 0;
		this.height = 0;
		this.objects = new ArrayList<>();
		this.tiles = 0;
		this.inputs = 0;
		this.seconds = 0;
		this.error = error;
	}

	/** The result of an image whose task failed. */
	static ImageResult failed(final String image, final String error)
	{
		return new ImageResult(image, error);
	}

	/** The image file. */
	public String image()
	{
		return image;
	}

	public long width()
	{
		return width;
	}

	public long height()
	{
		return height;
	}

	/**
	 * The merged objects as rows of the cluster table ({@link ClusterCsv}): ids 1, 2, … in output
	 * order, the tile predictions merged into each (block-wise runs; empty for whole-image runs),
	 * score, class, area and box.
	 */
	public List<ClusterRow> rows()
	{
		final List<ClusterRow> out = new ArrayList<>(objects.size());
		for (int k = 0; k < objects.size(); k++)
		{
			final ObjectRecord o = objects.get(k);
			out.add(new ClusterRow(k + 1, o.members(), o.score(), o.classId(), o.area(), o.box()));
		}
		return out;
	}

	/** The merged objects, in output order. */
	List<ObjectRecord> objects()
	{
		return objects;
	}

	/** The merged objects as instances (ids 1, 2, … in output order). */
	public List<Instance> instances()
	{
		final List<Instance> out = new ArrayList<>(objects.size());
		for (int k = 0; k < objects.size(); k++)
			out.add(objects.get(k).toInstance().withId(k + 1));
		return out;
	}

	public int tiles()
	{
		return tiles;
	}

	/** Tile predictions merged. */
	public long inputs()
	{
		return inputs;
	}

	/** Seconds of work summed over the image's tasks. */
	public double seconds()
	{
		return seconds;
	}

	/** The same result with the block counts of a block-wise run. */
	ImageResult withBlocks(final int blockCount, final long seamPredictions)
	{
		blocks = blockCount;
		seamInputs = seamPredictions;
		return this;
	}

	/** The same result with the groups its seam tasks merged. */
	ImageResult withSeams(final List<SeamGroup> groups)
	{
		final List<SeamGroup> sorted = new ArrayList<>(groups);
		java.util.Collections.sort(sorted);
		seams = sorted;
		return this;
	}

	/** The tasks of the seam stage (one per set of blocks touched by open components), by blocks; empty for a whole-image run. */
	public List<SeamGroup> seamGroups()
	{
		return java.util.Collections.unmodifiableList(seams);
	}

	/** The same result without its objects, once they are written to {@code file} (what the driver keeps of a batch). */
	ImageResult written(final String files)
	{
		output = files;
		objects.clear();
		return this;
	}

	/** Number of merged objects (also once written). */
	public int objectCount()
	{
		return objectCount;
	}

	/** The file the objects were written to, or {@code null}. */
	public String output()
	{
		return output;
	}

	/** Number of blocks the image was cut into (1 for a whole-image run). */
	public int blocks()
	{
		return blocks;
	}

	/** Tile predictions that reached a block's halo and were merged in the seam stage. */
	public long seamInputs()
	{
		return seamInputs;
	}

	/** The error that stopped the image, or {@code null}. */
	public String error()
	{
		return error;
	}
}
