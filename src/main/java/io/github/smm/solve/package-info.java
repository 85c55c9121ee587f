/**
 * Correlation clustering for Spatial Mask Merging: pure maths on a weighted graph, no masks.
 * <p>
 * <b>Problem</b> ({@link io.github.smm.solve.ClusteringProblem}): vertices {@code 0..n-1},
 * candidate edges with weights {@code w_ij}, a merge cost {@code λ ≥ 0} and a cannot-link threshold
 * {@code γ}. Find a partition maximising
 *
 * <pre>
 * Σ over pairs {i,j} inside one cluster of (w_ij − λ),   w_ij = 0 for pairs that are not edges,
 * </pre>
 *
 * such that no candidate edge with {@code w_ij < γ} (a cannot-link) lies inside a cluster.
 * <p>
 * <b>Solving</b> ({@link io.github.smm.solve.CorrelationClustering#solve}): the problem splits into
 * the connected components of the attraction graph (edges with {@code w > λ} that are not
 * cannot-links) without loss; each component is solved on its own, in parallel, by
 * <ul>
 * <li>one vertex: trivially;</li>
 * <li>{@link io.github.smm.solve.SolverKind#EXACT}: enumeration of all partitions (up to
 * {@link io.github.smm.solve.SolverSettings#enumerationLimit()} vertices), otherwise an integer
 * program with lazily added triangle inequalities (ojAlgo); too large or too slow components fall
 * back to greedy and are reported as not proven optimal;</li>
 * <li>{@link io.github.smm.solve.SolverKind#GREEDY}: pivot clustering and single-vertex local
 * search.</li>
 * </ul>
 * Every result respects all cannot-links, uses canonical cluster ids, and does not depend on the
 * number of threads; see {@link io.github.smm.solve.ComponentReport} for what was proven.
 */
package io.github.smm.solve;
