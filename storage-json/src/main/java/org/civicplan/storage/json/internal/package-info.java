/**
 * Implementation of the civicplan JSON format and the file store; not an API: nothing here is
 * referred to by a public signature of {@code org.civicplan.storage.json}, and anything here may
 * change without notice.
 *
 * <p>What it holds, one job per class:
 *
 * <ul>
 *   <li>Reading: {@link org.civicplan.storage.json.internal.TreeReader} builds a small tree of
 *       {@link org.civicplan.storage.json.internal.Node}s that remember where each value was (line,
 *       column, JSON pointer); {@link org.civicplan.storage.json.internal.ObjectReader} reads an
 *       object's properties and {@link org.civicplan.storage.json.internal.Scalars} single values,
 *       both reporting every problem with its place into {@link
 *       org.civicplan.storage.json.internal.Problems} and going on, so one pass lists everything
 *       wrong with a file (up to the limit). {@link org.civicplan.storage.json.internal.FormatVersion}
 *       checks the version every document starts with.
 *   <li>Writing: straight to a Jackson generator through {@link
 *       org.civicplan.storage.json.internal.ObjectWriter}, with no intermediate objects.
 *   <li>One codec per aggregate, its read and write side by side ({@code UnitCodec}, {@code
 *       ProgramCodec}, {@code IndicatorCodec}, {@code PlanCodec}, {@code ItemCodec}, {@code
 *       MeasurementCodec}, {@code ReportCodec}, {@code AdjustmentCodec}, {@code AuditCodec},
 *       {@code PortfolioCodec}; parts several share in {@code CommonCodec}), with the store document
 *       of that aggregate ({@link org.civicplan.storage.json.internal.DocKind}). A new field is one
 *       codec plus the JSON Schema. {@link org.civicplan.storage.json.internal.Codec} reads and
 *       writes whole documents and measurement streams.
 *   <li>The file store: {@link org.civicplan.storage.json.internal.Store} (the directory, its
 *       lock, the current transaction), {@link org.civicplan.storage.json.internal.FileTransaction}
 *       (what a transaction stages), {@link org.civicplan.storage.json.internal.Journal} (the commit
 *       journal and recovery after a crash), {@link
 *       org.civicplan.storage.json.internal.DocumentFiles} (paths, cache, loading, unreadable
 *       files), {@link org.civicplan.storage.json.internal.AuditLog}, {@code MeasurementFiles}
 *       (spill, merge, scan) and one repository per aggregate ({@code UnitRepo}, {@code
 *       ProgramRepo}, {@code IndicatorRepo}, {@code PlanRepo}, {@code ItemRepo}, {@code
 *       MeasurementRepo}, {@code ReportRepo}, {@code AdjustmentRepo}; the whole portfolio in {@code
 *       PortfolioRepo}), as in {@code org.civicplan.storage.jdbc.internal}.
 * </ul>
 *
 * <p>What it may use: the core model and SPI, Jackson's streaming API, slf4j, and of its own
 * module's public package only the value types ({@code JsonReadLimits}, {@code JsonProblem}, {@code
 * JsonImportException}, {@code StoreProblem}) and {@code JsonFileStore}'s class as the name the
 * store logs under (unchanged from before the store was split). Every file write goes through
 * {@link org.civicplan.storage.json.internal.AtomicFiles} (temporary file, fsync, rename, directory
 * fsync); every store read runs under the {@link org.civicplan.storage.json.internal.DirLock},
 * every write in a {@code FileTransaction}.
 */
package org.civicplan.storage.json.internal;
