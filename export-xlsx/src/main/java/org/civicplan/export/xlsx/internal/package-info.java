/**
 * Implementation of the spreadsheet exports. {@link org.civicplan.export.xlsx.internal.WorkbookWriter}
 * writes the report workbook one sheet at a time, each sheet its own class (appendix, review,
 * indicators, resources, public investment) on a shared {@code SheetLayout} (column widths, cell
 * styles, titles and header rows, row heights for wrapped text, print setup);
 * {@link org.civicplan.export.xlsx.internal.MeasurementWorkbook} writes the indicator values. Not an
 * API: may change in any release.
 */
package org.civicplan.export.xlsx.internal;
