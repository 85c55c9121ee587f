package io.github.smm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;

import io.github.smm.InvalidOptionException;
import io.github.smm.Method;
import io.github.smm.Preset;
import io.github.smm.graph.OverlapMeasure;

/**
 * The validated options of one bench run, parsed from
 * {@code --name value} or {@code --name=value} arguments.
 */
public final class BenchOptions
{
	/** One line per option, for the usage text. */
	public static final String USAGE = "usage: smm bench [options]\n"
			+ "  --scene voronoi|blobs|model  dense touching cells, sparse separated ellipses, or a model's predictions read from --predictions (voronoi)\n"
			+ "  --scene voronoi3d            3D: a Voronoi volume cut into blocks (its own options: bench --scene voronoi3d --help)\n"
			+ "  --scene voronoi3d-disk       3D tiled runner on a volume streamed from disk (its own options: bench --scene voronoi3d-disk --help)\n"
			+ "  --predictions FILE           model scene: COCO detection results of one image, listed tile by tile in grid order\n"
			+ "  --images FILE                model scene: the COCO file with that image (sets the size)\n"
			+ "  --truth FILE                 model scene: ground truth as COCO (optional; without it no quality is measured)\n"
			+ "  --size N                     scene width and height in pixels, 16..65536 (4096)\n"
			+ "  --tile T                     tile side in pixels, at least 8 (512)\n"
			+ "  --overlap R                  tile overlap ratio in [0, 1) (0.2)\n"
			+ "  --method M                   smm-exact|smm-greedy|nms|greedy_nmm|union_iou|components (smm-exact)\n"
			+ "  --preset P                   paper|microscopy (microscopy)\n"
			+ "  --perturb none|realistic|damaged  prediction errors (none)\n"
			+ "  --damage K=V,...             rates of damaged: jitter, fragments, duplicates, merges, missed, score_noise\n"
			+ "  --overlap-measure M          window_iou|iou|ios instead of the preset's measure\n"
			+ "  --chain-cost C               chain_cost in [0, 1] instead of the preset's\n"
			+ "  --seed S                     random seed (1)\n"
			+ "  --threads K                  merge threads (the merge options' default)\n"
			+ "  --repeat K                   merge K times, report the median time (1); the first is the cold merge\n"
			+ "  --jvms J                     run the whole bench in J fresh JVMs, one after the other, and report the medians of their cold and warm merges";

	private SceneKind scene = SceneKind.VORONOI;
	private int size = 4096;
	private int tile = 512;
	private double overlap = 0.2;
	private Method method = Method.SMM_EXACT;
	private Preset preset = Preset.MICROSCOPY;
	private Perturbation perturbation = Perturbation.NONE;
	private Damage damage = Damage.defaults();
	private boolean damageGiven;
	private OverlapMeasure overlapMeasure;
	/** {@code null}: the preset's chain cost. */
	private Double chainCost;
	private Path predictions, images, truth;
	private long seed = 1;
	/** 0: the merge options' default. */
	private int threads;
	private int repeat = 1;
	/** 0: run here; otherwise in that many fresh JVMs. */
	private int jvms;

	private BenchOptions()
	{}

	/** The defaults: voronoi, 4096, tile 512, overlap 0.2, smm-exact, microscopy, none, seed 1. */
	public static BenchOptions defaults()
	{
		return new BenchOptions();
	}

	/**
	 * Parses the arguments after {@code bench}.
	 *
	 * @throws BenchUsageException naming the first unknown, repeated, valueless or invalid option
	 */
	public static BenchOptions parse(final String... args)
	{
		final BenchOptions o = new BenchOptions();
		final Set<String> seen = new HashSet<>();
		for (int i = 0; i < args.length; i++)
		{
			final String arg = args[i];
			if (!arg.startsWith("--") || arg.length() == 2)
				throw new BenchUsageException(arg, "not an option (options look like --size 4096)");
			final int eq = arg.indexOf('=');
			final String name = eq < 0 ? arg : arg.substring(0, eq);
			final String value;
			if (eq >= 0)
				value = arg.substring(eq + 1);
			else if (i + 1 < args.length)
				value = args[++i];
			else
				throw new BenchUsageException(name, "needs a value");
			if (!seen.add(name))
				throw new BenchUsageException(name, "given twice");
			o.set(name, value);
		}
		o.checkStride();
		o.checkScene();
		return o;
	}

	private void set(final String name, final String value)
	{
		switch (name)
		{
			case "--scene":
				scene = choice(name, value, SceneKind::parse);
				break;
			case "--size":
				size = integer(name, value, 16, 65536);
				break;
			case "--tile":
				tile = integer(name, value, 8, Integer.MAX_VALUE);
				break;
			case "--overlap":
				overlap = ratio(name, value);
				break;
			case "--method":
				method = choice(name, value, Method::parse);
				break;
			case "--preset":
				preset = choice(name, value, Preset::parse);
				break;
			case "--perturb":
				perturbation = choice(name, value, Perturbation::parse);
				break;
			case "--seed":
				seed = longValue(name, value);
				break;
			case "--threads":
				threads = integer(name, value, 1, 4096);
				break;
			case "--repeat":
				repeat = integer(name, value, 1, 1000);
				break;
			case "--jvms":
				jvms = integer(name, value, 1, 100);
				break;
			case "--damage":
				damage = choice(name, value, Damage::parse);
				damageGiven = true;
				break;
			case "--overlap-measure":
				overlapMeasure = choice(name, value, OverlapMeasure::parse);
				break;
			case "--chain-cost":
				chainCost = number(name, value);
				break;
			case "--predictions":
				predictions = file(name, value);
				break;
			case "--images":
				images = file(name, value);
				break;
			case "--truth":
				truth = file(name, value);
				break;
			default:
				throw new BenchUsageException(name, "unknown option (known: --scene --size --tile --overlap --method --preset --perturb --damage --overlap-measure --chain-cost "
						+ "--predictions --images --truth --seed --threads --repeat --jvms)");
		}
	}

	private void checkStride()
	{
		if (tile - Math.round(overlap * tile) < 1)
			throw new BenchUsageException("--overlap", overlap + " leaves no stride for tile size " + tile);
	}

	private void checkScene()
	{
		final boolean model = scene == SceneKind.MODEL;
		if (model && (predictions == null || images == null))
			throw new BenchUsageException(predictions == null ? "--predictions" : "--images", "the model scene needs --predictions and --images");
		if (!model && (predictions != null || images != null || truth != null))
			throw new BenchUsageException(predictions != null ? "--predictions" : images != null ? "--images" : "--truth", "only the model scene (--scene model) reads files");
		if (model && perturbation != Perturbation.NONE)
			throw new BenchUsageException("--perturb", "the model scene's predictions are read as they are");
		if (damageGiven && perturbation != Perturbation.DAMAGED)
			throw new BenchUsageException("--damage", "sets the rates of --perturb damaged");
	}

	private static Path file(final String name, final String value)
	{
		final Path p = Paths.get(value.trim());
		if (!Files.isRegularFile(p))
			throw new BenchUsageException(name, "no such file: " + p);
		return p;
	}

	private interface Parser<T>
	{
		T parse(String token);
	}

	private static <T> T choice(final String name, final String value, final Parser<T> parser)
	{
		try
		{
			return parser.parse(value);
		}
		catch (final InvalidOptionException e)
		{
			throw new BenchUsageException(name, e.getMessage().replaceFirst("^option \\S+: ", ""));
		}
		catch (final IllegalArgumentException e)
		{
			throw new BenchUsageException(name, e.getMessage());
		}
	}

	private static int integer(final String name, final String value, final int min, final int max)
	{
		final long v = longValue(name, value);
		if (v < min || v > max)
			throw new BenchUsageException(name, v + " is not in [" + min + ", " + max + "]");
		return (int) v;
	}

	private static long longValue(final String name, final String value)
	{
		try
		{
			return Long.parseLong(value.trim());
		}
		catch (final NumberFormatException e)
		{
			throw new BenchUsageException(name, "'" + value + "' is not an integer");
		}
	}

	private static double number(final String name, final String value)
	{
		try
		{
			return Double.parseDouble(value.trim());
		}
		catch (final NumberFormatException e)
		{
			throw new BenchUsageException(name, "'" + value + "' is not a number");
		}
	}

	private static double ratio(final String name, final String value)
	{
		final double v = number(name, value);
		if (!(v >= 0 && v < 1))
			throw new BenchUsageException(name, v + " is not in [0, 1)");
		return v;
	}

	public SceneKind scene()
	{
		return scene;
	}

	public int size()
	{
		return size;
	}

	public int tile()
	{
		return tile;
	}

	public double overlap()
	{
		return overlap;
	}

	public Method method()
	{
		return method;
	}

	public Preset preset()
	{
		return preset;
	}

	public Perturbation perturbation()
	{
		return perturbation;
	}

	/** The damage rates of {@link Perturbation#DAMAGED}. */
	public Damage damage()
	{
		return damage;
	}

	/** The overlap measure that replaces the preset's, or {@code null} to keep it. */
	public OverlapMeasure overlapMeasure()
	{
		return overlapMeasure;
	}

	/** The chain cost that replaces the preset's, or {@code null} to keep it. */
	public Double chainCost()
	{
		return chainCost;
	}

	/** Model scene: the predictions file, or {@code null}. */
	public Path predictions()
	{
		return predictions;
	}

	/** Model scene: the COCO file listing the image, or {@code null}. */
	public Path images()
	{
		return images;
	}

	/** Model scene: the ground-truth COCO file, or {@code null}. */
	public Path truth()
	{
		return truth;
	}

	public long seed()
	{
		return seed;
	}

	/** Merge threads, or 0 for the merge options' default. */
	public int threads()
	{
		return threads;
	}

	/** Number of fresh JVMs to run the bench in, or 0 to run it here. */
	public int jvms()
	{
		return jvms;
	}

	/** {@code args} without the {@code --jvms} option (what each fresh JVM runs). */
	static String[] withoutJvms(final String[] args)
	{
		final java.util.List<String> out = new java.util.ArrayList<>();
		for (int i = 0; i < args.length; i++)
		{
			if (args[i].startsWith("--jvms="))
				continue;
			if (args[i].equals("--jvms"))
			{
				i++;
				continue;
			}
			out.add(args[i]);
		}
		return out.toArray(new String[0]);
	}

	/** How many times the merge runs on the same predictions. */
	public int repeat()
	{
		return repeat;
	}
}
