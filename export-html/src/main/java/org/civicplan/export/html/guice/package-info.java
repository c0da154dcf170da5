/**
 * Guice wiring for the dashboard exporter: {@link org.civicplan.export.html.guice.HtmlExportModule}
 * registers it with core's exporter binder under "html". Optional: the exporter works without
 * Guice.
 *
 * <p>May use: Guice, core's {@code guice} package and this module's public exporter.
 */
package org.civicplan.export.html.guice;
