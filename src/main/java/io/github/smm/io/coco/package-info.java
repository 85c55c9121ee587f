/**
 * COCO JSON for instance masks, compatible with pycocotools: run-length encoding
 * ({@link io.github.smm.io.coco.CocoRle}), polygon rasterisation
 * ({@link io.github.smm.io.coco.CocoPolygons}) and pixel outlines
 * ({@link io.github.smm.io.coco.MaskOutlines}), datasets and detection results
 * ({@link io.github.smm.io.coco.CocoJson}).
 * <p>
 * Masks stay sparse ({@link io.github.smm.model.RleMask}) throughout: nothing allocates an
 * image-sized array per annotation.
 * </p>
 */
package io.github.smm.io.coco;
