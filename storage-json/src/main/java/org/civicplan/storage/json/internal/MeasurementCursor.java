package org.civicplan.storage.json.internal;

import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.civicplan.core.Message;
import org.civicplan.core.model.Measurement;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Pulls measurements from a stream one at a time. Invalid values are skipped and their problems
 * collected; {@link #hasNext()} throws them all once the stream is exhausted (or at once for a
 * syntax error or when the problem limit is reached).
 */
public final class MeasurementCursor implements Iterator<Measurement>, AutoCloseable {
    private final JsonParser parser;
    private final TreeReader tree;
    private final Scalars reader;
    private final MeasurementReader measurements;
    private final Problems problems;
    /** Where the columns of problems are counted from the bytes read, once there is a problem; or null. */
    private final StreamColumns columns;

    private final TokenStreamLocation rootAt;
    private final Node.Element element = new Node.Element("/measurements");
    private boolean versionSeen;
    private boolean inArray;
    private boolean finished;
    private int index;
    private Measurement next;

    /** {@code streaming} false reads each measurement through the located tree (see {@link MeasurementReader}). */
    MeasurementCursor(Jsons jsons, Problems problems, InputStream in, StreamColumns columns, boolean streaming) {
        this.problems = problems;
        this.columns = columns;
        this.parser = Codec.open(() -> jsons.streaming().createParser(in), problems);
        this.tree = new TreeReader(parser, problems);
        this.reader = new Scalars(problems);
        this.measurements = new MeasurementReader(tree, reader, streaming);
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
        // reported only once the measurements (or the end) are reached, when its line is no longer kept
        if (columns != null) {
            columns.remember(rootAt.getLineNr(), rootAt.getColumnNr());
        }
    }

    private void checkVersion(Node version) {
        Map<String, Node> fields = Node.newFields();
        if (version != null) {
            fields.put("formatVersion", version);
        }
        FormatVersion.check(reader, new Node(Node.Type.OBJECT, "", rootAt.getLineNr(), rootAt.getColumnNr(), fields));
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
            throw new NoSuchElementException();
        }
        Measurement m = next;
        next = null;
        return m;
    }

    /** Reads one step: a measurement into {@code next}, a property, or the end. */
    private void advance() {
        // every problem of this step is at the current token or after it
        if (columns != null) {
            columns.keepFrom(parser);
        }
        if (inArray) {
            if (tree.next() == JsonToken.END_ARRAY) {
                inArray = false;
                return;
            }
            next = measurements.read(element.at(index++));
            return;
        }
        JsonToken t = tree.next();
        if (t != JsonToken.PROPERTY_NAME) {
            if (!versionSeen) {
                checkVersion(null);
            }
            if (tree.next() != null) {
                throw tree.trailingContent();
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
                            "trường không xác định \"" + name + "\" (các trường hợp lệ: formatVersion, measurements)",
                            "unknown property \"" + name + "\" (known: formatVersion, measurements)"));
            tree.skipChildren();
        }
    }

    @Override
    public void close() {
        parser.close();
    }
}
