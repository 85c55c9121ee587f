package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.bioimageio.ModelRunner;

/**
 * The executor's model pool on a copy of the shared U-Net ({@code ../shared/models}, skipped with
 * a message when absent): a runner handed back is leased again, two leases at once get two
 * runners, and a package written anew under the same path gets a new one.
 */
class ModelPoolTest
{
	@Test
	void runnersAreReusedOnlyWhenIdleAndUnchanged(@TempDir final Path dir) throws Exception
	{
		final Path shared = Paths.get(System.getProperty("smm.shared.data", "../../shared/data")).resolveSibling("models").resolve("unet2d_nuclei_broad");
		assumeTrue(Files.isDirectory(shared), "skipped: " + shared + " is absent (fresh clone); CI provides it");
		final Path model = dir.resolve("unet");
		Files.createDirectories(model);
		try (Stream<Path> files = Files.list(shared))
		{
			for (final Path f : (Iterable<Path>) files::iterator)
				Files.copy(f, model.resolve(f.getFileName()));
		}
		ModelPool.clear();
		final long before = ModelPool.opened();
		final ModelRunner first;
		try (ModelPool.Lease a = ModelPool.lease(model, 1))
		{
			first = a.runner();
			try (ModelPool.Lease b = ModelPool.lease(model, 1))
			{
				assertNotSame(first, b.runner(), "two tasks at once never share a session");
			}
		}
		assertEquals(before + 2, ModelPool.opened());
		try (ModelPool.Lease again = ModelPool.lease(model, 1))
		{
			assertEquals(before + 2, ModelPool.opened(), "an idle runner is leased again");
		}
		final ModelPool.Lease handedBack = ModelPool.lease(model, 1);
		handedBack.close();
		assertThrows(IllegalStateException.class, handedBack::runner, "a lease handed back holds no runner");
		Files.setLastModifiedTime(model.resolve("weights.onnx"), FileTime.fromMillis(Files.getLastModifiedTime(model.resolve("weights.onnx")).toMillis() + 60_000));
		try (ModelPool.Lease changed = ModelPool.lease(model, 1))
		{
			assertNotSame(first, changed.runner());
			assertEquals(before + 3, ModelPool.opened(), "a package written anew gets a new runner");
		}
		try (ModelPool.Lease otherThreads = ModelPool.lease(model, 2))
		{
			assertEquals(before + 4, ModelPool.opened(), "another thread count is another runner");
		}
		ModelPool.clear();
	}
}
