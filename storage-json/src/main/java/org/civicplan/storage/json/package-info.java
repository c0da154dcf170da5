/**
 * The civicplan JSON format and the file store.
 *
 * <ul>
 *   <li>{@link org.civicplan.storage.json.PortfolioJson}: read and write a portfolio document and
 *       measurement streams (format version 1, JSON Schema at {@link
 *       org.civicplan.storage.json.PortfolioJson#SCHEMA_RESOURCE}); problems come back together in
 *       a {@link org.civicplan.storage.json.JsonImportException}, each with file, line, column and
 *       JSON pointer.
 *   <li>{@link org.civicplan.storage.json.JsonFileStore}: a {@code PortfolioStore} in a directory of
 *       JSON files. Layout:
 *       <pre>
 * portfolio.json                  {"formatVersion", "document": "portfolio", "id", "name"}
 * units.json                      the unit directory
 * programs/&lt;program id&gt;.json     the program and its indicators
 * plans/&lt;plan id&gt;.json           the plan, its items and their earlier revisions ("history")
 * reports/&lt;report id&gt;.json       one progress report
 * adjustments/&lt;id&gt;.json          one adjustment proposal
 * measurements/&lt;indicator&gt;.jsonl a header line, then one value per line, sorted by period and unit
 * audit.jsonl                     a header line, then one audit entry per line (append-only)
 * commit.journal                  only while a multi-file commit is in progress
 * .lock                           the inter-process lock
 *       </pre>
 *       Names are ids with characters outside {@code [A-Za-z0-9_-.]} written as {@code %XX}
 *       (UTF-8); very long ones are shortened with a hash. Guarantees: see the class.
 *   <li>{@link org.civicplan.storage.json.JsonExporter}: the {@code "json"} exporter.
 *   <li>{@link org.civicplan.storage.json.guice.JsonStorageModule}: Guice wiring; everything also
 *       works without Guice ({@code JsonFileStore.open(directory, portfolioId)}).
 * </ul>
 *
 * <p>Unknown properties are errors in format version 1: a misspelt property in a hand-edited file
 * would otherwise silently lose data. New properties come with a new format version.
 */
package org.civicplan.storage.json;
