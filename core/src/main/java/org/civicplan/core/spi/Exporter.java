package org.civicplan.core.spi;

import java.io.OutputStream;

/**
 * Writes a portfolio (or a plan of it) in one format. Registered by format name ("xlsx", "csv",
 * "json", "html"); a city system adds its own the same way.
 */
public interface Exporter {
    /** The format name it is registered under. */
    String format();

    /** File name extension without the dot. */
    String fileExtension();

    String mediaType();

    /** Writes the export to {@code out}; does not close it. */
    void export(ExportRequest request, OutputStream out);
}
