/**
 * Reading and writing instances: label images ({@link io.github.smm.io.LabelImages}), per-tile
 * label images ({@link io.github.smm.io.TileLabels}), the Python reference's JSON
 * ({@link io.github.smm.io.ReferenceJson}), polygon rasterisation
 * ({@link io.github.smm.io.PolygonRasterizer}) and the cluster tables
 * ({@link io.github.smm.io.ClusterCsv}).
 * <p>
 * This package is part of the core: it uses ImgLib2 and Gson, never ImageJ or AWT. Files are
 * decoded into pixels by a caller-supplied {@link io.github.smm.io.TileLabels.LabelReader}
 * (the ImageJ bridge supplies one). Every malformed input raises a
 * {@link io.github.smm.io.FormatException} whose message names the file and the item (line,
 * annotation index, pixel).
 * </p>
 */
package io.github.smm.io;
