/**
 * Runnable embedding examples: a city system using civicplan from plain Java ({@link
 * org.civicplan.examples.embedding.PlainJavaExample}), from Guice ({@link
 * org.civicplan.examples.embedding.GuiceExample}), with its own PostgreSQL {@code DataSource}
 * ({@link org.civicplan.examples.embedding.PostgresDataSourceExample}), with a constraint of its own
 * ({@link org.civicplan.examples.embedding.CustomConstraintExample}) and with an exporter of its own
 * ({@link org.civicplan.examples.embedding.UnitWorkloadExporter}). Each has a test that runs it.
 *
 * <p>They use only what an embedding system would: the public API of the civicplan modules, Guice,
 * Hibernate Validator, HikariCP and the PostgreSQL driver. No command-line or logging-provider
 * libraries: the {@code civicplan} tool is the {@code cli} module.
 */
package org.civicplan.examples.embedding;
