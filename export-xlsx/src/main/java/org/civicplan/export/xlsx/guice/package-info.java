/**
 * Guice wiring for the spreadsheet exporters: {@link
 * org.civicplan.export.xlsx.guice.XlsxExportModule} registers them with core's exporter binder under
 * "xlsx" and "xlsx-measurements". Optional: the exporters work without Guice.
 *
 * <p>May use: Guice, core's {@code guice} package and this module's public exporters.
 */
package org.civicplan.export.xlsx.guice;
