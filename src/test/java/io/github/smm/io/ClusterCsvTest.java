package io.github.smm.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

class ClusterCsvTest
{
	@TempDir
	Path dir;

	private static Instance rect(final long id, final Box b, final double score, final int classId)
	{
		return new Instance(id, RleMask.rectangle(b), score, classId, null, Instance.NO_TILE);
	}

	/** Inputs 10, 11 merged into output 100; input 12 alone in output 101; input 13 dropped. */
	private static final List<Instance> INPUTS = List.of(rect(10, new Box(0, 0, 4, 4), 0.9, 1), rect(11, new Box(3, 0, 8, 4), 0.7, 1), rect(12, new Box(20, 20, 22, 23), 1.0 / 3, 2), rect(13, new Box(50, 50, 51, 51), 0.1, 2));

	private static final ClusterCsv.Clustering CLUSTERING = new ClusterCsv.Clustering()
	{
		final List<Instance> merged = List.of(new Instance(100, Masks.union(INPUTS.get(0).mask(), INPUTS.get(1).mask()), 0.8, 1, null, Instance.NO_TILE), INPUTS.get(2).withId(101));

		@Override
		public List<Instance> merged()
		{
			return merged;
		}

		@Override
		public long[] members(final int cluster)
		{
			return cluster == 0 ? new long[] { 10, 11 } : new long[] { 12 };
		}

		@Override
		public int clusterOf(final int inputIndex)
		{
			return new int[] { 0, 0, 1, -1 }[inputIndex];
		}
	};

	@Test
	void clusterTableIsGoldenAndReadsBack() throws IOException
	{
		final List<ClusterRow> rows = ClusterCsv.rows(CLUSTERING);
		final StringWriter text = new StringWriter();
		ClusterCsv.writeClusters(text, rows);
		assertEquals("cluster_id,members,member_names,score,class,area,bbox_x,bbox_y,bbox_width,bbox_height\n"
				+ "100,10 11,,0.8,1,32,0,0,8,4\n"
				+ "101,12,,0.3333333333333333,2,6,20,20,2,3\n", text.toString());
		final Path file = dir.resolve("clusters.csv");
		ClusterCsv.writeClusters(file, rows);
		assertEquals(rows, ClusterCsv.readClusters(file));
	}

	@Test
	void clusterTableListsMemberNamesWhenInputsHaveThem() throws IOException
	{
		final List<ClusterRow> rows = ClusterCsv.rows(CLUSTERING, java.util.Map.of(10L, "tile_x0_y0-0001", 11L, "tile_x8_y0-0001, copy", 12L, "cell 3"));
		final StringWriter text = new StringWriter();
		ClusterCsv.writeClusters(text, rows);
		assertEquals("cluster_id,members,member_names,score,class,area,bbox_x,bbox_y,bbox_width,bbox_height\n"
				+ "100,10 11,\"tile_x0_y0-0001;tile_x8_y0-0001, copy\",0.8,1,32,0,0,8,4\n"
				+ "101,12,cell 3,0.3333333333333333,2,6,20,20,2,3\n", text.toString());
		final Path file = dir.resolve("named.csv");
		ClusterCsv.writeClusters(file, rows);
		assertEquals(rows, ClusterCsv.readClusters(file));
		final Path old = java.nio.file.Files.writeString(dir.resolve("old.csv"), "cluster_id,members,score,class,area,bbox_x,bbox_y,bbox_width,bbox_height\n100,10 11,0.8,1,32,0,0,8,4\n");
		assertEquals(List.of(10L, 11L), java.util.Arrays.stream(ClusterCsv.readClusters(old).get(0).members()).boxed().collect(java.util.stream.Collectors.toList()), "tables without member_names still read");
	}

	@Test
	void assignmentTableIsGoldenAndReadsBack() throws IOException
	{
		final List<InputAssignment> rows = ClusterCsv.assignments(INPUTS, CLUSTERING);
		final StringWriter text = new StringWriter();
		ClusterCsv.writeAssignments(text, rows);
		assertEquals("input_id,cluster_id\n10,100\n11,100\n12,101\n13,\n", text.toString());
		final Path file = dir.resolve("assignments.csv");
		ClusterCsv.writeAssignments(file, rows);
		final List<InputAssignment> back = ClusterCsv.readAssignments(file);
		assertEquals(rows, back);
		assertFalse(back.get(3).hasCluster());
	}

	@Test
	void plainRowsNeedNoMergeResult() throws IOException
	{
		final ClusterRow r = new ClusterRow(7, new long[] { 3, 1, 2 }, 1e-5, -1, 12, Box.ofSize(-4, 5, 3, 4));
		final Path file = dir.resolve("c.csv");
		ClusterCsv.writeClusters(file, List.of(r));
		final ClusterRow back = ClusterCsv.readClusters(file).get(0);
		assertEquals(r, back);
		assertArrayEquals(new long[] { 3, 1, 2 }, back.members(), "member order is kept");
	}

	@Test
	void clusterIndexOutOfRangeIsNamed()
	{
		final ClusterCsv.Clustering bad = new ClusterCsv.Clustering()
		{
			@Override
			public List<Instance> merged()
			{
				return CLUSTERING.merged();
			}

			@Override
			public long[] members(final int cluster)
			{
				return CLUSTERING.members(cluster);
			}

			@Override
			public int clusterOf(final int inputIndex)
			{
				return inputIndex == 2 ? 5 : 0;
			}
		};
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClusterCsv.assignments(INPUTS, bad));
		assertTrue(e.getMessage().contains("input 2 (id 12)"), e.getMessage());
	}

	@Test
	void malformedTablesNameFileAndLine() throws IOException
	{
		final Path file = dir.resolve("bad.csv");
		Files.write(file, List.of(ClusterCsv.CLUSTER_HEADER, "1,2 3,,0.5,0,4,0,0,2,2", "2,4 x,,0.5,0,4,0,0,2,2"));
		FormatException e = assertThrows(FormatException.class, () -> ClusterCsv.readClusters(file));
		assertTrue(e.getMessage().contains("bad.csv, line 3") && e.getMessage().contains("'x'"), e.getMessage());
		Files.write(file, List.of(ClusterCsv.CLUSTER_HEADER, "1,2,,high,0,4,0,0,2,2"));
		e = assertThrows(FormatException.class, () -> ClusterCsv.readClusters(file));
		assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("score 'high'"), e.getMessage());
		Files.write(file, List.of(ClusterCsv.CLUSTER_HEADER, "1,2 3,a,0.5,0,4,0,0,2,2"));
		e = assertThrows(FormatException.class, () -> ClusterCsv.readClusters(file));
		assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("1 member names for 2 members"), e.getMessage());
		Files.write(file, List.of(ClusterCsv.CLUSTER_HEADER, "1,2,,high,0,4,0,0,2,2"));
		e = assertThrows(FormatException.class, () -> ClusterCsv.readClusters(file));
		assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("score 'high'"), e.getMessage());
		Files.write(file, List.of("input_id,cluster", "1,2"));
		e = assertThrows(FormatException.class, () -> ClusterCsv.readAssignments(file));
		assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains("no column 'cluster_id'"), e.getMessage());
		Files.write(file, List.of(ClusterCsv.ASSIGNMENT_HEADER, "1,2,3"));
		e = assertThrows(FormatException.class, () -> ClusterCsv.readAssignments(file));
		assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("3 fields"), e.getMessage());
		Files.write(file, List.of());
		e = assertThrows(FormatException.class, () -> ClusterCsv.readAssignments(file));
		assertTrue(e.getMessage().contains("empty file"), e.getMessage());
	}
}
