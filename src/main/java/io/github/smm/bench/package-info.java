/**
 * The {@code bench} command: synthetic tiled-segmentation scenes with known truth
 * ({@link io.github.smm.bench.VoronoiScene dense touching cells},
 * {@link io.github.smm.bench.BlobScene sparse separated blobs}), SAHI-style tiling with
 * optional realistic prediction errors, a run of the merge facade, and merge-quality metrics
 * ({@link io.github.smm.bench.MergeQuality}). Everything is sparse: no full-image array is
 * ever allocated, so 16384² scenes fit in a 2 GB heap.
 */
package io.github.smm.bench;
