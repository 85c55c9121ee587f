/**
 * Correlation clustering for Spatial Mask Merging: pure maths on a weighted graph, no masks.
 * <p>
 * <b>Problem</b> ({@link io.github.smm.solve.ClusteringProblem}): vertices {@code 0..n-1},
 * candidate edges with weights {@code w_ij}, a merge cost {@code λ ≥ 0} and a cannot-link threshold
 * {@code γ}. Find a partition maximising
 *
 * <pre>
 * Σ over pairs {i,j} inside one cluster of max(w_ij − λ, −μ),   w_ij = 0 for pairs that are not edges,
 * </pre>
 *
 * with the chain cost {@code μ ∈ [0, ∞]} ({@code ∞} by default: the published objective),
 * such that no candidate edge with {@code w_ij < γ} (a cannot-link) lies inside a cluster.
 * <p>
 * <b>Solving</b> ({@link io.github.smm.solve.CorrelationClustering#solve}): the problem splits into
 * the connected components of the attraction graph (edges with {@code w > λ} that are not
 * cannot-links) without loss; each component is solved on its own, in parallel, by
 * <ul>
 * <li>one vertex: trivially; two: together;</li>
 * <li>{@link io.github.smm.solve.SolverKind#EXACT}: enumeration of all partitions (up to
 * {@link io.github.smm.solve.SolverSettings#enumerationLimit()} vertices); above, safe reductions
 * ({@link io.github.smm.solve.Reductions}: pairs every optimum keeps together are contracted, which
 * can split the component), then branch and cut over the linear relaxation (an own dual simplex,
 * triangle and 2-partition cuts) from the heuristics' partition, within a work budget counted in
 * operations, never in time;</li>
 * <li>{@link io.github.smm.solve.SolverKind#GREEDY}: a {@link io.github.smm.solve.Heuristic}
 * (by default greedy additive edge contraction + Kernighan–Lin moves).</li>
 * </ul>
 * Every result respects all cannot-links, uses canonical cluster ids, and depends only on the
 * problem and the settings — not on the number of threads, the machine or its load; see
 * {@link io.github.smm.solve.ComponentReport} for what was proven and {@link io.github.smm.solve.SolveSummary}
 * for a whole run.
 */
package io.github.smm.solve;
