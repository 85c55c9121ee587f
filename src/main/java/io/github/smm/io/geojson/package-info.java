/**
 * QuPath's object format: GeoJSON FeatureCollections of polygons and multipolygons (pixel
 * coordinates, origin at the top-left corner of the image) with QuPath's {@code properties}
 * ({@code objectType}, {@code classification}, {@code measurements}). Geometries are read and
 * written by JTS's GeoJSON reader and writer ({@code jts-io-common}); the features around them
 * with Gson.
 */
package io.github.smm.io.geojson;
