package org.civicplan.storage.json.internal;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import org.civicplan.core.Message;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Measurement partitions: one file per indicator, a header line then one measurement per line,
 * sorted by (period start, period, unit). Reads stream one value at a time; a merge streams the
 * old file and the sorted additions into a new temporary file, so memory holds only the additions.
 */
public final class Partitions {
    private final Codec codec;

    public Partitions(Codec codec) {
        this.codec = codec;
    }

    public static String sortKey(Measurement m) {
        return sortKey(m.period(), m.reportedBy());
    }

    public static String sortKey(Period period, UnitCode unit) {
        String start = period.start().or(period::end).map(LocalDate::toString).orElse("9999-12-31");
        return start + '\u0000' + period.code() + '\u0000' + unit.value();
    }

    /** Reads a partition one value at a time. */
    public final class Reader implements Closeable {
        private final InputStream in;
        private final JsonParser parser;
        private final TreeReader tree;
        private final Scalars reader;
        private final MeasurementReader measurements;
        private final IndicatorCode indicator;

        public Reader(Path file) throws IOException {
            this.in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
            Problems problems = new Problems(file.getFileName().toString(), 1);
            this.parser = codec.jsons().streaming().createParser(in);
            this.tree = new TreeReader(parser, problems);
            this.reader = new Scalars(problems);
            this.measurements = new MeasurementReader(tree, reader, true);
            try {
                JsonToken first = tree.next();
                if (first == null) {
                    throw problems.fatal("", 1, 1, Message.of("tệp rỗng", "the file is empty"));
                }
                Node head = tree.readCurrent("");
                FormatVersion.check(reader, head);
                Node code = head.field("indicator");
                IndicatorCode value = code == null ? null : reader.id(code, IndicatorCode::of);
                if (value == null) {
                    throw problems.fatal(
                            "",
                            head.line(),
                            head.column(),
                            Message.of(
                                    "dòng đầu phải là {\"formatVersion\": 1, \"document\": \"measurements\", \"indicator\": …}",
                                    "the first line must be {\"formatVersion\": 1, \"document\": \"measurements\", \"indicator\": …}"));
                }
                this.indicator = value;
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        public IndicatorCode indicator() {
            return indicator;
        }

        /** The next value, or null at the end. */
        public Measurement next() {
            JsonToken t = tree.next();
            if (t == null) {
                return null;
            }
            Measurement m = measurements.read("");
            reader.problems().throwIfAny();
            return m;
        }

        @Override
        public void close() {
            try {
                parser.close();
                in.close();
            } catch (IOException | RuntimeException e) {
                // nothing was written
            }
        }
    }

    /** Just the indicator of a partition (reads the first line). */
    public IndicatorCode indicatorOf(Path file) throws IOException {
        try (Reader r = new Reader(file)) {
            return r.indicator();
        }
    }

    /** The number of values: lines after the header. */
    public long count(Path file) throws IOException {
        long lines = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            int last = '\n';
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                last = buf[n - 1];
            }
            if (last != '\n') {
                lines++;
            }
        }
        return Math.max(0, lines - 1);
    }

    /**
     * Writes a temporary sibling of {@code target} holding {@code source} (may be null: none yet)
     * merged with {@code additions} (keyed by {@link #sortKey}); a value with the same key replaces
     * the old one. Returns the temporary file, fsynced.
     */
    public Path merge(Path source, Path target, IndicatorCode indicator, NavigableMap<String, Measurement> additions)
            throws IOException {
        return AtomicFiles.writeTemp(target, out -> {
            Reader old = source == null ? null : new Reader(source);
            try (JsonGenerator g = codec.jsons().streaming().createGenerator(out)) {
                ObjectWriter w = new ObjectWriter(g);
                writeHeader(g, indicator);
                Iterator<Map.Entry<String, Measurement>> adds =
                        additions.entrySet().iterator();
                Map.Entry<String, Measurement> add = adds.hasNext() ? adds.next() : null;
                Measurement current = old == null ? null : old.next();
                while (current != null || add != null) {
                    int c;
                    if (current == null) {
                        c = 1;
                    } else if (add == null) {
                        c = -1;
                    } else {
                        c = sortKey(current).compareTo(add.getKey());
                    }
                    if (c < 0) {
                        MeasurementCodec.write(w, current);
                        current = old.next();
                    } else {
                        MeasurementCodec.write(w, add.getValue());
                        add = adds.hasNext() ? adds.next() : null;
                        if (c == 0) {
                            current = old.next();
                        }
                    }
                }
                g.writeRaw('\n');
            } finally {
                if (old != null) {
                    old.close();
                }
            }
        });
    }

    /**
     * K-way merge of {@code source} (may be null) and sorted runs (partition-format files written by
     * {@link #merge} with no source), into a temporary sibling of {@code target}. For equal keys the
     * later run wins over earlier ones and over the source. Memory: one value per input.
     */
    public Path mergeRuns(Path source, Path target, IndicatorCode indicator, List<Path> runs) throws IOException {
        return AtomicFiles.writeTemp(target, out -> {
            List<Reader> readers = new ArrayList<>();
            PriorityQueue<Head> heads = new PriorityQueue<>();
            try {
                List<Path> inputs = new ArrayList<>();
                if (source != null) {
                    inputs.add(source);
                }
                inputs.addAll(runs);
                for (int i = 0; i < inputs.size(); i++) {
                    Reader r = new Reader(inputs.get(i));
                    readers.add(r);
                    Head.push(heads, r, i);
                }
                try (JsonGenerator g = codec.jsons().streaming().createGenerator(out)) {
                    ObjectWriter w = new ObjectWriter(g);
                    writeHeader(g, indicator);
                    while (!heads.isEmpty()) {
                        Head first = heads.poll();
                        Head winner = first;
                        List<Head> same = new ArrayList<>();
                        same.add(first);
                        while (!heads.isEmpty() && heads.peek().key.equals(first.key)) {
                            Head h = heads.poll();
                            same.add(h);
                            if (h.precedence > winner.precedence) {
                                winner = h;
                            }
                        }
                        MeasurementCodec.write(w, winner.value);
                        for (Head h : same) {
                            Head.push(heads, h.reader, h.precedence);
                        }
                    }
                    g.writeRaw('\n');
                }
            } finally {
                readers.forEach(Reader::close);
            }
        });
    }

    private static void writeHeader(JsonGenerator g, IndicatorCode indicator) {
        g.writeStartObject();
        g.writeNumberProperty("formatVersion", FormatVersion.CURRENT);
        g.writeStringProperty("document", "measurements");
        g.writeStringProperty("indicator", indicator.value());
        g.writeEndObject();
    }

    private static final class Head implements Comparable<Head> {
        final String key;
        final Measurement value;
        final Reader reader;
        final int precedence;

        private Head(Measurement value, Reader reader, int precedence) {
            this.key = sortKey(value);
            this.value = value;
            this.reader = reader;
            this.precedence = precedence;
        }

        static void push(PriorityQueue<Head> heads, Reader reader, int precedence) {
            Measurement next = reader.next();
            if (next != null) {
                heads.add(new Head(next, reader, precedence));
            }
        }

        @Override
        public int compareTo(Head other) {
            int c = key.compareTo(other.key);
            return c != 0 ? c : Integer.compare(precedence, other.precedence);
        }
    }
}
