package io.github.smm.command;

import java.awt.Button;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Panel;
import java.awt.TextField;
import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleException;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.io.DirectoryChooser;
import ij.io.OpenDialog;
import ij.io.SaveDialog;
import ij.macro.Interpreter;
import ij.plugin.PlugIn;
import ij.plugin.frame.Recorder;

/**
 * Runs one of this plugin's SciJava commands from plain ImageJ 1.x (no Fiji): builds a
 * {@link GenericDialog} from the command's parameters — so {@code run("Merge ROIs", "…")}
 * macros and the macro recorder work, with the parameter names as keys — then runs the
 * command through a SciJava {@link Context}. The dialog groups the parameters under headings
 * (input, segmenter and model, merging, custom weights, baselines, output), gives file fields Browse buttons
 * (a save dialog for outputs) and lists open images by title. Registered by the
 * {@code plugins.config} of the separate ImageJ 1.x jar, never in Fiji (where the commands
 * appear by themselves).
 */
public class CommandPlugIn implements PlugIn
{
	/** The dialog's sections, in display order. */
	private enum Section
	{
		INPUT("Input"), MODEL("Segmenter and model"), MERGING("Merging"), CUSTOM("Weights (used only with preset = custom)"),
		BASELINES("Baselines (used only by nms, greedy_nmm, union_iou)"), TUNING("Tuning"), OUTPUT("Output");

		final String heading;

		Section(final String heading)
		{
			this.heading = heading;
		}
	}

	/** What finds the objects in the tiles, and how a bioimage.io model is run and its output read. */
	private static final Set<String> MODEL = Set.of("segmenter", "threshold", "min_area", "macro_code", "command_name", "instances", "normalization", "channels", "output_channel",
			"probability_threshold", "normalization_window", "batch_size", "split_depth");

	private static final Set<String> MERGING = Set.of("preset", "method", "overlap_measure", "score_aggregation", "fusion", "chain_cost", "class_agnostic", "resolve_overlaps");

	/** The tile grid the predictions came from: shown with the inputs. */
	private static final Set<String> GRID = Set.of("tile_size", "overlap", "tiles");

	/** The keys of Tune Merge Parameters that say how to tune. */
	private static final Set<String> TUNING = Set.of("metric", "trials", "folds", "seed", "tune", "work_limit", "class_agnostic_evaluation");

	private static final Set<String> CUSTOM = Set.of("tau_d", "rho", "beta1", "beta2", "beta3", "lambda", "gamma");

	/** Parameters shown on the same row as the one before them. */
	private static final Set<String> SAME_ROW = Set.of("rho", "beta2", "beta3", "gamma", "resolve_overlaps");

	private static final Map<String, String> UNITS = Map.of("tau_d", "px", "rho", "px", "tolerance", "px");

	/** File names the save dialogs suggest; their extension is the one the dialog enforces. */
	private static final Map<String, String> SAVE_NAMES = Map.of("table", "clusters.csv", "output_rois", "merged_RoiSet.zip", "output_labels", "merged_labels.tif", "output", "merged.json",
			"output_geojson", "merged.geojson");

	private static final String NO_IMAGE = "<none>";

	private static Context context;

	/** Keeps the subscriber that stops SciJava from logging bad input a second time. */
	private static Object reported;

	@Override
	public void run(final String commandClass)
	{
		final Thread thread = Thread.currentThread();
		final ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(getClass().getClassLoader());
		try
		{
			final CommandInfo info = context().service(CommandService.class).getCommand(commandClass);
			if (info == null)
				throw new IllegalArgumentException("no command " + commandClass);
			final Map<String, Object> inputs = ask(info);
			if (inputs == null)
				return;
			final Module m = context().service(CommandService.class).run(info, true, inputs).get();
			if (m instanceof Cancelable && ((Cancelable) m).isCanceled())
				throw new IllegalStateException(info.getTitle() + ": " + ((Cancelable) m).getCancelReason());
			final Object summary = m.getOutput("summary");
			if (summary != null)
				IJ.log(info.getTitle() + ": " + summary);
		}
		catch (final ExecutionException | ModuleException | RuntimeException e)
		{
			// SciJava wraps the command's exception (ExecutionException, then a plain
			// RuntimeException "Module threw exception"): show the command's own message
			Throwable cause = CommandFailure.in(e);
			if (cause == null)
			{
				cause = e;
				while (cause.getCause() != null && (cause instanceof ExecutionException || cause instanceof ModuleException || cause.getClass() == RuntimeException.class))
					cause = cause.getCause();
			}
			IJ.error("Spatial Mask Merging", cause.getMessage() != null ? cause.getMessage() : cause.toString());
			Macro.abort();
		}
		catch (final InterruptedException e)
		{
			thread.interrupt();
		}
		finally
		{
			thread.setContextClassLoader(previous);
		}
	}

	private static synchronized Context context()
	{
		if (context == null)
		{
			context = new Context();
			reported = ReportedFailures.subscribe(context);
		}
		return context;
	}

	/** Shows the dialog (or reads the macro options); null when cancelled. */
	private static Map<String, Object> ask(final CommandInfo info) throws ModuleException
	{
		final Module defaults = info.createModule();
		final String options = Macro.getOptions();
		final GenericDialog gd = new ScrollingDialog(info.getTitle());
		final List<ModuleItem<?>> shown = shownItems(info);
		Section section = null;
		for (final ModuleItem<?> item : shown)
		{
			if (section != section(item))
				heading(gd, section = section(item));
			else if (SAME_ROW.contains(item.getName()) && gui())
				gd.addToSameRow();
			add(gd, info.getTitle(), item, item.getValue(defaults));
			if (!isNumber(item) && !isBoolean(item) && gui())
				spanRow(gd);
		}
		gd.addHelp(help(info, shown));
		gd.showDialog();
		if (gd.wasCanceled())
			return null;
		final Map<String, Object> values = new LinkedHashMap<>();
		for (final ModuleItem<?> item : shown)
		{
			Object value = read(gd, item);
			if (options != null && isText(item) && shadowed(item.getName(), shown))
				value = parse(item, macroValue(options, item.getName()));
			if (value == null && item.isRequired())
				throw new IllegalArgumentException(info.getTitle() + ": " + item.getName() + " is required (" + item.getDescription() + ")");
			values.put(item.getName(), value);
		}
		return values;
	}

	/** The parameters the dialog shows, sorted by section (stable within a section). */
	private static List<ModuleItem<?>> shownItems(final CommandInfo info)
	{
		final List<ModuleItem<?>> shown = new ArrayList<>();
		for (final ModuleItem<?> item : info.inputs())
			if (!Service.class.isAssignableFrom(item.getType()) && !Context.class.isAssignableFrom(item.getType()))
				shown.add(item);
		// the tile grid follows the files it describes
		shown.sort(Comparator.comparing(CommandPlugIn::section).thenComparing(item -> GRID.contains(item.getName())));
		return shown;
	}

	private static Section section(final ModuleItem<?> item)
	{
		final String name = item.getName();
		if (MERGING.contains(name))
			return Section.MERGING;
		final boolean model = item.getInfo().getInput("model") != null;
		if (MODEL.contains(name) && (model || item.getInfo().getInput("segmenter") != null) || name.equals("threads") && model)
			return Section.MODEL;
		if (CUSTOM.contains(name))
			return Section.CUSTOM;
		if (name.equals("tau_i"))
			return Section.BASELINES;
		if (TUNING.contains(name))
			return Section.TUNING;
		if (GRID.contains(name) || name.equals("dimensions"))
			return Section.INPUT; // how the input is read (2D, per slice, 3D): with the inputs
		return item.getType() == ImagePlus.class || style(item, "open") || style(item, "both") ? Section.INPUT : Section.OUTPUT;
	}

	private static boolean style(final ModuleItem<?> item, final String style)
	{
		return item.getWidgetStyle() != null && item.getWidgetStyle().contains(style);
	}

	private static boolean gui()
	{
		return !GraphicsEnvironment.isHeadless();
	}

	private static void heading(final GenericDialog gd, final Section section)
	{
		if (!gui())
			return;
		gd.addMessage(section.heading, new Font("SansSerif", Font.BOLD, 12));
		spanRow(gd);
	}

	/**
	 * Lets the last component span the rest of its row, so that wide fields (paths, image
	 * titles) do not push the second column of numbers far to the right.
	 */
	private static void spanRow(final GenericDialog gd)
	{
		final GridBagLayout layout = (GridBagLayout) gd.getLayout();
		final java.awt.Component last = gd.getComponent(gd.getComponentCount() - 1);
		final GridBagConstraints c = layout.getConstraints(last);
		c.gridwidth = GridBagConstraints.REMAINDER;
		layout.setConstraints(last, c);
	}

	private static boolean isNumber(final ModuleItem<?> item)
	{
		final Class<?> t = item.getType();
		return t == double.class || t == int.class || t == Double.class || t == Integer.class;
	}

	private static boolean isBoolean(final ModuleItem<?> item)
	{
		return item.getType() == boolean.class || item.getType() == Boolean.class;
	}

	private static void add(final GenericDialog gd, final String title, final ModuleItem<?> item, final Object value)
	{
		final Class<?> type = item.getType();
		final String name = item.getName();
		if (type == ImagePlus.class && Macro.getOptions() != null)
			gd.addStringField(name, currentImage(), 30); // a macro may give a title or a file path
		else if (type == ImagePlus.class)
			gd.addChoice(name, imageTitles(item.isRequired()), currentImage());
		else if (isBoolean(item))
			gd.addCheckbox(name, Boolean.TRUE.equals(value));
		else if (isNumber(item))
		{
			final double v = value == null ? 0 : ((Number) value).doubleValue();
			gd.addNumericField(name, v, digits(v), 5, UNITS.get(name));
		}
		else if (item.getChoices() != null && !item.getChoices().isEmpty())
		{
			final String[] choices = item.getChoices().stream().map(Object::toString).toArray(String[]::new);
			gd.addChoice(name, choices, value == null ? choices[0] : value.toString());
		}
		else
		{
			gd.addStringField(name, value == null ? "" : value.toString(), 25);
			if (type == File.class && gui())
				browseButtons(gd, title + ": " + name.replace('_', ' '), item);
		}
	}

	/** Fewest decimals (up to 4) that show {@code v} exactly: 5 → "5", 0.5 → "0.5". */
	private static int digits(final double v)
	{
		int d = 0;
		while (d < 4 && Math.abs(Math.round(v * Math.pow(10, d)) - v * Math.pow(10, d)) > 1e-9)
			d++;
		return d;
	}

	private static String[] imageTitles(final boolean required)
	{
		final List<String> titles = new ArrayList<>();
		if (!required)
			titles.add(NO_IMAGE);
		final String[] open = WindowManager.getImageTitles();
		titles.addAll(List.of(open));
		return titles.isEmpty() ? new String[] { NO_IMAGE } : titles.toArray(new String[0]);
	}

	private static String currentImage()
	{
		final ImagePlus current = WindowManager.getCurrentImage();
		return current != null ? current.getTitle() : NO_IMAGE;
	}

	/**
	 * Puts Browse buttons next to the text field just added: a save dialog for outputs, an
	 * open dialog for inputs, and a folder chooser too for inputs that may be folders.
	 */
	private static void browseButtons(final GenericDialog gd, final String title, final ModuleItem<?> item)
	{
		final TextField field = (TextField) gd.getStringFields().lastElement();
		final GridBagConstraints where = ((GridBagLayout) gd.getLayout()).getConstraints(field);
		gd.remove(field);
		final Panel row = new Panel(new FlowLayout(FlowLayout.LEFT, 0, 0));
		row.add(field);
		if (section(item) == Section.OUTPUT)
			row.add(button("Browse…", () -> saveTo(field, title, SAVE_NAMES.getOrDefault(item.getName(), item.getName()))));
		else
			row.add(button(style(item, "both") ? "File…" : "Browse…", () -> openInto(field, title)));
		if (style(item, "both"))
			row.add(button("Folder…", () -> folderInto(field, title)));
		gd.add(row, where);
	}

	private static Button button(final String label, final Runnable action)
	{
		final Button b = new Button(label);
		b.addActionListener(e -> action.run());
		return b;
	}

	/**
	 * A path from a file dialog's getter, which would otherwise also record the path as a
	 * stray macro option (e.g. {@code merge=…}) while the macro recorder is on.
	 */
	private static String unrecorded(final java.util.function.Supplier<String> getter)
	{
		if (IJ.recording())
			Recorder.disablePathRecording();
		return getter.get();
	}

	private static void openInto(final TextField field, final String title)
	{
		final OpenDialog od = new OpenDialog(title, field.getText().trim());
		final String name = unrecorded(od::getFileName);
		if (name != null)
			field.setText(new File(od.getDirectory(), name).getPath());
	}

	private static void saveTo(final TextField field, final String title, final String suggestion)
	{
		final File current = new File(field.getText().trim());
		final String dir = current.getParent() != null ? current.getParent() : OpenDialog.getDefaultDirectory();
		final String name = current.getName().isEmpty() ? suggestion : current.getName();
		final int dot = suggestion.lastIndexOf('.');
		final SaveDialog sd = new SaveDialog(title, dir, name, dot < 0 ? "" : suggestion.substring(dot));
		final String chosen = unrecorded(sd::getFileName);
		if (chosen != null)
			field.setText(new File(sd.getDirectory(), chosen).getPath());
	}

	private static void folderInto(final TextField field, final String title)
	{
		final DirectoryChooser dc = new DirectoryChooser(title);
		final String dir = unrecorded(dc::getDirectory);
		if (dir != null)
			field.setText(dir);
	}

	/** A compact HTML page: the shown parameters by section, with their descriptions. */
	private static String help(final CommandInfo info, final List<ModuleItem<?>> items)
	{
		final StringBuilder sb = new StringBuilder("<html><h3>").append(html(info.getTitle())).append("</h3>");
		Section section = null;
		for (final ModuleItem<?> item : items)
		{
			if (section != section(item))
				sb.append(section == null ? "" : "<br>").append("<br><b><u>").append(html((section = section(item)).heading)).append("</u></b>");
			sb.append("<br><b>").append(item.getName()).append("</b> &ndash; ").append(html(item.getDescription() == null ? "" : item.getDescription()));
		}
		return sb.append("<br><br>In a macro, the parameter names are the keys: <tt>run(\"").append(html(info.getTitle()))
				.append("\", \"").append(items.get(0).getName()).append("=[&hellip;] &hellip;\")</tt>; Plugins &rsaquo; Macros &rsaquo; Record&hellip; writes the line for you.</html>").toString();
	}

	private static String html(final String s)
	{
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** File and free-text string parameters. */
	private static boolean isText(final ModuleItem<?> item)
	{
		return item.getType() == File.class || item.getType() == String.class && (item.getChoices() == null || item.getChoices().isEmpty());
	}

	/**
	 * True when another key ends in {@code _name}: ImageJ's macro option lookup would then also
	 * find {@code name=} inside {@code other_name=} (e.g. {@code rois} in {@code output_rois}).
	 */
	private static boolean shadowed(final String name, final List<ModuleItem<?>> items)
	{
		return items.stream().anyMatch(i -> i.getName().endsWith("_" + name));
	}

	/** The value of {@code key=} (a whole key) in macro options, or "" when absent. */
	private static String macroValue(final String options, final String key)
	{
		final Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(key) + "=(\\[[^\\]]*\\]|\\S*)").matcher(options);
		if (!m.find())
			return "";
		final String v = m.group(1);
		if (v.startsWith("["))
			return v.substring(1, v.length() - 1);
		if (v.startsWith("&") && Interpreter.getInstance() != null)
		{
			final String s = Interpreter.getInstance().getVariableAsString(v.substring(1));
			return s != null ? s : v;
		}
		return v;
	}

	/** An open image by title, else an image file by path; null for an empty name. */
	private static ImagePlus image(final String name)
	{
		if (name.isEmpty() || name.equals(NO_IMAGE))
			return null;
		final ImagePlus open = WindowManager.getImage(name);
		if (open != null)
			return open;
		final ImagePlus file = new File(name).isFile() ? IJ.openImage(name) : null;
		if (file == null)
			throw new IllegalArgumentException("image '" + name + "' is neither an open image nor an image file");
		return file;
	}

	private static Object read(final GenericDialog gd, final ModuleItem<?> item)
	{
		final Class<?> type = item.getType();
		if (type == ImagePlus.class)
			return image((Macro.getOptions() != null ? gd.getNextString() : gd.getNextChoice()).trim());
		if (isBoolean(item))
			return gd.getNextBoolean();
		if (isNumber(item))
		{
			final double v = gd.getNextNumber();
			if (Double.isNaN(v))
				throw new IllegalArgumentException(gd.getTitle() + ": " + item.getName() + " is not a number");
			return type == double.class || type == Double.class ? (Object) v : (Object) (int) Math.round(v);
		}
		if (item.getChoices() != null && !item.getChoices().isEmpty())
			return choice(gd, item);
		return parse(item, gd.getNextString());
	}

	/**
	 * A choice as the macro wrote it, so that one that is none of the choices is refused by
	 * {@link InputChecks} (headless ImageJ dialogs replace it by the first choice silently).
	 */
	private static String choice(final GenericDialog gd, final ModuleItem<?> item)
	{
		final String chosen = gd.getNextChoice();
		final String options = Macro.getOptions();
		final String given = options == null ? null : MacroOptions.value(options, item.getName());
		return given != null && !given.startsWith("&") ? given : chosen;
	}

	/** A text parameter's value: null for an empty file or image. */
	private static Object parse(final ModuleItem<?> item, final String text)
	{
		final String s = text == null ? "" : text.trim();
		if (item.getType() == ImagePlus.class)
			return image(s);
		if (item.getType() == File.class)
			return s.isEmpty() ? null : new File(s);
		return s;
	}
}
