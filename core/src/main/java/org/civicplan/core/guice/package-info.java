/**
 * Optional Guice wiring, as jdbi3-guice is for jdbi: {@link org.civicplan.core.guice.CivicPlanModule}
 * binds the services and the exporter registry with replaceable defaults (in-memory store, standard
 * access policy, system clock), {@link org.civicplan.core.guice.CivicPlanBinder} and {@link
 * org.civicplan.core.guice.ExporterBinder} let adapters replace or add to them. Plain-Java users
 * need none of it.
 *
 * <p>May use: every other core package and Guice. No other core package uses it.
 */
package org.civicplan.core.guice;
