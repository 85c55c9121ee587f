package io.github.smm.bioimageio;

/**
 * A model package that cannot be used as it is: the message names the package, the entry of its
 * description (or the file) at fault, the problem, and what would work instead.
 */
public class ModelPackageException extends RuntimeException
{
	private static final long serialVersionUID = 1L;

	private final String packageName, entry;

	/**
	 * @param packageName the package (its folder, yaml or zip file)
	 * @param entry the entry of the description, e.g. {@code inputs[0].preprocessing[1]}, or a file
	 * @param problem what is wrong
	 * @param remedy what would work; may be empty
	 */
	public ModelPackageException(final String packageName, final String entry, final String problem, final String remedy)
	{
		super(packageName + ": " + entry + ": " + problem + (remedy == null || remedy.isEmpty() ? "" : "; " + remedy));
		this.packageName = packageName;
		this.entry = entry;
	}

	public ModelPackageException(final String packageName, final String entry, final String problem, final String remedy, final Throwable cause)
	{
		this(packageName, entry, problem, remedy);
		initCause(cause);
	}

	/** The package at fault. */
	public String packageName()
	{
		return packageName;
	}

	/** The entry of the description (or the file) at fault. */
	public String entry()
	{
		return entry;
	}
}
