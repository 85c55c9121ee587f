/**
 * Visualisation of instances as non-destructive ImageJ overlays, and PNG export.
 * <ul>
 * <li>{@link io.github.smm.vis.MergeOverlay}: instances as outlines or translucent fills,
 * coloured by cluster, class, score or tile, with labels, tile grid and legend.</li>
 * <li>{@link io.github.smm.vis.BeforeAfter}: tile predictions and merged result,
 * superimposed or side by side.</li>
 * <li>{@link io.github.smm.vis.ErrorMap}: evaluation statuses
 * ({@link io.github.smm.vis.ErrorKind}) in distinct colours with a legend.</li>
 * <li>{@link io.github.smm.vis.PngExport}: image plus overlay flattened to PNG, at full
 * resolution or any scale, headless.</li>
 * </ul>
 * For speed with tens of thousands of instances, outlines are traced straight from the
 * masks' row runs ({@link io.github.smm.vis.Outlines}), and above
 * {@link io.github.smm.vis.Rendering#AUTO_RASTER_ABOVE} instances all shapes are painted into
 * a few ARGB image elements instead of one ROI each ({@link io.github.smm.vis.Rendering}).
 * Drawing order never depends on input order. Sizes (legend, captions) follow the image.
 */
package io.github.smm.vis;
