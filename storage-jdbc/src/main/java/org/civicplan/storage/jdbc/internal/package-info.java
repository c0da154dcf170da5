/**
 * Implementation of the JDBC store: SQL, row mapping, dialect differences, exception translation.
 * Not an API: nothing here is referred to by a public type of {@code org.civicplan.storage.jdbc},
 * and anything here may change without notice.
 *
 * <p>Rules every class here follows: data reaches SQL only as bound parameters or as the data
 * stream of a {@code COPY} ({@code PgCopy}; SQL text is built
 * from constants only); every write runs in a transaction (the caller's, or its own); the audit
 * tables are only ever inserted into; reading a set of aggregates costs one query per table,
 * whatever the size of the set.
 */
package org.civicplan.storage.jdbc.internal;
