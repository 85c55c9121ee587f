package io.github.smm.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A release of the site, planned from the previous index and the files to ship now:
 * <ul>
 * <li>a file with the same path and checksum as the previous release keeps its version and
 * timestamp (and its stored copy);</li>
 * <li>a new or changed file gets a version at the release timestamp; its former version becomes a
 * {@code <previous-version>} obsolete from this release on;</li>
 * <li>a file no longer shipped keeps only its previous versions, so Fiji offers to remove it.</li>
 * </ul>
 * Files are identified across releases by their unversioned path, as Fiji does.
 */
public final class SiteRelease
{
	public final long timestamp;

	/** The new index, sorted by file name. */
	public final List<FileRecord> records;

	/** Files that need a new stored copy {@code <sitePath>-<timestamp>}. */
	public final List<ShippedFile> uploads;

	/** Records carried over with their previous version. */
	public final List<FileRecord> unchanged;

	/** Records of files this release removes from the site. */
	public final List<FileRecord> removed;

	private SiteRelease(final long timestamp, final List<FileRecord> records, final List<ShippedFile> uploads, final List<FileRecord> unchanged,
		final List<FileRecord> removed)
	{
		this.timestamp = timestamp;
		this.records = List.copyOf(records);
		this.uploads = List.copyOf(uploads);
		this.unchanged = List.copyOf(unchanged);
		this.removed = List.copyOf(removed);
	}

	/**
	 * Plans a release at {@code timestamp}, which must be later than every timestamp of the
	 * previous index.
	 */
	public static SiteRelease plan(final List<FileRecord> previous, final List<ShippedFile> shipped, final long timestamp)
	{
		checkLater(previous, timestamp);
		final Map<String, FileRecord> before = byUnversionedName(previous);
		final List<FileRecord> records = new ArrayList<>();
		final List<ShippedFile> uploads = new ArrayList<>();
		final List<FileRecord> unchanged = new ArrayList<>();
		final List<ShippedFile> sorted = new ArrayList<>(shipped);
		sorted.sort(Comparator.comparing(f -> f.sitePath));
		for (final ShippedFile f : sorted)
		{
			final FileRecord old = before.remove(FileRecord.unversioned(f.sitePath));
			if (old != null && !old.isObsolete() && old.filename.equals(f.sitePath) && old.current.checksum.equals(f.checksum))
			{
				final FileRecord kept = new FileRecord(f.sitePath, old.current, f.description, dependencies(f, old, old.current.timestamp), f.links, f.authors, old.previous);
				records.add(kept);
				unchanged.add(kept);
				continue;
			}
			final List<PreviousVersion> history = old == null ? new ArrayList<>() : retire(old, timestamp);
			records.add(new FileRecord(f.sitePath, new FileVersion(f.checksum, timestamp, f.filesize), f.description, dependencies(f, null, timestamp), f.links, f.authors,
				history));
			uploads.add(f);
		}
		final List<FileRecord> removed = new ArrayList<>();
		for (final FileRecord old : before.values())
		{
			if (old.isObsolete())
			{
				records.add(old);
				continue;
			}
			final FileRecord gone = new FileRecord(old.filename, null, null, List.of(), List.of(), List.of(), retire(old, timestamp));
			records.add(gone);
			removed.add(gone);
		}
		records.sort(Comparator.comparing(r -> r.filename));
		return new SiteRelease(timestamp, records, uploads, unchanged, removed);
	}

	/** The previous versions of {@code old} plus its current one, obsolete from {@code timestamp}. */
	private static List<PreviousVersion> retire(final FileRecord old, final long timestamp)
	{
		final List<PreviousVersion> history = new ArrayList<>(old.previous);
		if (!old.isObsolete())
			history.add(new PreviousVersion(old.filename, old.current.checksum, old.current.timestamp, timestamp));
		return history;
	}

	/** Dependencies of {@code f}; those {@code old} already had keep their recorded timestamp. */
	private static List<Dependency> dependencies(final ShippedFile f, final FileRecord old, final long timestamp)
	{
		final Map<String, Long> recorded = new HashMap<>();
		if (old != null)
			old.dependencies.forEach(d -> recorded.put(d.filename, d.timestamp));
		final List<Dependency> deps = new ArrayList<>();
		for (final String name : f.dependencies)
			deps.add(new Dependency(name, recorded.getOrDefault(name, timestamp)));
		return deps;
	}

	private static Map<String, FileRecord> byUnversionedName(final List<FileRecord> previous)
	{
		final Map<String, FileRecord> map = new LinkedHashMap<>();
		for (final FileRecord r : previous)
		{
			final FileRecord other = map.put(r.unversionedName(), r);
			if (other != null)
				throw new UpdateSiteException(r.filename, "the previous index also lists " + other.filename + " for the same unversioned file " + r.unversionedName());
		}
		return map;
	}

	private static void checkLater(final List<FileRecord> previous, final long timestamp)
	{
		for (final FileRecord r : previous)
		{
			long latest = r.isObsolete() ? 0 : r.current.timestamp;
			for (final PreviousVersion p : r.previous)
				latest = Math.max(latest, Math.max(p.timestamp, p.timestampObsolete));
			if (latest >= timestamp)
				throw new UpdateSiteException("timestamp " + timestamp, "not later than " + latest + " of " + r.filename + " in the previous site; a release needs a later timestamp");
		}
	}
}
