/**
 * Guice wiring for the CSV exporters: {@link org.civicplan.export.csv.guice.CsvExportModule}
 * registers them with core's exporter binder under "csv" and "csv-measurements". Optional: the
 * exporters work without Guice.
 *
 * <p>May use: Guice, core's {@code guice} package and this module's public exporters.
 */
package org.civicplan.export.csv.guice;
