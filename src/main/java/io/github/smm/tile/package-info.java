/**
 * Large images tile by tile: a {@link io.github.smm.tile.TilePlan} (tiles, overlap, edge
 * policy, band sweep, what becomes final when), tile sources and segmenters, the streaming
 * {@link io.github.smm.tile.TiledMerge} runner (merges groups of instances as soon as no later
 * tile can reach them; same result as one merge of everything) and seamless blending of
 * per-tile maps ({@link io.github.smm.tile.TileBlender}).
 *
 * <pre>
 * TilePlan plan = TilePlan.of(width, height, 512, Overlap.ratio(0.2));
 * InstanceList cells = new InstanceList();
 * new TiledMerge(plan, MergeOptions.preset(Preset.MICROSCOPY)).run(source, segmenter, cells);
 * </pre>
 *
 * Memory follows the sweep front: one tile of pixels (plus, when blending, a strip one tile
 * thick across the image) and the live instances near the front.
 */
package io.github.smm.tile;
