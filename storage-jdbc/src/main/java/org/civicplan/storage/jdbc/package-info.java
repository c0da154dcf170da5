/**
 * The JDBC store: a portfolio in H2 (embedded, the default), PostgreSQL (production, and
 * PostgreSQL-compatible distributed engines) or MariaDB/MySQL. Start with {@link
 * org.civicplan.storage.jdbc.JdbcPortfolioStore#create}; the schema is {@link
 * org.civicplan.storage.jdbc.JdbcSchema}'s Flyway migrations; {@link
 * org.civicplan.storage.jdbc.JdbcQueries} computes aggregates in SQL.
 */
package org.civicplan.storage.jdbc;
