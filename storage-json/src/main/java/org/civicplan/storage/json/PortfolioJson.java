package org.civicplan.storage.json;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.spi.References;
import org.civicplan.storage.json.internal.Codec;

/**
 * The civicplan JSON format, version 1 (see {@code docs/json-format.md} and the JSON Schema {@link
 * #SCHEMA_RESOURCE}): a whole portfolio as one document, and measurements as a stream.
 *
 * <p>Reading accepts what officials type (periods like {@code "Quý III/2021"}, amounts like {@code
 * "1,5 tỷ đồng"}, enum codes in any case, a UTF-8 byte order mark, decomposed Vietnamese text) and
 * reports every problem with file, line, column and JSON pointer in one {@link
 * JsonImportException}. Writing is canonical: period codes, enum codes, whole đồng as decimal
 * strings, ISO dates. Thread-safe.
 */
public final class PortfolioJson {
    /** Class-path location of the JSON Schema (2020-12) of a portfolio document. */
    public static final String SCHEMA_RESOURCE = "/org/civicplan/storage/json/civicplan-portfolio-v2.schema.json";

    /** Class-path location of the JSON Schema of version 1 documents, which this library still reads. */
    public static final String SCHEMA_V1_RESOURCE = "/org/civicplan/storage/json/civicplan-portfolio-v1.schema.json";

    /** The format version this library writes and the newest it reads. */
    public static final int FORMAT_VERSION = 2;

    private final Codec codec;

    private PortfolioJson(JsonReadLimits limits) {
        this.codec = new Codec(requireNonNull(limits, "limits is null"));
    }

    public static PortfolioJson create() {
        return new PortfolioJson(JsonReadLimits.DEFAULT);
    }

    public static PortfolioJson withLimits(JsonReadLimits limits) {
        return new PortfolioJson(limits);
    }

    public JsonReadLimits limits() {
        return codec.limits();
    }

    /** Writes the portfolio as one indented UTF-8 document; does not close {@code out}. */
    public void write(Portfolio portfolio, OutputStream out) {
        codec.writePortfolio(requireNonNull(portfolio, "portfolio is null"), requireNonNull(out, "out is null"));
    }

    /**
     * Reads a portfolio document; {@code fileName} is used in messages only. Does not close {@code in}.
     *
     * @throws JsonImportException listing every problem found
     */
    public Portfolio read(InputStream in, String fileName) {
        return codec.readPortfolio(requireNonNull(in, "in is null"), requireNonNull(fileName, "fileName is null"));
    }

    /**
     * Reads a portfolio document, telling {@code units} how each unit reference of a version-2
     * document was resolved (by code, name or alias; collective; ambiguous or unknown, which are also
     * problems thrown at the end). Does not close {@code in}.
     *
     * @throws JsonImportException listing every problem found
     */
    public Portfolio read(InputStream in, String fileName, Consumer<UnitNameResolution> units) {
        return codec.readPortfolio(
                requireNonNull(in, "in is null"),
                requireNonNull(fileName, "fileName is null"),
                requireNonNull(units, "units is null"));
    }

    /** Reads a portfolio document from a file; messages name the file. */
    public Portfolio read(Path file) {
        return read(file, r -> {});
    }

    /** Reads a portfolio document from a file, telling {@code units} how each unit reference was resolved. */
    public Portfolio read(Path file, Consumer<UnitNameResolution> units) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, file.getFileName().toString(), units);
        } catch (java.nio.file.NoSuchFileException e) {
            throw notFound(file, e);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /**
     * Reads a portfolio document to import into a store that holds {@code existing} (e.g. {@code
     * References.in(store)}): besides every other problem, each reference of an item or measurement
     * to something neither the document nor the store holds is a problem at its place ({@code
     * file:line:col /items/3/plan}). {@link #read(Path)} reads without this check, for the
     * clarity check, which reports such references itself.
     *
     * @throws JsonImportException listing every problem found
     */
    public Portfolio readForImport(Path file, References.Known existing) {
        requireNonNull(existing, "existing is null");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return codec.readPortfolio(in, file.getFileName().toString(), existing);
        } catch (java.nio.file.NoSuchFileException e) {
            throw notFound(file, e);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** A file that is not there, said so ("not found"), not as the exception's class name. */
    static UnableToStoreException notFound(Path file, IOException e) {
        return new UnableToStoreException(Message.of("Không tìm thấy tệp " + file, "File not found: " + file), e);
    }

    static UnableToStoreException cannotRead(Path file, IOException e) {
        return new UnableToStoreException(
                Message.of(
                        "Không đọc được tệp " + file + ": " + e.getMessage(),
                        "Cannot read " + file + ": " + e.getMessage()),
                e);
    }

    /**
     * Streams measurements as {@code {"formatVersion": 1, "measurements": [ … ]}}, one value per
     * line, holding none of them; returns how many were written. Does not close {@code out}.
     */
    public long writeMeasurements(Iterator<Measurement> measurements, OutputStream out) {
        return codec.writeMeasurements(requireNonNull(measurements, "measurements is null"), out);
    }

    public long writeMeasurements(Iterable<Measurement> measurements, OutputStream out) {
        return writeMeasurements(measurements.iterator(), out);
    }

    /**
     * Reads a measurement stream one value at a time, handing each valid value to {@code consumer};
     * returns how many were handed over. Problems are collected and thrown together at the end
     * (after the valid values were handed over: read inside a store transaction for all-or-nothing).
     * The document size is not limited, since values are never all in memory.
     */
    public long readMeasurements(InputStream in, String fileName, Consumer<Measurement> consumer) {
        return codec.readMeasurements(
                requireNonNull(in, "in is null"),
                requireNonNull(fileName, "fileName is null"),
                requireNonNull(consumer, "consumer is null"));
    }

    /**
     * A measurement stream as a one-pass {@link Iterable}, for {@code
     * store.measurements().recordAll(json.measurements(in, "m.json"))}: values are parsed as the
     * store pulls them, and problems are thrown when the stream ends (so the store's transaction
     * rolls back and nothing is recorded). Iterating it a second time is an error.
     */
    public Iterable<Measurement> measurements(InputStream in, String fileName) {
        requireNonNull(in, "in is null");
        requireNonNull(fileName, "fileName is null");
        java.util.concurrent.atomic.AtomicBoolean used = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (!used.compareAndSet(false, true)) {
                throw new IllegalStateException("a measurement stream can be read once");
            }
            return codec.cursor(in, fileName);
        };
    }
}
