package org.civicplan.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

    /**
     * Every character the first pass looks up in its table (and the rest of the BMP), in a phrase
     * and at its ends, gives the key the general way gives: the table holds, for each character,
     * what classifying and folding it one by one did.
     */
    @Test
    void keyByTableAsByFoldForEveryCharacter() {
        List<String> differ = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            String ch = String.valueOf((char) c);
            for (String phrase :
                    new String[] {"trước ngày 1" + ch + "5/3/2023", ch + "quý II" + ch, "Quý " + ch + " III/2023"}) {
                String key = ReaderText.key(phrase);
                if (!key.equals(ReaderText.keyByFold(phrase))) {
                    differ.add(Integer.toHexString(c) + ": " + key);
                }
            }
        }
        assertThat(differ).isEmpty();
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

    /**
     * Keys rich in what the lead words, ranges, anchors, recurrences and parts of a year are made of:
     * the corpus keys and generated phrases made keys, so each holds what {@link ReaderText#key} gives.
     */
    static Stream<String> formKeys() throws IOException {
        List<String> out = new ArrayList<>();
        for (DeadlineCorpusTest.Row row : DeadlineCorpusTest.rows()) {
            out.add(ReaderText.key(row.phrase()));
        }
        String[] parts = {
            "từ",
            "kể từ",
            "đến",
            "đến hết",
            "tới",
            "và",
            "hết",
            "trước",
            "chậm nhất",
            "trong",
            "vào",
            "thời gian",
            "hoàn thành",
            "đầu",
            "giữa",
            "cuối",
            "năm",
            "tháng",
            "quý",
            "nửa",
            "ngày",
            "thứ Hai",
            "chủ nhật",
            "lúc",
            "16h00",
            "9 giờ",
            "sáng",
            "chiều",
            "25h",
            "8h",
            "30",
            "6",
            "06",
            "sáu",
            "4",
            "13",
            "123",
            "2023",
            "15/3",
            "15/3/2022",
            "làm việc",
            "tính từ",
            "sau",
            "sau khi",
            "ký",
            "hằng",
            "định kỳ",
            "mỗi",
            "tuần",
            "hoặc",
            "báo cáo",
            "lần",
            "6 tháng",
            "nửa năm",
            "x",
            "-",
            "/",
            ",",
            "II",
            "đầu năm",
            "cuối năm",
            "định hướng",
            "tầm nhìn",
            "hướng tới",
            "hướng tới_",
            "theo",
            "định hướngx",
            "ca"
        };
        Random random = new Random(17);
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(7);
            for (int w = 0; w < words; w++) {
                b.append(' ').append(parts[random.nextInt(parts.length)]);
            }
            out.add(ReaderText.key(b.toString()));
        }
        return out.stream();
    }

    private static final java.util.regex.Pattern PART =
            java.util.regex.Pattern.compile("^(dau|giua|cuoi) (?=thang|quy|nam|nua)");

    private static final java.util.regex.Pattern PART_OF_YEAR =
            java.util.regex.Pattern.compile("(?:\\d{1,2}|sau) thang (?:dau|cuoi)(?: nam)?(?: \\d{1,9})?");

    /** The lead words read by offsets, the parts ("đầu", "giữa", "cuối") by hand, as by the patterns. */
    @ParameterizedTest
    @MethodSource("formKeys")
    void leadWordsAsThePatterns(String key) {
        assertThat(LeadWords.strip(key)).as(key).isEqualTo(LeadWords.stripByPatterns(key));
        for (int from = 0; from <= key.length(); from++) {
            java.util.regex.Matcher m = PART.matcher(key.substring(from));
            int expected =
                    !m.find() ? -1 : m.group(1).equals("dau") ? 1 : m.group(1).equals("giua") ? 2 : 3;
            assertThat(LeadWords.part(key, from)).as(key + " @" + from).isEqualTo(expected);
        }
    }

    /** The orientation after a stage ("định hướng đến năm 2030") is found by hand where its pattern finds it. */
    @ParameterizedTest
    @MethodSource("formKeys")
    void orientationFoundAsByThePattern(String key) {
        for (String k : List.of(key, "giai doan 2021-2025 " + key, key + " dinh huong den nam 2030")) {
            assertThat(PeriodReader.orientationAt(k)).as(k).isEqualTo(PeriodReader.orientationAtByPattern(k));
        }
    }

    /** A range or an open start is cut by hand where the patterns cut it. */
    @ParameterizedTest
    @MethodSource("formKeys")
    void rangesCutAsByThePatterns(String key) {
        assertThat(RangeForms.split(key)).as(key).isEqualTo(RangeForms.splitByPatterns(key));
        for (String k : List.of("tu " + key, "ke tu " + key, key + " va " + key, "tu " + key + " den het " + key)) {
            assertThat(RangeForms.split(k)).as(k).isEqualTo(RangeForms.splitByPatterns(k));
        }
    }

    /** The original's words after a place in the key, compared in place as when both were built, from every place. */
    @ParameterizedTest
    @MethodSource("phrases")
    void originalAfterAsWhenBuilt(String phrase) {
        for (String text : List.of(phrase, phrase + " ,", "Trong 30 ngày, kể từ: " + phrase + "  ;")) {
            String key = ReaderText.key(text);
            for (int start = 0; start <= key.length(); start++) {
                assertThat(ReaderText.originalAfter(text, key, start))
                        .as("%s @%d", text, start)
                        .isEqualTo(ReaderText.originalAfterBuilt(text, key, start));
            }
            // and against keys the words do not come from
            for (String other : List.of(key + ":", " " + key + " ", key.replace(' ', ','), "")) {
                assertThat(ReaderText.refoldsTo(phrase, other, 0))
                        .as("%s / %s", phrase, other)
                        .isEqualTo(ReaderText.refolded(phrase).equals(other.strip()));
            }
        }
    }

    /** The anchor patterns' groups read by hand as the patterns find them, on the keys and around them. */
    @ParameterizedTest
    @MethodSource("formKeys")
    void anchorsReadAsByThePatterns(String key) {
        for (String k : List.of(
                key, "trong " + key, key + " ke tu ngay ky", key + " ngay lam viec sau " + key, "sau khi " + key)) {
            anchorAsByThePatterns(k);
        }
    }

    /** 40,000 keys made of the anchor patterns' words, counts, line ends and near-misses. */
    @Test
    void anchorsReadAsByThePatternsOnGeneratedKeys() {
        String[] parts = {
            "trong",
            "thoi",
            "han",
            "vong",
            "sau",
            "cham",
            "nhat",
            "la",
            "khong",
            "qua",
            "toi",
            "da",
            "muon",
            "ngay",
            "lam",
            "viec",
            "thang",
            "ke",
            "tu",
            "khi",
            "tinh",
            "1",
            "30",
            "123",
            "1234",
            "05",
            "x",
            "ky",
            "ban hanh",
            "",
            "\n",
            "\u2028",
            "\r",
            "a\u0085",
            "7ngay",
            "ngay1",
            "trong thoi han",
            "cham nhat la",
            "ke tu khi"
        };
        Random random = new Random(2026);
        int offsets = 0;
        int afterEvents = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder b = new StringBuilder();
            if (random.nextInt(4) == 0) {
                String[] afters = {"ngay sau khi", "ngay sau sau khi", "sau khi", "ngay ngay sau khi", "ngay sau"};
                b.append(afters[random.nextInt(afters.length)]);
            } else if (random.nextBoolean()) {
                // shaped as an offset: leads, a count, a unit, what it counts from, with a part changed now and then
                String[] leads = {"trong thoi han ", "trong vong ", "trong ", "sau ", "cham nhat la ", "cham nhat "};
                String[] units = {" ngay lam viec", " ngay", " thang", " ngay lam", " thang6"};
                String[] froms = {" ke tu khi", " ke tu", " tinh tu", " sau khi", " sau", " tu", ""};
                for (int l = random.nextInt(3); l > 0; l--) {
                    b.append(leads[random.nextInt(leads.length)]);
                }
                b.append(parts[21 + random.nextInt(5)]);
                b.append(units[random.nextInt(units.length)]);
                b.append(froms[random.nextInt(froms.length)]);
            }
            int words = random.nextInt(random.nextBoolean() ? 2 : 8);
            for (int w = 0; w < words; w++) {
                if ((w > 0 || b.length() > 0) && random.nextInt(12) > 0) {
                    b.append(' ');
                }
                b.append(parts[random.nextInt(parts.length)]);
            }
            if (random.nextInt(10) == 0) {
                b.append(' ');
            }
            String k = b.toString();
            anchorAsByThePatterns(k);
            offsets += AnchorForms.offset(k) != null ? 1 : 0;
            afterEvents += AnchorForms.afterEvent(k) >= 0 ? 1 : 0;
        }
        // the generated keys reach both patterns' matches, not only their refusals
        assertThat(offsets).isGreaterThan(200);
        assertThat(afterEvents).isGreaterThan(200);
    }

    private static void anchorAsByThePatterns(String k) {
        assertThat(AnchorForms.offset(k)).as(k).isEqualTo(AnchorForms.offsetByPattern(k));
        assertThat(AnchorForms.afterEvent(k)).as(k).isEqualTo(AnchorForms.afterEventByPattern(k));
    }

    /** Where the look before the anchor patterns says no, the patterns find nothing either. */
    @ParameterizedTest
    @MethodSource("formKeys")
    void anchorsOnlyWhereTheLookSays(String key) {
        for (String k : List.of(key, "trong " + key, key + " ke tu ngay ky", key + " ngay lam viec sau " + key)) {
            if (!AnchorForms.mayBe(k)) {
                assertThat(AnchorForms.read(k, k, ParseContext.documentDated(java.time.LocalDate.of(2023, 5, 2))))
                        .as(k)
                        .isNull();
            }
        }
    }

    /** The words of a recurrence read in place as when split into strings. */
    @ParameterizedTest
    @MethodSource("formKeys")
    void recurrenceWordsAsSplit(String key) {
        for (String k : List.of(key, "hang " + key, "dinh ky hang quy " + key, "  " + key + "  nam ")) {
            java.util.Set<Deadline.Frequency> fast = java.util.EnumSet.noneOf(Deadline.Frequency.class);
            java.util.Set<Deadline.Frequency> slow = java.util.EnumSet.noneOf(Deadline.Frequency.class);
            assertThat(RecurrenceForms.words(k, fast)).as(k).isEqualTo(RecurrenceForms.wordsBySplitting(k, slow));
            assertThat(fast).as(k).isEqualTo(slow);
        }
    }

    /** "N tháng đầu/cuối năm [yyyy]" by hand as by the patterns, read or refused alike. */
    @ParameterizedTest
    @MethodSource("formKeys")
    void partsOfAYearAsThePatterns(String key) {
        for (ParseContext ctx :
                List.of(ParseContext.none(), ParseContext.documentDated(java.time.LocalDate.of(2022, 12, 20)))) {
            Object fast = outcome(() -> DateForms.partOfYear(key, key, ctx));
            if (PART_OF_YEAR.matcher(key).matches()) {
                // every key of this shape is taken by hand, none left to the patterns
                assertThat(fast).as(key).isNotNull();
            }
            if (fast != null) {
                assertThat(fast).as(key).isEqualTo(outcome(() -> DateForms.readByPatterns(key, key, ctx)));
            }
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "6 thang dau nam 2024",
                "06 thang cuoi nam 2024",
                "sau thang dau nam",
                "6 thang dau",
                "6 thang cuoi 2021",
                "4 thang dau nam 2025",
                "9 thang cuoi nam",
                "13 thang dau nam 2025",
                "0 thang dau nam 2025",
                "00 thang cuoi 2025",
                "123 thang dau nam 2025",
                "6 thang dau nam 25",
                "6 thang dau nam 1234567890",
                "6 thang dau nam nam 2024",
                "6 thang dau  2024",
                "6 thang giua nam 2024",
                "6 thang dau nam 2024 ",
                "sau thang cuoi 2201",
                "12 thang cuoi nam 2024",
                "1 thang dau"
            })
    void partsOfAYearAtTheirEdges(String key) {
        partsOfAYearAsThePatterns(key);
    }

    private static Object outcome(java.util.function.Supplier<Spans.Span> read) {
        try {
            return read.get();
        } catch (InvalidPeriodException e) {
            return e.kind() + " " + e.getMessage();
        }
    }

    /** The orientation text is trimmed by hand as by the patterns. */
    @ParameterizedTest
    @MethodSource("phrases")
    void trimmedAsThePatterns(String phrase) {
        for (String p : List.of(phrase, ", " + phrase + ").", "(\"" + phrase + ";")) {
            assertThat(ReaderText.trimmed(p)).as(p).isEqualTo(ReaderText.trimmedByPatterns(p));
        }
    }

    /**
     * The key in one pass, each character placed once the next one kept is known, is the key of the
     * two passes it replaced: on the corpus and generated phrases, and on random strings of the
     * characters the passes treat apart (separators, noise, dots, invisible and non-Latin-1 ones).
     */
    @ParameterizedTest
    @MethodSource("phrases")
    void keyInOnePassAsInTwo(String phrase) {
        for (String p : List.of(phrase, " " + phrase + ".", "-" + phrase + " /", phrase + "\u200B")) {
            assertThat(ReaderText.key(p)).as(p).isEqualTo(ReaderText.keyTwoPasses(p));
        }
    }

    static Stream<String> separatorSoup() {
        String alphabet = " .-/\t\u00A0\u2013\u2044\u200B,;:()\"’anmgthyquiĐđ0123456789ăếỷ日\u0301";
        Random random = new Random(20);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            int length = random.nextInt(14);
            StringBuilder b = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("separatorSoup")
    void keyInOnePassAsInTwoOnSeparatorSoup(String text) {
        assertThat(ReaderText.key(text)).isEqualTo(ReaderText.keyTwoPasses(text));
    }

    /**
     * The markers found in the key's own scan spare only looks that would say no: the rewrite given
     * them is the rewrite that looks for itself, on corpus, generated and form keys and their variants,
     * and with every marker claimed (a marker set wrongly would only cost a look).
     */
    @ParameterizedTest
    @MethodSource({"keys", "formKeys"})
    void rewriteGivenTheMarkersAsRewriteLooking(String key) {
        for (String k : List.of(
                key,
                key + "-2023",
                "quy " + key,
                "qui " + key,
                "ngay " + key,
                key + ".5.2022",
                key + " nam nam 2016",
                "ngay7/" + key,
                "thang " + key)) {
            byte[] bytes = k.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            int markers = ReaderText.markers(bytes, bytes.length);
            assertThat(ReaderText.rewrite(k, markers)).as(k).isEqualTo(ReaderText.rewrite(k));
            assertThat(ReaderText.rewrite(k, ReaderText.ALL_MARKERS)).as(k).isEqualTo(ReaderText.rewrite(k));
            assertThat((markers & ReaderText.THANG) != 0).as(k).isEqualTo(k.contains("thang "));
            assertThat((markers & ReaderText.DOT) != 0).as(k).isEqualTo(k.indexOf('.') >= 0);
            assertThat((markers & ReaderText.DASH) != 0).as(k).isEqualTo(k.indexOf('-') >= 0);
            assertThat((markers & ReaderText.NAM_NAM) != 0).as(k).isEqualTo(k.contains("nam nam "));
            assertThat((markers & ReaderText.QUI_MARK) != 0).as(k).isEqualTo(k.contains("qui"));
        }
    }
}
