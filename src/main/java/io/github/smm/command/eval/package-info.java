/**
 * The parts of the evaluation commands that are not the commands themselves: reading and
 * pairing predictions and ground truth in their different formats
 * ({@link io.github.smm.command.eval.EvaluationInputs}, {@link io.github.smm.command.eval.ImageSet}),
 * parsing IoU thresholds ({@link io.github.smm.command.eval.IouThresholds}), scoring every image
 * with the core measures ({@link io.github.smm.command.eval.SegmentationScores}), and the
 * ImageJ tables and plots of the results ({@link io.github.smm.command.eval.EvaluationTables},
 * {@link io.github.smm.command.eval.EvaluationPlots}). The measures themselves live in the core
 * package {@link io.github.smm.eval}; the CSV files in {@link io.github.smm.io.EvaluationCsv}.
 */
package io.github.smm.command.eval;
