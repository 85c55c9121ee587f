/**
 * Evaluation of instance predictions against ground truth, computed on sparse masks:
 * <ul>
 * <li>{@link io.github.smm.eval.Overlaps} — every nonzero prediction/ground-truth
 * intersection, found through an R-tree over boxes (never a dense n×m matrix);</li>
 * <li>{@link io.github.smm.eval.Matching} — optimal one-to-one matching at IoU thresholds
 * and the StarDist/Cellpose matching metrics ({@link io.github.smm.eval.MatchingStats}),
 * summed over a data set by {@link io.github.smm.eval.DatasetMatching};</li>
 * <li>{@link io.github.smm.eval.Seg} — the Cell Tracking Challenge SEG measure;</li>
 * <li>{@link io.github.smm.eval.ErrorAnalysis} — split, merged, missed and spurious
 * objects;</li>
 * <li>{@link io.github.smm.eval.AnnotationCheck} — problems in a ground-truth annotation
 * (overlaps, slivers, masks in pieces, holes).</li>
 * </ul>
 */
package io.github.smm.eval;
