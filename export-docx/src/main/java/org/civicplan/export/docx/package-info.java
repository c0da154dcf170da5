/**
 * The Word exporter ("docx"): the plan appendix laid out as Decree 30/2020/NĐ-CP asks of
 * administrative documents (A4 landscape, Times New Roman, the regulation margins, the STT | Nhiệm
 * vụ | … table with its header repeated on each page). It implements core's {@link
 * org.civicplan.core.spi.Exporter} and is built with or without Guice.
 *
 * <p>May use: civicplan-core (model, export helpers, SPI), {@code internal} (which writes the
 * document with the JDK alone) and {@code jakarta.inject} for the constructor.
 */
package org.civicplan.export.docx;
