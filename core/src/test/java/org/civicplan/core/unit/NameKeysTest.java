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
}
