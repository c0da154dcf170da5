/**
 * What the exporters share, above the {@link org.civicplan.core.spi.Exporter} extension point:
 * the registry of exporters by format ({@link org.civicplan.core.export.Exporters}), what a request
 * covers ({@link org.civicplan.core.export.ExportScope}: plans, programs, review period, the
 * program's review) and the columns of an indicator-values export ({@link
 * org.civicplan.core.export.MeasurementColumns}), the texts every appendix export shows the same
 * way ({@link org.civicplan.core.export.ItemText}, {@link org.civicplan.core.export.AppendixSection}),
 * the one failure an exporter throws ({@link org.civicplan.core.export.UnableToExportException}) and
 * the stream wrapper that keeps the caller's stream open ({@link
 * org.civicplan.core.export.NonClosingOutputStream}).
 *
 * <p>May use: the root package, {@code model}, {@code period}, {@code spi}, {@code review} and
 * {@code service}. The extension points must not use it (they depend on the model and periods
 * only), so an {@code Exporter} implementation sees these helpers only if it chooses to.
 */
package org.civicplan.core.export;
