package org.civicplan.storage.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
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
    public void write(OutputStream out, Consumer<ModelWriter> body) {
        write(jsons.pretty(), out, body);
    }

    public void write(JsonMapper mapper, OutputStream out, Consumer<ModelWriter> body) {
        try (JsonGenerator g = mapper.createGenerator(out)) {
            body.accept(new ModelWriter(g));
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
        write(out, w -> w.portfolio(portfolio));
    }

    /**
     * Reads one whole document into a tree and maps it; every problem found is thrown together as a
     * {@link org.civicplan.storage.json.JsonImportException}.
     */
    public <T> T read(InputStream in, String fileName, Function<ModelReader, Function<Node, T>> mapping) {
        Problems problems = new Problems(fileName, limits.maxProblems());
        try (JsonParser parser = jsons.pretty().createParser(in)) {
            Node root = new TreeReader(parser, problems).readDocument();
            ModelReader reader = new ModelReader(problems);
            T value = mapping.apply(reader).apply(root);
            problems.throwIfAny();
            return value;
        }
    }

    public Portfolio readPortfolio(InputStream in, String fileName) {
        return read(in, fileName, r -> r::portfolio);
    }

    /** Streams {@code {"formatVersion": 1, "measurements": [ … ]}}, one value at a time. */
    public long writeMeasurements(Iterator<Measurement> values, OutputStream out) {
        long[] count = {0};
        write(jsons.streaming(), out, w -> {
            JsonGenerator g = w.generator();
            g.writeStartObject();
            g.writeNumberProperty("formatVersion", ModelReader.FORMAT_VERSION);
            g.writeName("measurements");
            g.writeStartArray();
            while (values.hasNext()) {
                g.writeRaw('\n');
                w.measurement(values.next());
                count[0]++;
            }
            g.writeRaw('\n');
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
        Problems problems = new Problems(fileName, limits.maxProblems());
        long count = 0;
        try (JsonParser parser = jsons.streaming().createParser(in)) {
            TreeReader tree = new TreeReader(parser, problems);
            ModelReader reader = new ModelReader(problems);
            JsonToken first = tree.next();
            if (first != JsonToken.START_OBJECT) {
                TokenStreamLocation at = parser.currentTokenLocation();
                throw problems.fatal(
                        "",
                        Math.max(1, at.getLineNr()),
                        Math.max(1, at.getColumnNr()),
                        Message.of(
                                "cần một đối tượng {\"formatVersion\": 1, \"measurements\": […]}",
                                "expected an object {\"formatVersion\": 1, \"measurements\": […]}"));
            }
            TokenStreamLocation rootAt = parser.currentTokenLocation();
            boolean versionSeen = false;
            while (tree.next() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                tree.next();
                if (name.equals("formatVersion")) {
                    Node version = tree.readCurrent("/formatVersion");
                    Map<String, Node> fields = Node.newFields();
                    fields.put("formatVersion", version);
                    reader.checkFormatVersion(
                            new Node(Node.Type.OBJECT, "", rootAt.getLineNr(), rootAt.getColumnNr(), fields));
                    versionSeen = true;
                } else if (name.equals("measurements")) {
                    if (!versionSeen) {
                        reader.checkFormatVersion(new Node(
                                Node.Type.OBJECT, "", rootAt.getLineNr(), rootAt.getColumnNr(), Node.newFields()));
                    }
                    if (parser.currentToken() != JsonToken.START_ARRAY) {
                        Node wrong = tree.readCurrent("/measurements");
                        reader.problems()
                                .add(
                                        wrong,
                                        Message.of(
                                                "cần một mảng, không phải " + wrong.shown(),
                                                "expected an array, not " + wrong.shown()));
                        continue;
                    }
                    int index = 0;
                    while (tree.next() != JsonToken.END_ARRAY) {
                        Node element = tree.readCurrent("/measurements/" + index++);
                        Measurement m = reader.measurement(element);
                        if (m != null) {
                            consumer.accept(m);
                            count++;
                        }
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
            if (!versionSeen) {
                reader.checkFormatVersion(
                        new Node(Node.Type.OBJECT, "", rootAt.getLineNr(), rootAt.getColumnNr(), Node.newFields()));
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
            problems.throwIfAny();
            return count;
        }
    }
}
