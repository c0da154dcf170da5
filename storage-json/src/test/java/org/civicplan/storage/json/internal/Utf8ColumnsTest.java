package org.civicplan.storage.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Byte columns turned into character columns, against a plain count over the bytes read so far:
 * for every line and column, whatever the sizes of the reads, with line breaks of every kind, and
 * when only the latest lines are kept.
 */
class Utf8ColumnsTest {
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
        // long runs of plain ASCII, which are let through eight bytes at a time
        "{\"indicator\":\"CT07-01\",\"period\":\"2021-M07\",\"reportedBy\":\"SO-KHDT\"}",
        "\"measurements\": ["
    };

    static Stream<Arguments> texts() {
        List<Arguments> cases = new ArrayList<>();
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            int kept = seed % 3 == 0 ? 3 : seed % 3 == 1 ? 4096 : Integer.MAX_VALUE;
            cases.add(Arguments.of(seed, text.toString(), kept));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "text {0}, {2} lines kept")
    @MethodSource("texts")
    void everyColumnCountsTheCharactersBeforeIt(int seed, String text, int kept) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(seed);
        try (Utf8Columns columns = new Utf8Columns(new ByteArrayInputStream(bytes), kept)) {
            int at = 0;
            while (at < bytes.length) {
                int n;
                if (random.nextInt(4) == 0) {
                    n = columns.read() < 0 ? -1 : 1;
                } else {
                    n = columns.read(new byte[160], random.nextInt(8), 1 + random.nextInt(150));
                }
                at += Math.max(n, 0);
                List<List<Integer>> lines = continuations(bytes, at);
                List<Integer> actual = new ArrayList<>();
                List<Integer> expected = new ArrayList<>();
                for (int line = 1; line <= lines.size(); line++) {
                    List<Integer> on = lines.get(line - 1);
                    boolean remembered = line == lines.size() || keptLines(lines, kept, line);
                    for (int byteColumn = 1; byteColumn <= 40; byteColumn++) {
                        int before = byteColumn;
                        actual.add(columns.column(line, byteColumn));
                        expected.add(
                                remembered
                                        ? Math.max(
                                                1,
                                                byteColumn
                                                        - (int) on.stream()
                                                                .filter(c -> c < before)
                                                                .count())
                                        : byteColumn);
                    }
                }
                assertThat(actual).as("after %d bytes", at).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest(name = "text {0}")
    @MethodSource("texts")
    void textInUtf16IsLeftAsJacksonCountsIt(int seed, String text, int kept) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_16BE);
        try (Utf8Columns columns = new Utf8Columns(new ByteArrayInputStream(bytes), kept)) {
            assertThat(columns.readAllBytes()).isEqualTo(bytes);
            assertThat(columns.column(1, 17)).isEqualTo(17);
            assertThat(columns.column(2, 9)).isEqualTo(9);
        }
    }

    /** Whether {@code line} is among the latest {@code kept} finished lines that have continuation bytes. */
    private static boolean keptLines(List<List<Integer>> lines, int kept, int line) {
        long later = lines.subList(line, lines.size() - 1).stream()
                .filter(l -> !l.isEmpty())
                .count();
        return later < kept;
    }

    /**
     * The 1-based byte columns of the continuation bytes of each line of the first {@code length}
     * bytes (CR, LF and CR LF end a line).
     */
    private static List<List<Integer>> continuations(byte[] bytes, int length) {
        List<List<Integer>> lines = new ArrayList<>();
        List<Integer> line = new ArrayList<>();
        lines.add(line);
        int column = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n' && i > 0 && bytes[i - 1] == '\r') {
                continue;
            }
            if (b == '\n' || b == '\r') {
                line = new ArrayList<>();
                lines.add(line);
                column = 0;
                continue;
            }
            column++;
            if ((b & 0xC0) == 0x80) {
                line.add(column);
            }
        }
        return lines;
    }
}
