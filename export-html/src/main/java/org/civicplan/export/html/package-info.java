/**
 * The dashboard exporter ("html"): one self-contained HTML file per export (inline CSS and SVG, no
 * external scripts, fonts or images) with each program's six-month review, item timeline,
 * indicator progress and unit scorecard, in Vietnamese and English. It implements core's {@link
 * org.civicplan.core.spi.Exporter} and is built with or without Guice.
 *
 * <p>May use: civicplan-core (model, review, SPI), {@code internal} (which writes the page with the
 * JDK alone) and {@code jakarta.inject} for the constructor.
 */
package org.civicplan.export.html;
