/**
 * The CSV exporters: the appendix items ("csv") and every indicator value ("csv-measurements"), as
 * UTF-8 with a byte order mark, RFC 4180 quoting and CRLF, so Excel opens them with the Vietnamese
 * intact. Both implement core's {@link org.civicplan.core.spi.Exporter} and are built with or
 * without Guice.
 *
 * <p>May use: civicplan-core (model, export helpers, SPI), {@code internal}, Apache Commons CSV
 * through {@code internal}, and {@code jakarta.inject} for the constructor.
 */
package org.civicplan.export.csv;
