/**
 * Volumes block by block: the 3D tiled runner ({@link io.github.smm.volume.tiled.TiledVolumeMerge})
 * sweeps a {@link io.github.smm.volume.BlockPlan} slab by slab, segments every block
 * ({@link io.github.smm.volume.tiled.BlockSegmenter}: threshold + 3D components, or precomputed
 * labels), merges the groups no later block can reach and streams them to sinks (a label stack
 * TIFF written slice by slice, a CSV of objects). Volumes on disk are read region by region
 * ({@link io.github.smm.volume.tiled.TiffStack}).
 *
 * <pre>
 * try (TiffStack stack = new TiffStack(path))
 * {
 *     BlockPlan plan = BlockPlan.of(stack.width(), stack.height(), stack.depth(), new int[] { 128, 128, 128 }, new int[] { 16, 16, 16 });
 *     new TiledVolumeMerge(plan, options, stack.voxelSize()).run(stack, new ThresholdBlockSegmenter(level, false, 10),
 *             new LabelStackTiffSink(out, plan.extent(), stack.voxelSize(), "micron"));
 * }
 * </pre>
 */
package io.github.smm.volume.tiled;
