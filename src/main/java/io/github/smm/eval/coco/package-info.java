/**
 * COCO mask evaluation with the numbers of pycocotools' {@code COCOeval(iouType="segm")}:
 * {@link io.github.smm.eval.coco.CocoEvaluator#evaluate} gives a
 * {@link io.github.smm.eval.coco.CocoEvalResult} (precision and recall arrays) and its
 * {@link io.github.smm.eval.coco.CocoSummary} (the twelve AP/AR numbers). IoU is computed only
 * for pairs whose boxes overlap.
 */
package io.github.smm.eval.coco;
