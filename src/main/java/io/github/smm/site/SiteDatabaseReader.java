package io.github.smm.site;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses the XML of a site index strictly: anything this generator would not carry forward
 * faithfully (platforms, categories, executables, overriding dependencies, a local installation's
 * update-site list) is refused with an exception naming it rather than dropped.
 */
final class SiteDatabaseReader
{
	private SiteDatabaseReader()
	{}

	static List<FileRecord> parse(final InputStream xml, final String source) throws IOException
	{
		final Element root = document(xml, source).getDocumentElement();
		if (!root.getTagName().equals("pluginRecords"))
			throw new UpdateSiteException(source, "root element is <" + root.getTagName() + ">, not <pluginRecords>");
		final List<FileRecord> records = new ArrayList<>();
		for (final Element e : children(root))
		{
			if (!e.getTagName().equals("plugin"))
				throw new UpdateSiteException(source, "unexpected <" + e.getTagName() + "> in <pluginRecords> (a site index lists only <plugin> elements)");
			records.add(record(e, source));
		}
		return records;
	}

	private static FileRecord record(final Element plugin, final String source)
	{
		final String filename = required(plugin, "filename", source + ": <plugin>");
		final String where = source + ": " + filename;
		if ("true".equals(plugin.getAttribute("executable")))
			throw new UpdateSiteException(where, "is marked executable, which this generator does not support");
		FileVersion current = null;
		final Metadata meta = new Metadata();
		final List<PreviousVersion> previous = new ArrayList<>();
		for (final Element e : children(plugin))
		{
			switch (e.getTagName())
			{
				case "version":
					if (current != null)
						throw new UpdateSiteException(where, "has two <version> elements");
					current = new FileVersion(checksum(e, where), timestamp(e, "timestamp", where), number(e, "filesize", where));
					readMetadata(e, meta, where);
					break;
				case "previous-version":
					previous.add(new PreviousVersion(e.getAttribute("filename"), checksum(e, where), timestamp(e, "timestamp", where),
						e.hasAttribute("timestamp-obsolete") ? number(e, "timestamp-obsolete", where) : 0));
					break;
				default:
					throw new UpdateSiteException(where, "has <" + e.getTagName() + ">, which this generator does not carry forward");
			}
		}
		return new FileRecord(filename, current, meta.description, meta.dependencies, meta.links, meta.authors, withFilenames(previous, filename));
	}

	/** Description, dependencies, links and authors of a {@code <version>}. */
	private static final class Metadata
	{
		String description;

		final List<Dependency> dependencies = new ArrayList<>();

		final List<String> links = new ArrayList<>();

		final List<String> authors = new ArrayList<>();
	}

	private static void readMetadata(final Element version, final Metadata meta, final String where)
	{
		for (final Element e : children(version))
		{
			switch (e.getTagName())
			{
				case "description":
					meta.description = e.getTextContent();
					break;
				case "dependency":
					if ("true".equals(e.getAttribute("overrides")))
						throw new UpdateSiteException(where, "has an overriding dependency, which this generator does not support");
					meta.dependencies.add(new Dependency(required(e, "filename", where + ": <dependency>"), e.hasAttribute("timestamp") ? number(e, "timestamp", where) : 0));
					break;
				case "link":
					meta.links.add(e.getTextContent());
					break;
				case "author":
					meta.authors.add(e.getTextContent());
					break;
				default:
					throw new UpdateSiteException(where, "has <" + e.getTagName() + "> in <version>, which this generator does not carry forward");
			}
		}
	}

	/**
	 * Gives every previous version a file name, as Fiji does: one without a name had the name of
	 * the next newer version that has one (or of the record). Keeps the order oldest first.
	 */
	private static List<PreviousVersion> withFilenames(final List<PreviousVersion> previous, final String filename)
	{
		final List<PreviousVersion> newestFirst = new ArrayList<>(previous);
		newestFirst.sort(Comparator.comparingLong((PreviousVersion p) -> p.timestamp).reversed());
		String name = filename;
		final List<PreviousVersion> named = new ArrayList<>();
		for (final PreviousVersion p : newestFirst)
		{
			if (!p.filename.isEmpty())
				name = p.filename;
			named.add(0, new PreviousVersion(name, p.checksum, p.timestamp, p.timestampObsolete));
		}
		return named;
	}

	private static Document document(final InputStream xml, final String source) throws IOException
	{
		try
		{
			final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setExpandEntityReferences(false);
			factory.setXIncludeAware(false);
			final DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler()
			{
				@Override
				public void error(final SAXParseException e) throws SAXException
				{
					throw e;
				}
			});
			return builder.parse(xml);
		}
		catch (final ParserConfigurationException e)
		{
			throw new IllegalStateException("this JVM's XML parser lacks a standard feature", e);
		}
		catch (final SAXException e)
		{
			throw new UpdateSiteException(source, "not well-formed XML (" + e.getMessage() + ")");
		}
	}

	private static List<Element> children(final Element parent)
	{
		final List<Element> elements = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
		{
			if (n instanceof Element)
				elements.add((Element) n);
		}
		return elements;
	}

	private static String required(final Element e, final String attribute, final String where)
	{
		if (!e.hasAttribute(attribute) || e.getAttribute(attribute).isEmpty())
			throw new UpdateSiteException(where, "lacks the attribute " + attribute);
		return e.getAttribute(attribute);
	}

	private static String checksum(final Element e, final String where)
	{
		final String checksum = required(e, "checksum", where + ": <" + e.getTagName() + ">");
		if (!checksum.matches("[0-9a-f]{40}"))
			throw new UpdateSiteException(where, "checksum '" + checksum + "' is not 40 lower-case hex digits");
		return checksum;
	}

	private static long timestamp(final Element e, final String attribute, final String where)
	{
		return Timestamps.parse(required(e, attribute, where + ": <" + e.getTagName() + ">"), where + ": <" + e.getTagName() + "> " + attribute);
	}

	private static long number(final Element e, final String attribute, final String where)
	{
		final String text = required(e, attribute, where + ": <" + e.getTagName() + ">");
		if (!text.matches("[0-9]{1,18}"))
			throw new UpdateSiteException(where, "<" + e.getTagName() + "> " + attribute + " '" + text + "' is not a non-negative whole number");
		return Long.parseLong(text);
	}
}
