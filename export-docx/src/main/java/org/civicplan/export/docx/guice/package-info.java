/**
 * Guice wiring for the Word exporter: {@link org.civicplan.export.docx.guice.DocxExportModule}
 * registers it with core's exporter binder under "docx". Optional: the exporter works without
 * Guice.
 *
 * <p>May use: Guice, core's {@code guice} package and this module's public exporter.
 */
package org.civicplan.export.docx.guice;
