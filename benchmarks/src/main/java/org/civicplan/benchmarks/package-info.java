/**
 * The benchmarks of issue #9 (see BENCHMARKS.md): JMH benchmarks that measure civicplan against
 * what its underlying tools do alone (raw Jackson, JDBC batches, hand-written SQL, plain Hibernate
 * Validator), the seeded {@link org.civicplan.benchmarks.PortfolioGenerator}, the memory checks run
 * in small-heap child JVMs, and {@link org.civicplan.benchmarks.Suite}, which runs them and reports
 * ratios. Not an API and not published.
 *
 * <p>May use: every civicplan module's public API, core's test corpora, JMH, and the libraries its
 * baselines call directly (Jackson, Hibernate Validator, HikariCP, the PostgreSQL driver).
 */
package org.civicplan.benchmarks;
