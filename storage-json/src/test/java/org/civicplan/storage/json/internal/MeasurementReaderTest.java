package org.civicplan.storage.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.civicplan.core.Lang;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.storage.json.JsonImportException;
import org.civicplan.storage.json.JsonReadLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Measurements read straight from the parser ({@link MeasurementReader}) against the same
 * measurements read through the located tree: for well-formed files and for every fault a value
 * can have — each property missing, repeated, of every other JSON type, out of range or refused,
 * an unknown one, the file cut or a character changed anywhere in a value, a read limit — the
 * same values are handed over and the same problems thrown (file, line, column, JSON pointer, both
 * languages, order), in UTF-8 and UTF-16, one value per line and spread over lines. The documents
 * are illustrative, built here.
 */
class MeasurementReaderTest {
    private static final String HEAD = "{\"formatVersion\": 2, \"measurements\": [\n";
    private static final String TAIL = "\n]}\n";
    private static final String SOURCE = "Báo cáo của Sở Khoa học và Công nghệ, quý III";

    /** Four values, one of each kind, with and without a source. */
    private static final List<Obj> BASE = List.of(
            Obj.of(
                    "indicator", q("CT07-01"),
                    "period", q(Period.quarter(2021, 3).code()),
                    "reportedBy", q("SKHCN"),
                    "value", Obj.of("type", q("count"), "value", "12")),
            Obj.of(
                    "indicator", q("CT07-02"),
                    "period", q(Period.year(2021).code()),
                    "reportedBy", q("SKHCN"),
                    "value", Obj.of("type", q("ratio"), "numerator", "3.5", "denominator", "40"),
                    "source", q(SOURCE)),
            Obj.of(
                    "indicator", q("CT07-03"),
                    "period", q(Period.firstHalf(2022).code()),
                    "reportedBy", q("STC"),
                    "value", Obj.of("type", q("money"), "amount", q("1500000000")),
                    "source", q("Sở Tài chính")),
            Obj.of(
                    "indicator", q("CT07-04"),
                    "period", q(Period.month(2022, 7).code()),
                    "reportedBy", q("UBND-HN"),
                    "value", Obj.of("type", q("milestone"), "reached", "true"),
                    "source", "null"));

    /** Every JSON type, for a property that should have another. */
    private static final List<String> OTHER_TYPES = List.of(
            "null",
            "7",
            "-2.5",
            "true",
            "false",
            q(""),
            q("chữ"),
            "[]",
            "{}",
            "[1, {\"a\": [2]}]",
            "{\"type\": \"count\"}");

    /** Values of the right JSON type that are wrong, or that only the full readers take. */
    private static final Map<String, List<String>> BAD_VALUES = Map.of(
            "indicator", List.of(q("x".repeat(65)), q("a\\u0001b"), q(" CT07-01 ")),
            "period", List.of(q("Quý V/2021"), q("Quý III/2021"), q("2021-Q5"), q("")),
            "reportedBy", List.of(q(""), q("Sở KH&CN\\n")),
            "type", List.of(q("percent"), q("COUNT"), q(" count")),
            "value",
                    List.of(
                            q("12"),
                            q("abc"),
                            "1e99999",
                            "1e-50",
                            "-3",
                            "-0",
                            "0.000",
                            "1.50",
                            "1E+3",
                            "123456789012345678901234567890",
                            "1" + "0".repeat(40),
                            "9".repeat(40),
                            "0." + "0".repeat(39) + "1",
                            "1." + "0".repeat(45)),
            "numerator", List.of(q("1.5"), "1e41", "-1"),
            "denominator", List.of("0", "-1", q("4"), "0.0", "1E+2147483648"),
            "amount", List.of(q("-5"), q("1,5 tỷ đồng"), q("12abc"), "12", "1.5", "-3", q(" 42 "), q("9".repeat(41))),
            "reached", List.of(q("true"), "1"),
            "source", List.of(q("x".repeat(5000)), q("")));

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void streamingReadsWhatTheTreeReads(String name, byte[] document, JsonReadLimits limits) {
        Outcome streamed = read(document, limits, true);
        Outcome tree = read(document, limits, false);

        assertThat(streamed).isEqualTo(tree);
    }

    /**
     * Codes are remembered for a reading ({@code MeasurementReader.indicatorCode}): a stream that
     * repeats codes, writes the same code differently (spaces, decomposed Vietnamese), mixes invalid
     * codes in, and holds more distinct codes than are remembered, reads as the tree reads it.
     */
    @org.junit.jupiter.api.Test
    void rememberedCodesReadWhatTheTreeReads() {
        String[] indicators = {
            "CT07-01", " CT07-01 ", "CT07-01", "Sở-01", "So\u031b\u0309-01", "", "x".repeat(65), "a\\u0001b", "CT07-01"
        };
        String[] units = {"SKHCN", "SKHCN ", "Sở KH", "So\u031b\u0309 KH", " ", "Sở KH&CN\\n", "SKHCN"};
        java.util.Random random = new java.util.Random(20);
        StringBuilder doc = new StringBuilder(HEAD);
        for (int i = 0; i < 12_000; i++) {
            String indicator = i % 3 == 0 ? "CT" + i : indicators[random.nextInt(indicators.length)];
            String unit = i % 5 == 0 ? "U" + i : units[random.nextInt(units.length)];
            doc.append(i == 0 ? "" : ",\n")
                    .append("{\"indicator\": ")
                    .append(q(indicator))
                    .append(", \"period\": ")
                    .append(q(Period.year(2021).code()))
                    .append(", \"reportedBy\": ")
                    .append(q(unit))
                    .append(", \"value\": {\"type\": \"count\", \"value\": ")
                    .append(i)
                    .append("}}");
        }
        byte[] document = doc.append(TAIL).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonReadLimits limits = JsonReadLimits.DEFAULT.withMaxProblems(1_000_000);
        Outcome streamed = read(document, limits, true);
        Outcome tree = read(document, limits, false);

        assertThat(streamed).isEqualTo(tree);
        assertThat(tree.values())
                .as(tree.summary()
                        + tree.problems().subList(0, Math.min(3, tree.problems().size())))
                .hasSizeGreaterThan(5_000);
        assertThat(tree.problems()).hasSizeGreaterThan(1_000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("certainFaults")
    void aMissingRepeatedOrUnknownPropertyIsAProblemAtItsValue(String name, byte[] document, int value) {
        Outcome streamed = read(document, JsonReadLimits.DEFAULT, true);

        // (a repeated property is a problem, yet the value is read with the first copy)
        assertThat(streamed.problems()).isNotEmpty().allMatch(p -> p.contains(" /measurements/" + value));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void wellFormedValuesAreReadWithoutTheTree(String name, byte[] document) {
        Outcome tree = read(document, JsonReadLimits.DEFAULT, false);
        Counted streamed = readCounting(document);

        assertThat(tree.problems()).isEmpty();
        assertThat(streamed.values()).isEqualTo(tree.values()).hasSize(BASE.size());
        assertThat(streamed.readByTree()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFaults")
    void aValueOnlyTheFullReadersTakeIsTheOnlyOneReadThroughTheTree(String name, byte[] document) {
        Outcome tree = read(document, JsonReadLimits.DEFAULT, false);
        Counted streamed = readCounting(document);

        assertThat(streamed.values()).isEqualTo(tree.values()).hasSize(BASE.size());
        assertThat(streamed.readByTree()).isLessThanOrEqualTo(1);
    }

    static Stream<Arguments> wellFormed() {
        List<Obj> reordered = BASE.stream().map(Obj::reversed).toList();
        return Stream.of(
                Arguments.of("one per line", document(BASE, false, StandardCharsets.UTF_8)),
                Arguments.of("spread over lines", document(BASE, true, StandardCharsets.UTF_8)),
                Arguments.of("UTF-16", document(BASE, false, StandardCharsets.UTF_16LE)),
                Arguments.of("properties in reverse order", document(reordered, true, StandardCharsets.UTF_8)),
                Arguments.of("as civicplan writes", written()));
    }

    /** Each fault of {@link #faultsOf} in each value, one per line, spread over lines, and in UTF-16. */
    static Stream<Arguments> propertyFaults() {
        List<Arguments> cases = new ArrayList<>();
        for (int k = 0; k < BASE.size(); k++) {
            for (Map.Entry<String, Obj> fault : faultsOf(BASE.get(k)).entrySet()) {
                List<Obj> values = new ArrayList<>(BASE);
                values.set(k, fault.getValue());
                String name = fault.getKey() + " in value " + k;
                cases.add(Arguments.of(name, document(values, false, StandardCharsets.UTF_8), k));
                cases.add(
                        Arguments.of(name + ", spread over lines", document(values, true, StandardCharsets.UTF_8), k));
                cases.add(Arguments.of(name + ", UTF-16", document(values, false, StandardCharsets.UTF_16BE), k));
            }
        }
        return cases.stream();
    }

    /** Faults that are problems whatever the value: a required property missing, any property twice, an unknown one. */
    static Stream<Arguments> certainFaults() {
        return propertyFaults().filter(a -> {
            String name = (String) a.get()[0];
            return name.startsWith("twice")
                    || name.startsWith("unknown")
                    || name.startsWith("missing") && !name.startsWith("missing source");
        });
    }

    /** Faults the full readers read as a value after all (an amount in words, a number as a string, …). */
    static Stream<Arguments> acceptedFaults() {
        return propertyFaults()
                .filter(a -> read((byte[]) a.get()[1], JsonReadLimits.DEFAULT, false)
                        .problems()
                        .isEmpty())
                .map(a -> Arguments.of(a.get()[0], a.get()[1]));
    }

    static Stream<Arguments> faults() {
        List<Arguments> cases = new ArrayList<>();
        propertyFaults().forEach(a -> cases.add(Arguments.of(a.get()[0], a.get()[1], JsonReadLimits.DEFAULT)));
        // the text of one value changed at every character: cut there, the character left out, another put in
        for (int k : new int[] {1, 2}) {
            String before = HEAD + values(BASE.subList(0, k), false) + ",\n";
            String value = BASE.get(k).json(false, "");
            String after = ",\n" + values(BASE.subList(k + 1, BASE.size()), false) + TAIL;
            for (int i = 0; i <= value.length(); i++) {
                String head = before + value.substring(0, i);
                String tail = value.substring(i) + after;
                cases.add(text("cut at " + i + " in value " + k, head));
                if (i < value.length()) {
                    cases.add(text("character " + i + " left out in value " + k, head + tail.substring(1)));
                }
                for (String extra : List.of(",", "}", "]", "\"", "x", ":", "\\")) {
                    cases.add(text("'" + extra + "' put in at " + i + " in value " + k, head + extra + tail));
                }
            }
        }
        // read limits: a long string, deep nesting, few problems allowed
        JsonReadLimits shortStrings = JsonReadLimits.DEFAULT.withMaxStringLength(64);
        for (String path : List.of("indicator", "source", "value/type", "value/amount")) {
            List<Obj> values = new ArrayList<>(BASE);
            values.set(2, BASE.get(2).replaced(path, q("9".repeat(70))));
            cases.add(Arguments.of(
                    "a string over the limit at " + path,
                    document(values, false, StandardCharsets.UTF_8),
                    shortStrings));
        }
        List<Obj> deep = new ArrayList<>(BASE);
        deep.set(1, BASE.get(1).replaced("source", "[".repeat(20) + "]".repeat(20)));
        cases.add(Arguments.of(
                "nesting over the limit",
                document(deep, false, StandardCharsets.UTF_8),
                JsonReadLimits.DEFAULT.withMaxNestingDepth(8)));
        List<Obj> manyBad = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            manyBad.add(BASE.get(i % BASE.size()).without("period"));
            manyBad.add(BASE.get(i % BASE.size()));
        }
        cases.add(Arguments.of(
                "more problems than allowed",
                document(manyBad, false, StandardCharsets.UTF_8),
                JsonReadLimits.DEFAULT.withMaxProblems(3)));
        // the cases other tests of this module read
        cases.add(text(
                "not a period (JsonErrorMessagesTest)",
                "{\"formatVersion\": 1, \"measurements\": [\n"
                        + "{\"indicator\": \"A\", \"period\": \"2021\", \"reportedBy\": \"U\", \"value\": {\"type\": \"count\", \"value\": 1}},\n"
                        + "{\"indicator\": \"A\", \"period\": \"Quý V/2021\", \"reportedBy\": \"U\", \"value\": {\"type\": \"count\", \"value\": 1}}\n"
                        + "]}"));
        cases.add(text(
                "a count without its value (MeasurementStreamingTest)",
                "{\"formatVersion\": 1, \"measurements\": [\n"
                        + "{\"indicator\": \"CT07-01\", \"period\": \"2025\", \"reportedBy\": \"SKHCN\", \"value\": {\"type\": \"count\", \"value\": 1}},\n"
                        + "{\"indicator\": \"CT07-01\", \"period\": \"2026\", \"reportedBy\": \"SKHCN\", \"value\": {\"type\": \"count\"}}\n"
                        + "]}"));
        cases.add(text(
                "a zero denominator (JsonErrorMessagesTest)",
                "{\"formatVersion\": 1, \"measurements\": [\n"
                        + " {\"indicator\": \"CT07-01\", \"period\": \"2021-H1\", \"reportedBy\": \"SKHCN\",\n"
                        + "  \"value\": {\"type\": \"ratio\", \"numerator\": 1, \"denominator\": 0}}]}"));
        cases.add(text(
                "an unknown value type (JsonErrorMessagesTest)",
                "{\"formatVersion\": 1, \"measurements\": [\n"
                        + " {\"indicator\": \"CT07-01\", \"period\": \"2021-H1\", \"reportedBy\": \"SKHCN\",\n"
                        + "  \"value\": {\"type\": \"percent\", \"value\": 1}}]}"));
        cases.add(text("not an object in the list", "{\"formatVersion\": 2, \"measurements\": [1, null, \"x\", []]}"));
        return cases.stream();
    }

    /** Each property of {@code m} (and of its value) missing, twice, of every other type, of a wrong value; an unknown one. */
    private static Map<String, Obj> faultsOf(Obj m) {
        Map<String, Obj> faults = new java.util.LinkedHashMap<>();
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, Object> p : m.properties()) {
            paths.add(p.getKey());
            if (p.getValue() instanceof Obj inner) {
                inner.properties().forEach(e -> paths.add(p.getKey() + "/" + e.getKey()));
            }
        }
        for (String path : paths) {
            faults.put("missing " + path, m.without(path));
            faults.put("twice " + path, m.twice(path));
            for (String other : OTHER_TYPES) {
                faults.put(path + " " + other, m.replaced(path, other));
            }
            String last = path.substring(path.lastIndexOf('/') + 1);
            for (String bad : BAD_VALUES.getOrDefault(last, List.of())) {
                faults.put(path + " " + bad, m.replaced(path, bad));
            }
        }
        faults.put("unknown property", m.plus("", "note", q("x")));
        faults.put("unknown property in the value", m.plus("value", "unit", q("người")));
        faults.put("unknown property with an object", m.plus("", "extra", "{\"a\": {\"b\": [1, 2]}}"));
        faults.put("a source where there was none", m.replaced("source", q(SOURCE)));
        return faults;
    }

    private static Arguments text(String name, String document) {
        return Arguments.of(name, document.getBytes(StandardCharsets.UTF_8), JsonReadLimits.DEFAULT);
    }

    private static byte[] document(List<Obj> values, boolean spread, Charset charset) {
        return (HEAD + values(values, spread) + TAIL).getBytes(charset);
    }

    private static String values(List<Obj> values, boolean spread) {
        StringBuilder text = new StringBuilder();
        for (Obj v : values) {
            text.append(text.length() == 0 ? "" : ",\n").append(v.json(spread, "  "));
        }
        return text.toString();
    }

    /** The four values as {@link Codec#writeMeasurements} writes them. */
    private static byte[] written() {
        List<Measurement> values = List.of(
                new Measurement(
                        IndicatorCode.of("CT07-01"),
                        Period.quarter(2021, 3),
                        UnitCode.of("SKHCN"),
                        MeasuredValue.count(12),
                        Optional.empty()),
                new Measurement(
                        IndicatorCode.of("CT07-02"),
                        Period.year(2021),
                        UnitCode.of("SKHCN"),
                        new MeasuredValue.Ratio(new java.math.BigDecimal("3.5"), new java.math.BigDecimal("40")),
                        Optional.of(SOURCE)),
                new Measurement(
                        IndicatorCode.of("CT07-03"),
                        Period.firstHalf(2022),
                        UnitCode.of("STC"),
                        new MeasuredValue.Money(Vnd.of(1_500_000_000L)),
                        Optional.of("Sở Tài chính")),
                new Measurement(
                        IndicatorCode.of("CT07-04"),
                        Period.month(2022, 7),
                        UnitCode.of("UBND-HN"),
                        new MeasuredValue.Milestone(true),
                        Optional.empty()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Codec(JsonReadLimits.DEFAULT).writeMeasurements(values.iterator(), out);
        return out.toByteArray();
    }

    /** What one reading gives: the values handed over, then each problem as described in both languages. */
    record Outcome(List<Measurement> values, List<String> problems, String summary) {}

    private static Outcome read(byte[] document, JsonReadLimits limits, boolean streaming) {
        List<Measurement> values = new ArrayList<>();
        try (MeasurementCursor cursor =
                new Codec(limits).cursor(new ByteArrayInputStream(document), "m.json", streaming)) {
            while (cursor.hasNext()) {
                values.add(cursor.next());
            }
            return new Outcome(values, List.of(), "");
        } catch (JsonImportException e) {
            List<String> problems = e.problems().stream()
                    .map(p -> p.describe(Lang.VI) + " | " + p.describe(Lang.EN))
                    .toList();
            return new Outcome(
                    values, problems, e.text().vi() + " | " + e.text().en());
        }
    }

    record Counted(List<Measurement> values, long readByTree) {}

    /** Reads the values of a well-formed document with a {@link MeasurementReader}, counting those read through the tree. */
    private static Counted readCounting(byte[] document) {
        Problems problems = new Problems("m.json", 50);
        try (JsonParser parser = new Jsons(JsonReadLimits.DEFAULT).streaming().createParser(document)) {
            MeasurementReader reader =
                    new MeasurementReader(new TreeReader(parser, problems), new Scalars(problems), true);
            while (parser.nextToken() != JsonToken.START_ARRAY) {
                // to the list of values
            }
            List<Measurement> values = new ArrayList<>();
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                Measurement m = reader.read(new Node.Child("/measurements", index++));
                if (m != null) {
                    values.add(m);
                }
            }
            assertThat(problems.list()).isEmpty();
            return new Counted(values, reader.readByTree());
        }
    }

    private static String q(String text) {
        return "\"" + text + "\"";
    }

    /** A JSON object as written: properties in order, repeats allowed; a value is JSON text or an {@link Obj}. */
    record Obj(List<Map.Entry<String, Object>> properties) {
        static Obj of(Object... namesAndValues) {
            List<Map.Entry<String, Object>> properties = new ArrayList<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                properties.add(new SimpleEntry<>((String) namesAndValues[i], namesAndValues[i + 1]));
            }
            return new Obj(List.copyOf(properties));
        }

        /** {@code path}: a property, or {@code value/…} one of the value's. */
        Obj without(String path) {
            return edit(path, (list, i) -> list.remove(i));
        }

        Obj twice(String path) {
            return edit(path, (list, i) -> list.add(list.get(i)));
        }

        Obj replaced(String path, Object value) {
            if (!has(path)) {
                return plus(path.contains("/") ? path.substring(0, path.indexOf('/')) : "", last(path), value);
            }
            return edit(
                    path, (list, i) -> list.set(i, new SimpleEntry<>(list.get(i).getKey(), value)));
        }

        /** {@code in}: "" for this object, or the name of an inner one. */
        Obj plus(String in, String name, Object value) {
            List<Map.Entry<String, Object>> copy = new ArrayList<>(properties);
            if (in.isEmpty()) {
                copy.add(new SimpleEntry<>(name, value));
            } else {
                int i = indexOf(in);
                copy.set(i, new SimpleEntry<>(in, ((Obj) copy.get(i).getValue()).plus("", name, value)));
            }
            return new Obj(List.copyOf(copy));
        }

        Obj reversed() {
            List<Map.Entry<String, Object>> copy = new ArrayList<>();
            for (Map.Entry<String, Object> p : properties) {
                copy.add(0, p.getValue() instanceof Obj inner ? new SimpleEntry<>(p.getKey(), inner.reversed()) : p);
            }
            return new Obj(List.copyOf(copy));
        }

        private boolean has(String path) {
            int slash = path.indexOf('/');
            if (slash < 0) {
                return indexOf(path) >= 0;
            }
            int i = indexOf(path.substring(0, slash));
            return i >= 0 && properties.get(i).getValue() instanceof Obj inner && inner.has(path.substring(slash + 1));
        }

        private Obj edit(String path, java.util.function.ObjIntConsumer<List<Map.Entry<String, Object>>> change) {
            List<Map.Entry<String, Object>> copy = new ArrayList<>(properties);
            int slash = path.indexOf('/');
            if (slash < 0) {
                change.accept(copy, indexOf(path));
            } else {
                int i = indexOf(path.substring(0, slash));
                Obj inner = ((Obj) copy.get(i).getValue()).edit(path.substring(slash + 1), change);
                copy.set(i, new SimpleEntry<>(copy.get(i).getKey(), inner));
            }
            return new Obj(List.copyOf(copy));
        }

        private int indexOf(String name) {
            return IntStream.range(0, properties.size())
                    .filter(i -> properties.get(i).getKey().equals(name))
                    .findFirst()
                    .orElse(-1);
        }

        private static String last(String path) {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** One line, or ({@code spread}) a property a line, indented by {@code indent}. */
        String json(boolean spread, String indent) {
            String between = spread ? ",\n" + indent + " " : ", ";
            StringBuilder s = new StringBuilder(spread ? indent + "{" : "{");
            for (int i = 0; i < properties.size(); i++) {
                Map.Entry<String, Object> p = properties.get(i);
                s.append(i == 0 ? "" : between).append(q(p.getKey())).append(": ");
                s.append(p.getValue() instanceof Obj inner ? inner.json(false, "") : p.getValue());
            }
            return s.append("}").toString();
        }
    }
}
