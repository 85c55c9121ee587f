package io.github.smm.site;

/**
 * An update site cannot be built as asked: a definition entry, a source file, a previous site or
 * an option is wrong. The message names the offending item.
 */
public class UpdateSiteException extends IllegalArgumentException
{
	private static final long serialVersionUID = 1L;

	private final String item;

	public UpdateSiteException(final String item, final String problem)
	{
		super(item + ": " + problem);
		this.item = item;
	}

	/** The offending item: a file, a definition key or an option. */
	public String item()
	{
		return item;
	}
}
