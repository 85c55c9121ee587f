/**
 * The parts of the evaluation commands that are not the commands themselves: reading and
 * pairing predictions and ground truth in their different formats
 * ({@link io.github.smm.command.evaluation.EvaluationInputs}, {@link io.github.smm.command.evaluation.ImageSet}),
 * parsing IoU thresholds ({@link io.github.smm.command.evaluation.IouThresholds}), scoring every image
 * with the core measures ({@link io.github.smm.command.evaluation.SegmentationScores}), and the
 * ImageJ tables and plots of the results ({@link io.github.smm.command.evaluation.EvaluationTables},
 * {@link io.github.smm.command.evaluation.EvaluationPlots}). The measures themselves live in the core
 * package {@link io.github.smm.eval}; the CSV files in {@link io.github.smm.io.EvaluationCsv}.
 */
package io.github.smm.command.evaluation;
