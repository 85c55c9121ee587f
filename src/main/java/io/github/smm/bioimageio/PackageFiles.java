package io.github.smm.bioimageio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a model package: a folder (given as the folder or as its description file) or a
 * zip file. Names are relative to the folder holding the description.
 */
final class PackageFiles
{
	/** The description file names of a package, the current one first. */
	static final String[] DESCRIPTIONS = { "bioimageio.yaml", "rdf.yaml", "model.yaml" };

	private final String name;
	private final Path folder;
	private final Path zip;
	private final String zipPrefix;
	private final String description;

	private PackageFiles(final String name, final Path folder, final Path zip, final String zipPrefix, final String description)
	{
		this.name = name;
		this.folder = folder;
		this.zip = zip;
		this.zipPrefix = zipPrefix;
		this.description = description;
	}

	/**
	 * @param path a package folder, its {@code bioimageio.yaml}/{@code rdf.yaml}, or the zipped
	 *            package
	 */
	static PackageFiles of(final Path path)
	{
		final String name = path.toString();
		if (!Files.exists(path))
			throw new ModelPackageException(name, "model", "no such file or folder", "give a package folder, its bioimageio.yaml (or rdf.yaml), or the zipped package");
		if (Files.isDirectory(path))
		{
			for (final String d : DESCRIPTIONS)
				if (Files.isRegularFile(path.resolve(d)))
					return new PackageFiles(name, path, null, null, d);
			throw new ModelPackageException(name, "bioimageio.yaml", "the folder holds no bioimageio.yaml or rdf.yaml", "give the folder of an unzipped bioimage.io model package");
		}
		final String file = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (file.endsWith(".yaml") || file.endsWith(".yml"))
			return new PackageFiles(name, path.toAbsolutePath().getParent(), null, null, path.getFileName().toString());
		if (file.endsWith(".zip"))
			return ofZip(name, path);
		throw new ModelPackageException(name, "model", "is neither a folder, a .yaml description nor a .zip package", "give a package folder, its bioimageio.yaml, or the zipped package");
	}

	private static PackageFiles ofZip(final String name, final Path zip)
	{
		try (ZipFile z = new ZipFile(zip.toFile()))
		{
			String best = null;
			for (final Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements();)
			{
				final String entry = e.nextElement().getName();
				final String base = entry.substring(entry.lastIndexOf('/') + 1);
				for (int k = 0; k < DESCRIPTIONS.length; k++)
					if (base.equals(DESCRIPTIONS[k]) && (best == null || entry.length() < best.length()))
						best = entry;
			}
			if (best == null)
				throw new ModelPackageException(name, "bioimageio.yaml", "the zip holds no bioimageio.yaml or rdf.yaml", "give a zipped bioimage.io model package");
			final int slash = best.lastIndexOf('/');
			return new PackageFiles(name, null, zip, best.substring(0, slash + 1), best.substring(slash + 1));
		}
		catch (final IOException e)
		{
			throw new ModelPackageException(name, "zip", "cannot be read as a zip file (" + e.getMessage() + ")", "give an intact zipped package or the unzipped folder", e);
		}
	}

	/** The package as the user named it. */
	String name()
	{
		return name;
	}

	/** The description file's name. */
	String descriptionName()
	{
		return description;
	}

	boolean exists(final String file)
	{
		if (zip == null)
			return Files.isRegularFile(folder.resolve(file));
		try (ZipFile z = new ZipFile(zip.toFile()))
		{
			return z.getEntry(zipPrefix + file) != null;
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The bytes of a file of the package.
	 *
	 * @param entry the description entry that names it, for the error message
	 */
	byte[] read(final String file, final String entry)
	{
		if (file == null || file.isEmpty())
			throw new ModelPackageException(name, entry, "names no file", "give the file's name relative to the package");
		if (file.startsWith("http://") || file.startsWith("https://"))
			throw new ModelPackageException(name, entry, "refers to " + file + " on the web", "download the whole package (zip) and give it or its folder");
		if (!exists(file))
			throw new ModelPackageException(name, entry, "file " + file + " is missing from the package", "give the complete package (the zip as downloaded, or its unzipped folder)");
		try
		{
			if (zip == null)
				return Files.readAllBytes(folder.resolve(file));
			try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry(zipPrefix + file)))
			{
				return in.readAllBytes();
			}
		}
		catch (final IOException e)
		{
			throw new ModelPackageException(name, entry, "cannot read " + file + " (" + e.getMessage() + ")", "", e);
		}
	}

	/** The description text. */
	byte[] description()
	{
		return read(description, description);
	}
}
