package org.civicplan.export.csv.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civicplan.core.export.UnableToExportException;

/**
 * A CSV printer Excel opens correctly: UTF-8 with a byte order mark (without it Excel reads
 * Vietnamese as Windows-1252), RFC 4180 quoting and CRLF line ends. Closing flushes but leaves the
 * caller's stream open.
 */
public final class CsvOutput implements AutoCloseable {
    public static final char BOM = '\uFEFF';

    private final Writer writer;
    private final CSVPrinter printer;

    public CsvOutput(OutputStream out, List<String> header) {
        try {
            this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(BOM);
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(header);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    public void row(Object... values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.flush();
            writer.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    static UnableToExportException failed(IOException e) {
        return UnableToExportException.writing("tệp CSV", "the CSV export", e);
    }
}
