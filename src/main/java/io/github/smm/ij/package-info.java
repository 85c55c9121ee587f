/**
 * The ImageJ bridge: ROIs to instances and back ({@link io.github.smm.ij.Rois}), ROI set zip
 * files ({@link io.github.smm.ij.RoiSets}), and label images as {@code ImagePlus}
 * ({@link io.github.smm.ij.ImagePlusLabels}), including the file reader that the core's
 * {@link io.github.smm.io.TileLabels} uses. Pixels follow ImageJ exactly: a ROI's pixels are
 * those of {@code roi.getMask()} placed at {@code roi.getBounds()}.
 */
package io.github.smm.ij;
