/**
 * Build tool for the plugin's Fiji update site: {@link io.github.smm.site.UpdateSiteBuilder} turns
 * the definition in {@code update-site/site.properties} and the built jars into a site folder
 * ({@code db.xml.gz} plus {@code <path>-<timestamp>} copies) with checksums computed exactly as
 * Fiji's updater computes them ({@link io.github.smm.site.FijiChecksum}). Uses no ImageJ, AWT or
 * SciJava classes.
 */
package io.github.smm.site;
