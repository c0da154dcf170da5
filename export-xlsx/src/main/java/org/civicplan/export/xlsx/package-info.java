/**
 * The spreadsheet exporters: the workbook of plan appendix, six-month review, indicators,
 * resources and public-investment list ("xlsx"), and every indicator value ("xlsx-measurements"),
 * streamed so that memory does not grow with the rows written; {@link
 * org.civicplan.export.xlsx.AppendixColumn} chooses the appendix's optional columns. Both implement
 * core's {@link org.civicplan.core.spi.Exporter} and are built with or without Guice.
 *
 * <p>May use: civicplan-core (model, review, export helpers, SPI), {@code internal}, fastexcel, and
 * {@code jakarta.inject} for the constructors.
 */
package org.civicplan.export.xlsx;
