package org.civicplan.export.csv.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civicplan.core.export.UnableToExportException;

/**
 * A CSV printer Excel opens correctly: UTF-8 with a byte order mark (without it Excel reads
 * Vietnamese as Windows-1252), RFC 4180 quoting and CRLF line ends. Closing flushes but leaves the
 * caller's stream open.
 *
 * <p>Unless made raw, a text cell a spreadsheet would run as a formula (it begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a leading single
 * quote, as OWASP's CSV-injection guidance advises: Excel and LibreOffice then show it as text, and
 * a title such as {@code =HYPERLINK(...)} cannot act on the reader's machine. A cell that is a plain
 * number ({@code -5}, {@code +1.5e3}) is left as it is.
 */
public final class CsvOutput implements AutoCloseable {
    public static final char BOM = '\uFEFF';

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final Writer writer;
    private final CSVPrinter printer;
    private final boolean raw;

    /** A printer that neutralises formula-like cells. */
    public CsvOutput(OutputStream out, List<String> header) {
        this(out, header, false);
    }

    /** A printer; {@code raw}: write every cell as it is, formulas included. */
    public CsvOutput(OutputStream out, List<String> header, boolean raw) {
        this.raw = raw;
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
            if (raw) {
                printer.printRecord(values);
                return;
            }
            Object[] safe = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                safe[i] = values[i] instanceof CharSequence text ? neutralise(text.toString()) : values[i];
            }
            printer.printRecord(safe);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** The cell as text a spreadsheet shows, never runs: formula-like text gets a leading quote. */
    public static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
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
