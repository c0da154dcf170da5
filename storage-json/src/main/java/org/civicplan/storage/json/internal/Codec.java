package org.civicplan.storage.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.civicplan.core.Message;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.spi.References;
import org.civicplan.storage.json.JsonReadLimits;
import org.civicplan.storage.json.UnitNameResolution;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/** Reading and writing whole documents and measurement streams, shared by the public API and the store. */
public final class Codec {
    private final JsonReadLimits limits;
    private final Jsons jsons;

    public Codec(JsonReadLimits limits) {
        this.limits = limits;
        this.jsons = new Jsons(limits);
    }

    public JsonReadLimits limits() {
        return limits;
    }

    public Jsons jsons() {
        return jsons;
    }

    /** Writes one document with the pretty mapper; {@code out} is flushed, not closed. */
    public void write(OutputStream out, Consumer<ObjectWriter> body) {
        write(jsons.pretty(), out, body);
    }

    public void write(JsonMapper mapper, OutputStream out, Consumer<ObjectWriter> body) {
        generate(() -> mapper.createGenerator(out), out, g -> body.accept(new ObjectWriter(g)));
    }

    /** Runs {@code body} on the generator, closes it and flushes {@code out}; failures are unchecked I/O errors. */
    private static void generate(Supplier<JsonGenerator> create, OutputStream out, Consumer<JsonGenerator> body) {
        try (JsonGenerator g = create.get()) {
            body.accept(g);
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writePortfolio(Portfolio portfolio, OutputStream out) {
        write(out, w -> PortfolioCodec.write(w, portfolio));
    }

    /**
     * Reads one whole document into a tree and maps it; every problem found is thrown together as a
     * {@link org.civicplan.storage.json.JsonImportException}.
     */
    public <T> T read(InputStream in, String fileName, BiFunction<Scalars, Node, T> mapping) {
        Problems problems = new Problems(fileName, limits.maxProblems());
        Utf8Columns counted = new Utf8Columns(in);
        problems.countColumnsIn(counted);
        try (JsonParser parser = open(() -> jsons.parser(counted), problems)) {
            Node root = new TreeReader(parser, problems).readDocument();
            T value = mapping.apply(new Scalars(problems), root);
            problems.throwIfAny();
            return value;
        }
    }

    /**
     * Creates the parser, which already detects the encoding from the first bytes: an encoding
     * Jackson cannot read (e.g. UCS-4 in an unusual byte order, found by fuzzing) is a problem at
     * 1:1, not an escaping Jackson exception.
     */
    static JsonParser open(Supplier<JsonParser> create, Problems problems) {
        try {
            return create.get();
        } catch (JacksonException e) {
            throw problems.fatal(
                    "",
                    1,
                    1,
                    Message.of(
                            "không đọc được tệp như văn bản JSON UTF-8/UTF-16 (" + e.getOriginalMessage() + ")",
                            "cannot read the file as UTF-8/UTF-16 JSON text (" + e.getOriginalMessage() + ")"));
        }
    }

    public Portfolio readPortfolio(InputStream in, String fileName) {
        return read(in, fileName, PortfolioCodec::read);
    }

    /** A portfolio document, telling {@code units} how each unit reference of a version-2 document was resolved. */
    public Portfolio readPortfolio(InputStream in, String fileName, Consumer<UnitNameResolution> units) {
        return read(in, fileName, (scalars, root) -> {
            scalars.unitListener(units);
            return PortfolioCodec.read(scalars, root);
        });
    }

    /**
     * Reads a portfolio to import into a store holding {@code existing}: a reference to nothing in
     * the document or the store is a problem at its place, as every other problem.
     */
    public Portfolio readPortfolio(InputStream in, String fileName, References.Known existing) {
        return read(in, fileName, (scalars, root) -> {
            Portfolio p = PortfolioCodec.read(scalars, root);
            if (p != null) {
                PortfolioCodec.checkReferences(scalars.problems(), root, p, existing);
            }
            return p;
        });
    }

    /** Streams {@code {"formatVersion": 1, "measurements": [ … ]}}, one value per line, one at a time. */
    public long writeMeasurements(Iterator<Measurement> values, OutputStream out) {
        long[] count = {0};
        generate(() -> jsons.lineGenerator(out), out, g -> {
            ObjectWriter w = new ObjectWriter(g);
            g.writeStartObject();
            g.writeNumberProperty("formatVersion", FormatVersion.CURRENT);
            g.writeName("measurements");
            g.writeStartArray();
            while (values.hasNext()) {
                MeasurementCodec.write(w, values.next());
                count[0]++;
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        });
        return count[0];
    }

    /**
     * Reads a measurement stream, handing each valid value to {@code consumer} as soon as it is
     * read. Problems are collected; if there were any they are thrown at the end (values read
     * before were already handed over: callers wanting all-or-nothing read inside a transaction).
     */
    public long readMeasurements(InputStream in, String fileName, Consumer<Measurement> consumer) {
        long count = 0;
        try (MeasurementCursor cursor = cursor(in, fileName)) {
            while (cursor.hasNext()) {
                consumer.accept(cursor.next());
                count++;
            }
        }
        return count;
    }

    /** Pulls measurements from a stream one at a time (see {@link MeasurementCursor}). */
    public MeasurementCursor cursor(InputStream in, String fileName) {
        return cursor(in, fileName, true);
    }

    /** {@code streaming} false: each measurement read through the located tree, as the tests compare. */
    MeasurementCursor cursor(InputStream in, String fileName, boolean streaming) {
        Problems problems = new Problems(fileName, limits.maxProblems());
        StreamColumns counted = new StreamColumns(in);
        problems.countColumnsIn(counted);
        return new MeasurementCursor(jsons, problems, counted, counted, streaming);
    }

    /**
     * A cursor whose columns are counted as every byte is read ({@link Utf8Columns}, every line
     * kept), instead of when a problem is reported: what the tests compare with.
     */
    MeasurementCursor cursorCountingEveryByte(InputStream in, String fileName) {
        Problems problems = new Problems(fileName, limits.maxProblems());
        Utf8Columns counted = new Utf8Columns(in);
        problems.countColumnsIn(counted);
        return new MeasurementCursor(jsons, problems, counted, null, true);
    }
}
