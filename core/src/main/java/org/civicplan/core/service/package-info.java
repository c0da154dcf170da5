/**
 * The services an embedding system calls: {@link org.civicplan.core.service.PlanService} (the
 * directory, plans and items, progress and indicator values, adjustments, everyday questions),
 * {@link org.civicplan.core.service.ReportService} (periodic progress reports) and {@link
 * org.civicplan.core.service.ReviewService} (the six-month, yearly and final reviews), with the
 * standard access policy. Each is constructible without Guice.
 *
 * <p>May use: the root package, {@code model}, {@code period}, {@code money}, {@code docref}, {@code
 * internal}, {@code review} and the extension points of {@code spi}; never {@code export}, {@code
 * memory} or {@code guice}, which use it.
 */
package org.civicplan.core.service;
