package org.civicplan.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The list head read by hand ({@link ListSplitter.Head#read}) finds what {@link ListSplitter#HEADED} finds. */
class ListHeadTest {
    private static final String[] WORDS = {
        "UBND",
        "Ủy ban nhân dân",
        "Uỷ ban nhân dân",
        "các",
        "những",
        "sở",
        "bộ",
        "quận",
        "huyện",
        "thị xã",
        "xã",
        "phường",
        "ban",
        "ngành"
    };

    static Stream<String> names() {
        return NameKeysTest.names();
    }

    /** Every corpus name, alone and behind every kind of head. */
    @ParameterizedTest
    @MethodSource("names")
    void headReadByHandAsByThePattern(String name) {
        String s = name.strip();
        for (String text : List.of(
                name,
                s,
                "các " + s,
                "CÁC SỞ: " + s,
                "Những " + s,
                "Sở: " + s,
                "UBND NHỮNG " + s,
                "Bộ " + s,
                "UBND huyện " + s,
                "Uỷ ban nhân dân các quận , ban,ngành :  " + s,
                "UBND các thị xã\n" + s,
                "UBND các xã:\t" + s + "\n",
                "sở:" + s + "\u2028")) {
            assertThat(ListSplitter.Head.read(text)).as(text).isEqualTo(ListSplitter.Head.byPattern(text));
        }
    }

    /** 30,000 texts made of the pattern's words in mixed case, white space, line ends, ',' ':' and letters. */
    @Test
    void headReadByHandAsByThePatternOnGeneratedTexts() {
        String[] bits = {
            " ",
            "  ",
            "\t",
            "\n",
            "\r",
            "\u000B",
            "\f",
            "\u00A0",
            "\u2028",
            "\u0085",
            ",",
            ":",
            ", ",
            " :",
            "a",
            "Tài chính",
            "x",
            "Ư",
            "ı",
            "ſ",
            "K",
            "\u212A",
            "İ",
            "ban",
            "ngành",
            "BAN",
            "Ngành",
            "sở",
            "xã",
            "thị",
            "UBND",
            "các",
            ""
        };
        Random random = new Random(20_2026);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                if (random.nextInt(3) == 0) {
                    b.append(randomCase(WORDS[random.nextInt(WORDS.length)], random));
                } else {
                    b.append(bits[random.nextInt(bits.length)]);
                }
            }
            String text = b.toString();
            assertThat(ListSplitter.Head.read(text)).as(text).isEqualTo(ListSplitter.Head.byPattern(text));
        }
    }

    /**
     * Each character of each of the pattern's words replaced by every character that compares to it in
     * upper or lower case (and by every 61st other one), in a head around it.
     */
    @Test
    void headReadByHandAsByThePatternForEveryLookalike() {
        String[] templates = {"%s các sở: A", "UBND %s sở: A", "các %s: A", "UBND các sở, %s: A", "các %s A"};
        int checked = 0;
        for (int w = 0; w < WORDS.length; w++) {
            for (int j = 0; j < WORDS[w].length(); j++) {
                char p = WORDS[w].charAt(j);
                for (int c = 0; c <= Character.MAX_VALUE; c++) {
                    char ch = (char) c;
                    boolean related = Character.toUpperCase(ch) == Character.toUpperCase(p)
                            || Character.toLowerCase(ch) == Character.toLowerCase(p)
                            || Character.toLowerCase(Character.toUpperCase(ch))
                                    == Character.toLowerCase(Character.toUpperCase(p));
                    if (!related && c % 61 != 0) {
                        continue;
                    }
                    String word = WORDS[w].substring(0, j) + ch + WORDS[w].substring(j + 1);
                    for (String template : templates) {
                        String text = template.replace("%s", word);
                        assertThat(ListSplitter.Head.read(text)).as(text).isEqualTo(ListSplitter.Head.byPattern(text));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50_000);
    }

    /** The hand comparison of one character is the pattern's, for every character against each of its letters. */
    @Test
    void characterComparedAsByThePattern() {
        List<Character> letters = new ArrayList<>();
        for (String w : WORDS) {
            for (char p : w.toCharArray()) {
                if (!letters.contains(p)) {
                    letters.add(p);
                }
            }
        }
        for (char p : letters) {
            Pattern one = Pattern.compile(Pattern.quote(p + "q"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            char f = Character.toLowerCase(Character.toUpperCase(p));
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                char ch = (char) c;
                boolean byHand = f == ch || f == Character.toLowerCase(Character.toUpperCase(ch));
                assertThat(byHand)
                        .as("%s vs U+%04X", p, c)
                        .isEqualTo(one.matcher(ch + "q").matches());
            }
        }
    }

    private static String randomCase(String word, Random random) {
        StringBuilder b = new StringBuilder();
        for (char c : word.toCharArray()) {
            b.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return b.toString();
    }
}
