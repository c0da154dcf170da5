/**
 * The domain model: programs, plans, appendix items and their assignments, units, indicators,
 * measurements, progress reports, adjustments and audit entries. Values are records, closed
 * variants sealed interfaces or enums with a Vietnamese label and a stable code; aggregates refer
 * to each other by typed id.
 *
 * <p>May use: the root package, {@code period}, {@code money}, {@code docref}, {@code text} and the
 * constraint annotations of {@code constraints}; never a service, the review computation, an
 * extension point, the in-memory store or the wiring (an ArchUnit test keeps it so).
 */
package org.civicplan.core.model;
