/** Guice wiring of the validation module; everything here is also constructible without Guice. */
package org.civicplan.validation.guice;
