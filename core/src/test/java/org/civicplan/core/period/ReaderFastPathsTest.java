package org.civicplan.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written fast paths of the reader ({@link ReaderText#wordDates}, {@link DateForms#plain})
 * give exactly what the patterns they stand in front of give: on every phrase of the real corpus,
 * and on generated near-misses (odd numbers, missing parts, neighbouring words).
 */
class ReaderFastPathsTest {

    static Stream<String> keys() throws IOException {
        List<String> out = new ArrayList<>();
        for (DeadlineCorpusTest.Row row : DeadlineCorpusTest.rows()) {
            out.add(ReaderText.key(row.phrase()));
        }
        String[] parts = {
            "ngay",
            "thang",
            "nam",
            "quy",
            "giai doan",
            "ca",
            "truoc",
            "den",
            "1",
            "15",
            "123",
            "3",
            "12",
            "13",
            "0",
            "2023",
            "20231",
            "99",
            "2021-2025",
            "2025-2021",
            "15/3",
            "15/3/2022",
            "31/2/2022",
            "6/2023",
            "ii/2023",
            "iv/2023",
            "v/2023",
            "x",
            "nam nam",
            "thang6",
            "/",
            "-",
            "2022-23",
            "1899",
            "2201"
        };
        Random random = new Random(15);
        for (int i = 0; i < 1500; i++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(6);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    b.append(' ');
                }
                b.append(parts[random.nextInt(parts.length)]);
            }
            out.add(b.toString());
        }
        return out.stream();
    }

    /** Phrases as written: the corpus, and generated ones with the characters that make folding hard. */
    static Stream<String> phrases() throws IOException {
        List<String> out = new ArrayList<>();
        for (DeadlineCorpusTest.Row row : DeadlineCorpusTest.rows()) {
            out.add(row.phrase());
        }
        String[] parts = {
            "Ngày",
            "THÁNG",
            "năm",
            "Quý",
            "quí",
            "Uỷ",
            "hoà",
            "e\u0301",
            "\u00A0",
            "\t",
            "  ",
            ".",
            " .",
            "..",
            "-",
            " - ",
            "\u2013",
            "\u2044",
            "/",
            " / ",
            "\u200B",
            "(",
            ")",
            ",",
            "’",
            "15",
            "3",
            "2022",
            "ǅ",
            "İ",
            "Ω",
            "\u0394",
            "日",
            "\u1EA0",
            "\u0300",
            "x\u0323\u0302",
            "\u2028",
            "\u0085",
            "“",
            "”",
            "\"",
            ":",
            ";",
            "kể từ ngày ký"
        };
        Random random = new Random(16);
        for (int i = 0; i < 1500; i++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(7);
            for (int w = 0; w < words; w++) {
                b.append(random.nextBoolean() ? " " : "").append(parts[random.nextInt(parts.length)]);
            }
            out.add(b.toString());
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("phrases")
    void keyByTableAsByFold(String phrase) {
        assertThat(ReaderText.key(phrase)).isEqualTo(ReaderText.keyByFold(phrase));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void wordDatesAsThePatterns(String key) {
        assertThat(ReaderText.wordDates(key)).isEqualTo(ReaderText.wordDatesByPatterns(key));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void plainFormsAsThePatterns(String key) {
        Spans.Span fast = DateForms.plain(key);
        if (fast != null) {
            assertThat(fast).isEqualTo(DateForms.readByPatterns(key, key, ParseContext.none()));
        }
    }

    /** Day and month, or month, without a year: by hand as by the patterns, read or refused alike. */
    @ParameterizedTest
    @MethodSource("keys")
    void yearlessFormsAsThePatterns(String key) {
        yearlessAsThePatterns(key);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "31/2", "29/2", "0/5", "5/0", "12/13", "1/1", "00/12", "123/4", "4/123", "13", "0", "00", "7", "12",
                "1/", "/1", "1//1", "10/6 ", "10/6/"
            })
    void yearlessEdgesAsThePatterns(String key) {
        yearlessAsThePatterns(key);
    }

    private static void yearlessAsThePatterns(String key) {
        for (String k : List.of(key, "ngay " + key, "thang " + key)) {
            for (ParseContext ctx :
                    List.of(ParseContext.none(), ParseContext.documentDated(java.time.LocalDate.of(2022, 12, 20)))) {
                Object fast;
                try {
                    fast = DateForms.yearless(k, k, ctx);
                } catch (InvalidPeriodException e) {
                    fast = e.kind() + " " + e.getMessage();
                } catch (java.time.DateTimeException e) {
                    // a day 0 fails in both when its year is looked for; the reader turns this into a refusal
                    fast = e.toString();
                }
                if (fast != null) {
                    Object slow;
                    try {
                        slow = DateForms.readByPatterns(k, k, ctx);
                    } catch (InvalidPeriodException e) {
                        slow = e.kind() + " " + e.getMessage();
                    } catch (java.time.DateTimeException e) {
                        // a day 0 fails in both when its year is looked for; the reader turns this into a refusal
                        slow = e.toString();
                    }
                    assertThat(fast).as(k).isEqualTo(slow);
                }
            }
        }
    }

    /** The words kept as written are cut by hand where splitting and the patterns cut them. */
    @ParameterizedTest
    @MethodSource("phrases")
    void wordsFromAsThePatterns(String phrase) {
        for (int words = 0; words < 8; words++) {
            assertThat(ReaderText.wordsFrom(phrase, words)).isEqualTo(ReaderText.wordsFromByPatterns(phrase, words));
        }
        assertThat(ReaderText.refolded(phrase)).isEqualTo(ReaderText.refoldedByPatterns(phrase));
    }

    /** The rarer rewrites, each tried only where a look says it may apply, rewrite as all of them tried always. */
    @ParameterizedTest
    @MethodSource("keys")
    void rewritesAsEveryPatternTried(String key) {
        for (String k : List.of(key, key + "-2023", "quy " + key, "ngay " + key, key + ".5.2022")) {
            assertThat(ReaderText.rewrite(k)).isEqualTo(ReaderText.rewriteByPatterns(k));
        }
    }
}
