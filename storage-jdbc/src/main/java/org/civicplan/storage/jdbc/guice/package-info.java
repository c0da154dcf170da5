/** Guice wiring for the JDBC store: {@link org.civicplan.storage.jdbc.guice.JdbcStorageModule}. */
package org.civicplan.storage.jdbc.guice;
