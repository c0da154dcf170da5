package org.civicplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.civicplan.core.text.VietnameseText;
import org.junit.jupiter.api.Test;

/** The words hashed straight from a text are those of the text folded, for every character and mixes of them. */
class FoldedWordsTest {
    @Test
    void everyCharacterSplitsAndJoinsWordsAsTheFoldDoes() {
        int straight = 0;
        for (int c = 0; c < 0x2200; c++) {
            char ch = (char) c;
            for (String text : new String[] {
                "ab" + ch + "cd",
                ch + "x",
                "x" + ch,
                "x " + ch + " y",
                "x" + ch + ch + "9",
                "Đ" + ch + "Ả",
                String.valueOf(ch)
            }) {
                if (assertSameWords(text)) {
                    straight++;
                }
            }
        }
        // the characters of the fold's table (Latin, Vietnamese, marks, punctuation: 1,168) are worked out
        // straight in each of the seven texts, the others left to the fold
        assertThat(straight).isEqualTo(7 * 1_168);
    }

    @Test
    void mixedTextsGiveTheFoldsWords() {
        String[] pieces = {
            "Xây dựng",
            "cơ sở dữ liệu",
            "Tho\u0300i hạn: Quý III",
            "\n",
            "Sản phẩm",
            ";",
            "Ωμέγα",
            "漢字",
            "e\u0301",
            "\u0301",
            "2021–2025",
            "đ",
            "Đ",
            "BÁO CÁO",
            "\u00A0",
            "\u2003",
            "-",
            "(số 5)",
            "ﬁ",
            "İ",
            "ẞ",
            "\t"
        };
        Random random = new Random(24);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            assertSameWords(text.toString());
        }
    }

    /** Asserts the words are the fold's; true when they were worked out straight from the text. */
    private static boolean assertSameWords(String text) {
        String folded = VietnameseText.fold(text);
        int[] expected = new int[folded.length() + 2];
        int count = NearDuplicates.words(folded, expected, 1);
        int[] actual = new int[text.length() + 2];
        int straight = FoldedWords.words(text, actual, 1);
        if (straight < 0) {
            return false;
        }
        assertThat(Arrays.copyOf(actual, straight))
                .as("words of %s", text.chars().mapToObj(Integer::toHexString).toList())
                .isEqualTo(Arrays.copyOf(expected, count));
        return true;
    }
}
