package org.civicplan.storage.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.civicplan.core.Message;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Portfolio;
import org.civicplan.storage.json.JsonReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
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
        try (JsonGenerator g = mapper.createGenerator(out)) {
            body.accept(new ObjectWriter(g));
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
        try (JsonParser parser = open(() -> jsons.pretty().createParser(in), problems)) {
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
    private static JsonParser open(java.util.function.Supplier<JsonParser> create, Problems problems) {
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

    /** Streams {@code {"formatVersion": 1, "measurements": [ … ]}}, one value per line, one at a time. */
    public long writeMeasurements(Iterator<Measurement> values, OutputStream out) {
        long count = 0;
        try (JsonGenerator g = jsons.lineGenerator(out)) {
            ObjectWriter w = new ObjectWriter(g);
            g.writeStartObject();
            g.writeNumberProperty("formatVersion", FormatVersion.CURRENT);
            g.writeName("measurements");
            g.writeStartArray();
            while (values.hasNext()) {
                MeasurementCodec.write(w, values.next());
                count++;
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /**
     * Reads a measurement stream, handing each valid value to {@code consumer} as soon as it is
     * read. Problems are collected; if there were any they are thrown at the end (values read
     * before were already handed over: callers wanting all-or-nothing read inside a transaction).
     */
    public long readMeasurements(InputStream in, String fileName, Consumer<Measurement> consumer) {
        long count = 0;
        try (MeasurementCursor cursor = new MeasurementCursor(in, fileName)) {
            while (cursor.hasNext()) {
                consumer.accept(cursor.next());
                count++;
            }
        }
        return count;
    }

    /**
     * Pulls measurements from a stream one at a time. Invalid values are skipped and their problems
     * collected; {@link #hasNext()} throws them all once the stream is exhausted (or at once for a
     * syntax error or when the problem limit is reached).
     */
    public final class MeasurementCursor implements Iterator<Measurement>, AutoCloseable {
        private final JsonParser parser;
        private final TreeReader tree;
        private final Scalars reader;
        private final Problems problems;
        private final TokenStreamLocation rootAt;
        private boolean versionSeen;
        private boolean inArray;
        private boolean finished;
        private int index;
        private Measurement next;

        public MeasurementCursor(InputStream in, String fileName) {
            this.problems = new Problems(fileName, limits.maxProblems());
            this.parser = open(() -> jsons.streaming().createParser(in), problems);
            this.tree = new TreeReader(parser, problems);
            this.reader = new Scalars(problems);
            JsonToken first = tree.next();
            if (first != JsonToken.START_OBJECT) {
                TokenStreamLocation at = parser.currentTokenLocation();
                parser.close();
                throw problems.fatal(
                        "",
                        Math.max(1, at.getLineNr()),
                        Math.max(1, at.getColumnNr()),
                        Message.of(
                                "cần một đối tượng {\"formatVersion\": 1, \"measurements\": […]}",
                                "expected an object {\"formatVersion\": 1, \"measurements\": […]}"));
            }
            this.rootAt = parser.currentTokenLocation();
        }

        private void checkVersion(Node version) {
            Map<String, Node> fields = Node.newFields();
            if (version != null) {
                fields.put("formatVersion", version);
            }
            FormatVersion.check(
                    reader, new Node(Node.Type.OBJECT, "", rootAt.getLineNr(), rootAt.getColumnNr(), fields));
        }

        @Override
        public boolean hasNext() {
            while (next == null && !finished) {
                advance();
            }
            if (next == null) {
                close();
                problems.throwIfAny();
            }
            return next != null;
        }

        @Override
        public Measurement next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Measurement m = next;
            next = null;
            return m;
        }

        /** Reads one step: a measurement into {@code next}, a property, or the end. */
        private void advance() {
            if (inArray) {
                if (tree.next() == JsonToken.END_ARRAY) {
                    inArray = false;
                    return;
                }
                Node element = tree.readCurrent(new Node.Child("/measurements", index++));
                next = MeasurementCodec.read(reader, element);
                return;
            }
            JsonToken t = tree.next();
            if (t != JsonToken.PROPERTY_NAME) {
                if (!versionSeen) {
                    checkVersion(null);
                }
                if (tree.next() != null) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    throw problems.fatal(
                            "",
                            at.getLineNr(),
                            at.getColumnNr(),
                            Message.of(
                                    "có nội dung thừa sau khi tài liệu JSON đã kết thúc",
                                    "unexpected content after the end of the JSON document"));
                }
                finished = true;
                return;
            }
            String name = parser.currentName();
            tree.next();
            if (name.equals("formatVersion")) {
                checkVersion(tree.readCurrent("/formatVersion"));
                versionSeen = true;
            } else if (name.equals("measurements")) {
                if (!versionSeen) {
                    checkVersion(null);
                }
                if (parser.currentToken() == JsonToken.START_ARRAY) {
                    inArray = true;
                } else {
                    Node wrong = tree.readCurrent("/measurements");
                    problems.add(
                            wrong,
                            Message.of(
                                    "cần một mảng, không phải " + wrong.shown(),
                                    "expected an array, not " + wrong.shown()));
                }
            } else {
                TokenStreamLocation at = parser.currentTokenLocation();
                problems.add(
                        Node.child("", name),
                        at.getLineNr(),
                        at.getColumnNr(),
                        Message.of(
                                "trường không xác định \"" + name
                                        + "\" (các trường hợp lệ: formatVersion, measurements)",
                                "unknown property \"" + name + "\" (known: formatVersion, measurements)"));
                tree.skipChildren();
            }
        }

        @Override
        public void close() {
            parser.close();
        }
    }
}
