/**
 * Extension points. A storage adapter implements {@link org.civicplan.core.spi.PortfolioStore} and
 * its repositories; an export adapter implements {@link org.civicplan.core.spi.Exporter}; a city
 * system may replace the {@link org.civicplan.core.spi.AccessPolicy}.
 *
 * <p>Contract for repositories: they speak only model types and the library's exceptions (never
 * {@code SQLException} or {@code IOException}); {@code create} refuses an existing key with {@link
 * org.civicplan.core.DuplicateEntityException}; {@code update} takes the value with the version it
 * was read at, refuses a stale one with {@link org.civicplan.core.VersionConflictException}, and
 * returns it with the next version; a failed write changes nothing. The contract is written once as
 * tests ({@code org.civicplan.testing.PortfolioStoreContract}, artifact {@code civicplan-testing}) and run against every adapter.
 *
 * <p>May use: the model ({@code model}), periods ({@code period}) and the root package (the
 * library's exceptions, {@code Lang}); nothing else of civicplan, so that an adapter depends on the
 * model alone and the services and the review computation can use these types without a cycle (an
 * ArchUnit test keeps it so). The helpers exporters share live in {@code
 * org.civicplan.core.export}; the reference computation of {@link
 * org.civicplan.core.spi.ReviewQueries} in {@code org.civicplan.core.review}.
 */
package org.civicplan.core.spi;
