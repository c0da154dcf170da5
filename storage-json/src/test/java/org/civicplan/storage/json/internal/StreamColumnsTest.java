package org.civicplan.storage.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.civicplan.core.Lang;
import org.civicplan.storage.json.JsonImportException;
import org.civicplan.storage.json.JsonProblem;
import org.civicplan.storage.json.JsonReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The columns of a measurement stream's problems counted only when a problem is reported ({@link
 * StreamColumns}): against a plain count over the text, and against the columns counted as every
 * byte is read ({@link Utf8Columns}), for problems on the first line, after multi-byte characters,
 * after CR LF, at the end of the file, deep in a large file and after a line longer than the bytes
 * kept; in UTF-8 (with and without a byte order mark) and UTF-16. The documents are illustrative,
 * built here.
 */
class StreamColumnsTest {
    private static final String[] PIECES = {
        "{\"a\": 1}",
        "Hà Nội",
        "Ủy ban nhân dân",
        "🏙",
        "\n",
        "\r\n",
        "\r",
        " ",
        "x",
        "\"Quý III/2021\"",
        "đồng",
        "{\"indicator\":\"CT07-01\",\"period\":\"2021-M07\",\"reportedBy\":\"SO-KHDT\"}",
    };

    static Stream<Arguments> texts() {
        List<Arguments> cases = new ArrayList<>();
        for (int seed = 0; seed < 30; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder(seed % 5 == 0 ? "\uFEFF" : "");
            for (int i = 0; i < 300; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            cases.add(Arguments.of(seed, text.toString(), seed % 2 == 0 ? 64 : 1 << 20));
        }
        return cases.stream();
    }

    /**
     * After every read, and after the reader sets out from a later line, every column from that line
     * on counts the characters before it; with few bytes kept, every column of the bytes kept does.
     */
    @ParameterizedTest(name = "text {0}, {2} bytes kept")
    @MethodSource("texts")
    void everyColumnFromTheLineSetOutFromCountsTheCharactersBeforeIt(int seed, String text, int maxKept)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(seed);
        try (StreamColumns columns = new StreamColumns(new ByteArrayInputStream(bytes), maxKept)) {
            int at = 0;
            int from = 1;
            while (at < bytes.length) {
                int n = random.nextInt(5) == 0
                        ? (columns.read() < 0 ? -1 : 1)
                        : columns.read(new byte[200], random.nextInt(8), 1 + random.nextInt(190));
                at += Math.max(n, 0);
                List<Integer> starts = lineStarts(bytes, at);
                if (random.nextInt(3) == 0) {
                    int line = from + random.nextInt(starts.size() - from + 1);
                    columns.keepFrom(line, starts.get(line - 1));
                    from = line;
                }
                for (int line = from; line <= starts.size(); line++) {
                    int start = starts.get(line - 1);
                    // up to the line's end: Jackson places nothing past it
                    int length = line < starts.size() ? starts.get(line) - start : at - start + 1;
                    for (int byteColumn = 1; byteColumn <= Math.min(60, length); byteColumn++) {
                        if (start + byteColumn - 1 < at - maxKept + 1) {
                            continue; // not kept
                        }
                        assertThat(columns.column(line, byteColumn))
                                .as("line %d, byte column %d, after %d bytes", line, byteColumn, at)
                                .isEqualTo(characterColumn(bytes, start, byteColumn, at));
                    }
                }
            }
        }
    }

    @Test
    void textInUtf16IsLeftAsJacksonCountsIt() throws IOException {
        byte[] bytes = "{\"a\": \"Hà Nội\",\r\n \"b\": 1}".getBytes(StandardCharsets.UTF_16LE);
        try (StreamColumns columns = new StreamColumns(new ByteArrayInputStream(bytes))) {
            assertThat(columns.readAllBytes()).isEqualTo(bytes);
            assertThat(columns.column(1, 17)).isEqualTo(17);
            assertThat(columns.column(2, 9)).isEqualTo(9);
        }
    }

    // whole streams: each problem where a plain count over the text places it

    private static final String HEAD = "{\"formatVersion\": 2, \"measurements\": [";

    private static String good(int i) {
        return "{\"indicator\": \"CT07-0" + (i % 9 + 1) + "\", \"period\": \"2021-Q" + (i % 4 + 1)
                + "\", \"reportedBy\": \"SKHCN\", \"value\": {\"type\": \"count\", \"value\": " + i
                + "}, \"source\": \"Báo cáo của Sở Khoa học và Công nghệ số " + i + "\"}";
    }

    /** A value whose period is not one, after Vietnamese text on its line. */
    private static final String BAD = "{\"indicator\": \"CT07-01\", \"source\": \"Sở Tài chính, Ủy ban\","
            + " \"reportedBy\": \"STC\", \"value\": {\"type\": \"count\", \"value\": 1}, \"period\": \"Quý V/2021\"}";

    private static String stream(int before, String bad, int after, String lineBreak) {
        StringBuilder s = new StringBuilder(HEAD).append(lineBreak);
        for (int i = 0; i < before; i++) {
            s.append(good(i)).append(",").append(lineBreak);
        }
        s.append(bad);
        for (int i = 0; i < after; i++) {
            s.append(",").append(lineBreak).append(good(i));
        }
        return s.append(lineBreak).append("]}").append(lineBreak).toString();
    }

    static Stream<Arguments> placed() {
        List<Arguments> cases = new ArrayList<>();
        for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE)) {
            String c = " (" + charset + ")";
            cases.add(Arguments.of(
                    "on the first line" + c,
                    "{\"tên\": \"Hà Nội\", \"x\": 1, \"formatVersion\": 2, \"measurements\": []}",
                    charset,
                    "/x",
                    "1, \"formatVersion"));
            cases.add(Arguments.of(
                    "the version on the first line, after a byte order mark" + c,
                    "\uFEFF{\"tên\": \"Hà Nội\", \"formatVersion\": 99, \"measurements\": []}",
                    charset,
                    "/formatVersion",
                    "99"));
            cases.add(Arguments.of(
                    "after multi-byte characters" + c,
                    stream(3, BAD, 3, "\n"),
                    charset,
                    "/measurements/3/period",
                    "\"Quý V"));
            cases.add(Arguments.of(
                    "after CR LF" + c, stream(3, BAD, 3, "\r\n"), charset, "/measurements/3/period", "\"Quý V"));
            cases.add(Arguments.of(
                    "after CR" + c, stream(3, BAD, 3, "\r"), charset, "/measurements/3/period", "\"Quý V"));
            cases.add(Arguments.of(
                    "at the end of the file" + c,
                    HEAD + "\n" + good(0) + ",\n" + good(1) + ",\n" + good(7) + "]} \"Đà Nẵng\"",
                    charset,
                    "",
                    "\"Đà Nẵng\""));
            cases.add(Arguments.of(
                    "deep in a large file" + c,
                    stream(5_000, BAD, 10, "\n"),
                    charset,
                    "/measurements/5000/period",
                    "\"Quý V"));
        }
        // a line longer than the bytes kept (here 20,000), the problem after it
        StringBuilder longLine = new StringBuilder("{\"formatVersion\": 2, \"x\": [");
        for (int i = 0; i < 5_000; i++) {
            longLine.append(i == 0 ? "" : ", ").append("\"Hà Nội\"");
        }
        longLine.append("], \"tên\": \"Đà Nẵng\", \"y\": 5, \"measurements\": []}\n");
        cases.add(Arguments.of(
                "after a line longer than the bytes kept", longLine.toString(), StandardCharsets.UTF_8, "/y", "5, "));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placed")
    void aProblemIsWhereAPlainCountPlacesIt(String name, String text, Charset charset, String pointer, String at) {
        byte[] document = text.getBytes(charset);
        List<JsonProblem> problems =
                problems(new Codec(JsonReadLimits.DEFAULT).cursor(new ByteArrayInputStream(document), "m.json"));
        List<JsonProblem> fewBytesKept = problems(cursor(document, 20_000));

        int index = text.lastIndexOf(at);
        assertThat(problems)
                .filteredOn(p -> p.pointer().equals(pointer))
                .first()
                .extracting(JsonProblem::location)
                .isEqualTo("m.json:" + line(text, index) + ":" + column(text, index));
        assertThat(problems)
                .isEqualTo(problems(new Codec(JsonReadLimits.DEFAULT)
                        .cursorCountingEveryByte(new ByteArrayInputStream(document), "m.json")));
        assertThat(fewBytesKept).isEqualTo(problems);
    }

    /** A cursor keeping at most {@code maxKept} bytes past the line it set out from. */
    private static MeasurementCursor cursor(byte[] document, int maxKept) {
        Problems problems = new Problems("m.json", JsonReadLimits.DEFAULT.maxProblems());
        StreamColumns columns = new StreamColumns(new ByteArrayInputStream(document), maxKept);
        problems.countColumnsIn(columns);
        return new MeasurementCursor(new Jsons(JsonReadLimits.DEFAULT), problems, columns, columns, true);
    }

    /** Every fault {@link MeasurementReaderTest} reads, and the faults of a file cut anywhere near its end. */
    static Stream<Arguments> faults() {
        List<Arguments> cases = new ArrayList<>(MeasurementReaderTest.faults().toList());
        String whole = stream(200, BAD, 2, "\r\n");
        byte[] bytes = whole.getBytes(StandardCharsets.UTF_8);
        for (int cut = bytes.length - 700; cut < bytes.length; cut += 7) {
            cases.add(Arguments.of("cut at byte " + cut, java.util.Arrays.copyOf(bytes, cut), JsonReadLimits.DEFAULT));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void theProblemsAreThoseOfColumnsCountedAsEveryByteIsRead(String name, byte[] document, JsonReadLimits limits) {
        List<String> counted = described(
                problems(new Codec(limits).cursorCountingEveryByte(new ByteArrayInputStream(document), "m.json")));
        List<String> lazily =
                described(problems(new Codec(limits).cursor(new ByteArrayInputStream(document), "m.json")));

        assertThat(lazily).isEqualTo(counted);
    }

    private static List<JsonProblem> problems(MeasurementCursor cursor) {
        try (cursor) {
            while (cursor.hasNext()) {
                cursor.next();
            }
            return List.of();
        } catch (JsonImportException e) {
            return e.problems();
        }
    }

    private static List<String> described(List<JsonProblem> problems) {
        return problems.stream()
                .map(p -> p.describe(Lang.VI) + " | " + p.describe(Lang.EN))
                .toList();
    }

    /** The 1-based line of the character at {@code index} (CR, LF and CR LF end a line). */
    private static int line(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i > 0 && text.charAt(i - 1) == '\r') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column in characters (code points; a byte order mark is none) of the one at {@code index}. */
    private static int column(String text, int index) {
        int start = Math.max(text.lastIndexOf('\n', index - 1), text.lastIndexOf('\r', index - 1)) + 1;
        if (start == 0 && text.startsWith("\uFEFF")) {
            start = 1;
        }
        return text.codePointCount(start, index) + 1;
    }

    /** The offsets at which the lines of the first {@code length} bytes start. */
    private static List<Integer> lineStarts(byte[] bytes, int length) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\r' && i + 1 < length && bytes[i + 1] == '\n') {
                continue;
            }
            if (bytes[i] == '\r' && i + 1 == length) {
                break; // maybe the first half of a CR LF: the line starts after both
            }
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** {@link Utf8Columns}' count: the bytes before the column that are neither continuation bytes nor a byte order mark. */
    private static int characterColumn(byte[] bytes, int start, int byteColumn, int read) {
        if (byteColumn <= 1) {
            return byteColumn;
        }
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int before = 0;
        for (int i = start; i < Math.min(read, start + byteColumn - 1); i++) {
            if ((bytes[i] & 0xC0) == 0x80 || bom && i < 3 && read >= 3) {
                before++;
            }
        }
        return Math.max(1, byteColumn - before);
    }
}
