package io.github.smm.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Planning a release from the previous index and the files to ship. */
class SiteReleaseTest
{
	private static final long T1 = 20260101000000L;

	private static final long T2 = 20260201000000L;

	private static final String C1 = "1111111111111111111111111111111111111111";

	private static final String C2 = "2222222222222222222222222222222222222222";

	private static ShippedFile file(final String sitePath, final String checksum, final String... depends)
	{
		return new ShippedFile(sitePath, Paths.get("src", sitePath), checksum, 10, "about " + sitePath, List.of(depends), List.of("Ann"), List.of());
	}

	private static FileRecord only(final List<FileRecord> records, final String filename)
	{
		return records.stream().filter(r -> r.filename.equals(filename)).findFirst().orElseThrow(() -> new AssertionError(filename + " not in " + records));
	}

	@Test
	void firstReleaseUploadsEverythingAtItsTimestampSortedByPath()
	{
		final SiteRelease r = SiteRelease.plan(List.of(), List.of(file("plugins/Foo-0.1.0.jar", C1, "jars/ij.jar"), file("jars/bar-1.0.jar", C2)), T1);
		assertEquals(List.of("jars/bar-1.0.jar", "plugins/Foo-0.1.0.jar"), r.records.stream().map(x -> x.filename).collect(Collectors.toList()));
		assertEquals(2, r.uploads.size());
		final FileRecord foo = only(r.records, "plugins/Foo-0.1.0.jar");
		assertEquals(new FileVersion(C1, T1, 10), foo.current);
		assertEquals(List.of(new Dependency("jars/ij.jar", T1)), foo.dependencies);
		assertTrue(foo.previous.isEmpty());
	}

	@Test
	void unchangedFileKeepsItsVersionAndChangedFileKeepsTheOldAsPrevious()
	{
		final SiteRelease first = SiteRelease.plan(List.of(), List.of(file("plugins/Foo-0.1.0.jar", C1, "jars/ij.jar"), file("jars/bar-1.0.jar", C2)), T1);
		final SiteRelease second = SiteRelease.plan(first.records, List.of(file("plugins/Foo-0.2.0.jar", C2, "jars/ij.jar"), file("jars/bar-1.0.jar", C2)), T2);
		assertEquals(only(first.records, "jars/bar-1.0.jar"), only(second.records, "jars/bar-1.0.jar"), "same path and checksum: record unchanged");
		assertEquals(List.of("plugins/Foo-0.2.0.jar"), second.uploads.stream().map(f -> f.sitePath).collect(Collectors.toList()));
		final FileRecord foo = only(second.records, "plugins/Foo-0.2.0.jar");
		assertEquals(new FileVersion(C2, T2, 10), foo.current);
		assertEquals(List.of(new PreviousVersion("plugins/Foo-0.1.0.jar", C1, T1, T2)), foo.previous);
		assertEquals(2, second.records.size(), "the renamed jar is the same file for Fiji, not a second one");
	}

	@Test
	void fileNoLongerShippedIsKeptAsRemovedWithItsHistory()
	{
		final SiteRelease first = SiteRelease.plan(List.of(), List.of(file("macros/a.ijm", C1), file("macros/b.ijm", C2)), T1);
		final SiteRelease second = SiteRelease.plan(first.records, List.of(file("macros/a.ijm", C1)), T2);
		final FileRecord b = only(second.records, "macros/b.ijm");
		assertNull(b.current);
		assertEquals(List.of(new PreviousVersion("macros/b.ijm", C2, T1, T2)), b.previous);
		assertEquals(List.of(b), second.removed);
		final SiteRelease third = SiteRelease.plan(second.records, List.of(file("macros/a.ijm", C1)), T2 + 1);
		assertEquals(second.records, third.records, "a removed file stays removed, unchanged");
	}

	@Test
	void releaseMustBeLaterThanEverythingBefore()
	{
		final SiteRelease first = SiteRelease.plan(List.of(), List.of(file("macros/a.ijm", C1)), T2);
		final UpdateSiteException e = assertThrows(UpdateSiteException.class, () -> SiteRelease.plan(first.records, List.of(file("macros/a.ijm", C2)), T1));
		assertTrue(e.getMessage().contains("macros/a.ijm") && e.getMessage().contains(Long.toString(T2)), e.getMessage());
	}

	@Test
	void unversionedNamesFollowFiji()
	{
		assertEquals("jars/imglib2-imagej.jar", FileRecord.unversioned("jars/imglib2-imagej-0.1.0.jar"));
		assertEquals("plugins/Spatial_Mask_Merging.jar", FileRecord.unversioned("plugins/Spatial_Mask_Merging-0.1.0-SNAPSHOT.jar"));
		assertEquals("jars/ij.jar", FileRecord.unversioned("jars/ij-1.54p.jar"));
		assertEquals("jars/ij.jar", FileRecord.unversioned("jars/ij.jar"));
		assertEquals("macros/merge-2.ijm", FileRecord.unversioned("macros/merge-2.ijm"));
	}
}
