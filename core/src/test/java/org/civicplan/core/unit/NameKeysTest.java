package org.civicplan.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one-scan key is the joined words without connectors, on the corpus and on generated names. */
class NameKeysTest {

    static Stream<String> names() {
        List<String> out = new ArrayList<>();
        for (String[] row : TestUnitDirectory.rows("corpus/units.tsv", 5)) {
            out.add(row[1]);
        }
        String[] parts = {
            "Sở",
            "KH&ĐT",
            "KH-ĐT",
            "và",
            "VÀ",
            "&",
            "-",
            " - ",
            ",",
            ":",
            ";",
            "qui",
            "Qui hoạch",
            "UBND",
            "T.Ư",
            "TW",
            "Bộ TƯ PHÁP",
            "va",
            "vạ",
            "quí",
            "Hà Nội",
            "  ",
            "\u2013",
            "e\u0301",
            "TP.HCM",
            "06",
            "khóa XV",
            // the table path's edges: decomposed capitals, other white space, characters it leaves to folding
            "U\u0309Y BAN",
            "KH\u2013ĐT",
            "\u2000",
            "\t",
            "\u00A0",
            "\u01C4",
            "Ω",
            "ĐT",
            "T.W",
            "TP",
            "VA",
            "QUI",
            "“",
            // an abbreviation before a character the table leaves to folding, or before "T."
            "ΑΒ",
            "UBΩ",
            "\uFF35\uFF22",
            "HĐND T.Ư",
            "UBND e\u0301",
            // collective phrases' words
            "các",
            "sở, ban, ngành",
            "cơ quan",
            "ngang Bộ",
            "trực thuộc",
            "Trung ương",
            "Ủy ban nhân dân tỉnh",
            " và ",
            "và\t",
            " -",
            "- ",
            " – ",
            "\t,",
            ": ",
            " ;"
        };
        Random random = new Random(15);
        for (int i = 0; i < 1000; i++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(6);
            for (int w = 0; w < words; w++) {
                b.append(random.nextBoolean() ? " " : "").append(parts[random.nextInt(parts.length)]);
            }
            out.add(b.toString());
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void oneScanKeyIsTheJoinedWords(String name) {
        assertThat(NameKeys.key(name, true)).isEqualTo(NameKeys.join(NameKeys.words(name, true)));
        assertThat(NameKeys.key(name, false)).isEqualTo(NameKeys.join(NameKeys.words(name, false)));
        assertThat(NameKeys.key(name)).isEqualTo(NameKeys.join(NameKeys.words(name)));
    }

    /** The collective phrases read by substrings of the key as by its words, on every key and its tails. */
    @ParameterizedTest
    @MethodSource("names")
    void collectiveBySubstringsAsByWords(String name) {
        String key = NameKeys.key(name);
        for (int space = -1; space < key.length(); space = key.indexOf(' ', space + 1)) {
            String tail = key.substring(space + 1);
            for (boolean central : new boolean[] {true, false}) {
                assertThat(CollectivePhrases.match(tail, central))
                        .isEqualTo(CollectivePhrases.matchByWords(tail, central));
            }
            if (key.indexOf(' ', space + 1) < 0) {
                break;
            }
        }
    }

    /** A list is cut by hand where its separator pattern would cut it. */
    @ParameterizedTest
    @MethodSource("names")
    void listCutByHandAsByThePattern(String name) {
        for (String body : List.of(name, name + " - ", " và" + name + " ,", "\t–\t" + name + ";\n")) {
            List<String> pieces = new ArrayList<>();
            List<String> separators = new ArrayList<>();
            ListSplitter.cut(body, pieces, separators);
            List<String> patternPieces = new ArrayList<>();
            List<String> patternSeparators = new ArrayList<>();
            ListSplitter.cutByPattern(body, patternPieces, patternSeparators);
            assertThat(pieces).isEqualTo(patternPieces);
            assertThat(separators).isEqualTo(patternSeparators);
        }
    }

    /** The look at the first letter never spares the list head's pattern where it would match. */
    @ParameterizedTest
    @MethodSource("names")
    void headedOnlyWhereTheFirstLetterSaysSo(String name) {
        for (String text : List.of(name, name.strip(), "các " + name.strip(), "Uỷ ban nhân dân " + name.strip())) {
            if (!ListSplitter.mayBeHeaded(text)) {
                assertThat(ListSplitter.HEADED.matcher(text).matches()).isFalse();
            }
        }
    }

    /** The look for "các", "những" or ':' never spares the list head's pattern where its match is used. */
    @ParameterizedTest
    @MethodSource("names")
    void headedOnlyWhereAHeadMarkIs(String name) {
        String s = name.strip();
        for (String text : List.of(
                name, s, "CÁC " + s, "Những " + s, "Sở: " + s, "UBND NHỮNG " + s, "Bộ " + s, "UBND huyện " + s)) {
            if (!ListSplitter.mayHaveHeadMark(text)) {
                Matcher m = ListSplitter.HEADED.matcher(text);
                assertThat(m.matches() && (m.group(2) != null || !m.group(5).isEmpty()))
                        .isFalse();
            }
        }
    }

    private static final NameIndex INDEX = TestUnitDirectory.index();

    /**
     * A run of list pieces is looked up by its hash, grown piece by piece, as its joined words are by
     * {@link NameIndex#beginsAKey(String)}: every run of each name's words (with an empty piece among
     * them, and with and without a list head) finds the same answer, and the index's own string.
     */
    @ParameterizedTest
    @MethodSource("names")
    void runLookedUpByHashAsByItsJoinedWords(String name) {
        String[] words = NameKeys.key(name).split(" ");
        String[] keys = new String[words.length + 1];
        System.arraycopy(words, 0, keys, 0, words.length);
        keys[words.length] = "";
        if (keys.length > 2) {
            // an empty piece in the middle: it adds no words
            keys = new String[] {words[0], "", String.join(" ", List.of(words).subList(1, words.length))};
        }
        for (String head : List.of("", "uy ban nhan dan", "cac", "so")) {
            for (int from = 0; from < keys.length; from++) {
                StringBuilder joined = new StringBuilder(head);
                for (int to = from; to < keys.length; to++) {
                    if (!keys[to].isEmpty()) {
                        joined.append(joined.length() > 0 ? " " : "").append(keys[to]);
                    }
                    String run = joined.toString();
                    String found = INDEX.beginsAKey(run.hashCode(), head, keys, from, to);
                    if (run.isEmpty() || run.equals(head)) {
                        continue;
                    }
                    assertThat(found != null).as(run).isEqualTo(INDEX.beginsAKey(run));
                    if (found != null) {
                        assertThat(found).isEqualTo(run);
                    }
                    assertThat(NameIndex.spells(run, head, keys, from, to))
                            .as(run)
                            .isTrue();
                }
            }
        }
    }

    /**
     * The look for a head mark that skips ASCII characters other than c/C and n/N answers as comparing
     * at every position: for every BMP character before and inside "các"/"những", and on every name.
     */
    @org.junit.jupiter.api.Test
    void headMarkLookSkipsOnlyWhatCannotBeginAMark() {
        List<String> differ = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            String ch = String.valueOf((char) c);
            for (String text : new String[] {ch + "ác sở", "Sở " + ch + "hững", ch + "ÁC", "x" + ch + "ác", ch}) {
                if (ListSplitter.mayHaveHeadMark(text) != ListSplitter.mayHaveHeadMarkEverywhere(text)) {
                    differ.add(Integer.toHexString(c) + ": " + text);
                }
            }
        }
        assertThat(differ).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("names")
    void headMarkLookAsComparingEverywhere(String name) {
        for (String text : List.of(name, "CÁC " + name, "những " + name, "NHỮNG" + name, name + "các")) {
            assertThat(ListSplitter.mayHaveHeadMark(text)).isEqualTo(ListSplitter.mayHaveHeadMarkEverywhere(text));
        }
    }

    /**
     * Keys made of the collective vocabulary and its near misses (a phrase's first words, a word
     * one letter off, an unknown word among them): the collective read with the hash look first, by
     * substrings, is the one read by the words, on 20,000 generated keys.
     */
    static Stream<String> collectiveKeys() {
        String[] words = {
            "cac",
            "nhung",
            "thuoc",
            "cua",
            "lien quan",
            "co lien",
            "co",
            "truc thuoc trung uong",
            "truc",
            "trung uong",
            "dong tren dia ban",
            "tren dia",
            "uy ban nhan dan",
            "uy ban nhan dan tinh",
            "uy ban",
            "so",
            "ban",
            "nganh",
            "bo",
            "co quan ngang bo",
            "co quan thuoc chinh phu",
            "co quan thuoc",
            "quan",
            "huyen",
            "thi xa",
            "xa",
            "phuong",
            "thi tran",
            "dac khu",
            "tinh",
            "thanh pho",
            "dia phuong",
            "doan the",
            "doanh nghiep",
            "don vi",
            "co quan",
            "to chuc",
            "ca nhan",
            "cap huyen",
            "cap xa",
            "cap tinh",
            "cap",
            "ha noi",
            "tai chinh",
            "sox",
            "quanh",
            "xa ",
            "s",
            "nganhh",
            "2"
        };
        Random random = new Random(23);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int w = 0; w < n; w++) {
                if (w > 0) {
                    b.append(' ');
                }
                b.append(words[random.nextInt(words.length)]);
            }
            out.add(b.toString().strip());
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("collectiveKeys")
    void collectiveWithTheHashLookAsByWords(String key) {
        for (boolean central : new boolean[] {true, false}) {
            assertThat(CollectivePhrases.match(key, central)).isEqualTo(CollectivePhrases.matchByWords(key, central));
        }
    }

    /**
     * The key of an abbreviated text written part by part as it is spelled out is the key of the
     * spelled-out text built and read again: on every name (and in capitals, lower case, with a known
     * or unknown abbreviation before and after it), in mixed case and not.
     */
    @ParameterizedTest
    @MethodSource("names")
    void spelledOutKeyAsTheSpelledOutTextReadAgain(String name) {
        for (String text : List.of(
                name,
                name.toUpperCase(java.util.Locale.ROOT),
                name.toLowerCase(java.util.Locale.ROOT),
                "UBND " + name,
                name + " KH&ĐT",
                "XYZ-ĐT " + name + " TP",
                "HĐND" + name)) {
            for (boolean mixedCase : new boolean[] {true, false}) {
                assertThat(NameKeys.keyByTable(text, mixedCase))
                        .as(text)
                        .isEqualTo(NameKeys.keyByTableSpelledOutFirst(text, mixedCase));
            }
        }
    }

    /** Random texts of capitals, connectors, marks and letters beyond the table: both ways agree. */
    static Stream<String> capitalSoup() {
        String alphabet = "UBNDHĐTPKVAQIuiaqv &-–.,ƯWđĐÀàẠ\u0301日 ";
        Random random = new Random(29);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int length = 1 + random.nextInt(16);
            StringBuilder b = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("capitalSoup")
    void spelledOutKeyAsTheSpelledOutTextReadAgainOnCapitalSoup(String text) {
        for (boolean mixedCase : new boolean[] {true, false}) {
            assertThat(NameKeys.keyByTable(text, mixedCase))
                    .isEqualTo(NameKeys.keyByTableSpelledOutFirst(text, mixedCase));
            assertThat(NameKeys.key(text, mixedCase)).isEqualTo(NameKeys.join(NameKeys.words(text, mixedCase)));
        }
    }

    /** Whether a key may end in a place, looked up in place by the last word's hash, as by the word cut out. */
    @ParameterizedTest
    @MethodSource("names")
    void mayEndInPlaceAsByTheLastWordCutOut(String name) {
        String key = NameKeys.key(name);
        for (String k : List.of(key, key + " ha noi", key + " noi", key + " ", "", "x " + key, key + " tinh")) {
            assertThat(INDEX.mayEndInPlace(k)).as(k).isEqualTo(INDEX.mayEndInPlaceBySubstring(k));
        }
        for (String place : INDEX.places().keySet()) {
            String k = key + " " + place;
            assertThat(INDEX.mayEndInPlace(k)).as(k).isTrue().isEqualTo(INDEX.mayEndInPlaceBySubstring(k));
        }
    }

    /** A part's key read in place is the key of the part cut out: every part between two spaces or separators of every name. */
    @ParameterizedTest
    @MethodSource("names")
    void keyOfAPartInPlaceAsOfThePartCutOut(String name) {
        for (String text : List.of(name, "các Sở: " + name + ", T.Ư Đoàn, KH&ĐT - Tài chính")) {
            List<Integer> cuts = new ArrayList<>();
            cuts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == ',' || c == ':' || c == '-' || c == '&' || c == '.') {
                    cuts.add(i);
                    cuts.add(i + 1);
                }
            }
            cuts.add(text.length());
            for (int a = 0; a < cuts.size(); a++) {
                for (int b = a; b < cuts.size() && b < a + 12; b++) {
                    int from = cuts.get(a);
                    int to = cuts.get(b);
                    if (from > to) {
                        continue;
                    }
                    for (boolean mixedCase : new boolean[] {true, false}) {
                        assertThat(NameKeys.key(text, from, to, mixedCase))
                                .as(text + " [" + from + ", " + to + ")")
                                .isEqualTo(NameKeys.key(text.substring(from, to), mixedCase));
                    }
                }
            }
        }
    }
}
