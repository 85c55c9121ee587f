/**
 * Tuning of the merge options on a validation set of tile predictions with ground truth: a
 * {@link io.github.smm.tune.SearchSpace search space} over the merge options, a
 * {@link io.github.smm.tune.Metric metric} from the evaluation package, fast repeated
 * evaluation ({@link io.github.smm.tune.PreparedImage}), a Tree-structured Parzen Estimator
 * ({@link io.github.smm.tune.TpeSampler}) run by a deterministic {@link io.github.smm.tune.Tuner},
 * cross-validation on held-out folds and parameter files.
 * No ImageJ, AWT or SciJava here.
 */
package io.github.smm.tune;
