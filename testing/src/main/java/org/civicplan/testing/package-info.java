/**
 * What the author of a civicplan adapter reuses in its tests (artifact {@code civicplan-testing},
 * test scope).
 *
 * <ul>
 *   <li>{@link org.civicplan.testing.PortfolioStoreContract}: the repository contract as tests, run
 *       by every store (in memory, JSON files, H2, PostgreSQL, MariaDB). A store's test extends it and
 *       returns a fresh, empty store for {@link org.civicplan.testing.TestPortfolios#HANOI}.
 *   <li>{@link org.civicplan.testing.TestPortfolios}: a small, coherent portfolio (illustrative,
 *       modelled on Program 07-CTr/TU) and its parts, for any test that needs data.
 *   <li>{@link org.civicplan.testing.ForwardingPortfolioStore}: a store seen through its
 *       repositories only, to check a store's own review queries against the reference computation.
 *   <li>{@link org.civicplan.testing.ContendedUpdates}: writers contending for one item.
 * </ul>
 *
 * <p>The architecture rules are in {@link org.civicplan.testing.arch}.
 */
package org.civicplan.testing;
