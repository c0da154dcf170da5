package org.civicplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.civicplan.core.text.VietnameseText;
import org.junit.jupiter.api.Test;

/**
 * {@link VietnameseText#fold} (a table instead of the Normalizer for Vietnamese text) and {@link
 * VietnameseText#foldsAlike} (compares without building) against the plain definition: NFD, drop
 * the non-spacing marks, "đ" to "d", lower case, strip, collapse white space with a regex. The
 * clarity check's "content only repeats the title" rule relies on both; the test lives here because
 * the check is what needs them fast.
 */
class FoldingTest {
    /** Vietnamese letters precomposed and decomposed, every kind of white space, and text the table does not cover. */
    private static final String[] POOL = {
        "a",
        "A",
        "e",
        "E",
        "o",
        "Đ",
        "đ",
        "ệ",
        "Ệ",
        "ữ",
        "\u0323",
        "\u0302",
        "\u0301",
        "\u0300",
        "\u0345",
        " ",
        " ",
        " ",
        "\t",
        "\n",
        "\r",
        "\u000B",
        "\f",
        "\u001C",
        "\u2003",
        "\u2000",
        "\u00A0",
        "\u200B",
        "\u2028",
        "–",
        "“",
        "₫",
        "İ",
        "ẛ",
        "\u2126",
        "ǅ",
        "ß",
        "1",
        ";",
        "Q",
        "ü",
        "ά",
        "가",
        "\uD83D\uDE00",
        "\u0F71",
        "\u0F72",
        "\u0E48",
        "Å"
    };

    @Test
    void everyCharacterFoldsAsTheDefinitionSays() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            assertThat(VietnameseText.fold(one)).as("U+%04X", c).isEqualTo(reference(one));
            String inText = "x" + one + " \u0301y";
            assertThat(VietnameseText.fold(inText)).as("in text: U+%04X", c).isEqualTo(reference(inText));
            assertThat(VietnameseText.foldsAlike(inText, "x" + reference(one) + " y"))
                    .as("alike: U+%04X", c)
                    .isEqualTo(reference(inText).equals(reference("x" + reference(one) + " y")));
        }
    }

    @Test
    void randomTextsFoldAsTheDefinitionSays() {
        Random random = new Random(7);
        for (int n = 0; n < 200_000; n++) {
            String text = random(random);
            assertThat(VietnameseText.fold(text)).as("%s", escaped(text)).isEqualTo(reference(text));
        }
    }

    @Test
    void foldsAlikeAgreesWithComparingTheFoldedTexts() {
        Random random = new Random(11);
        int alike = 0;
        for (int n = 0; n < 200_000; n++) {
            String a = random(random);
            String b = random.nextInt(4) == 0 ? random(random) : variant(a, random);
            boolean expected = reference(a).equals(reference(b));
            alike += expected ? 1 : 0;
            assertThat(VietnameseText.foldsAlike(a, b))
                    .as("%s vs %s", escaped(a), escaped(b))
                    .isEqualTo(expected);
            assertThat(VietnameseText.foldsAlike(b, a)).isEqualTo(expected);
        }
        // the variants must exercise the equal case, or the test proves little
        assertThat(alike).isGreaterThan(50_000);
    }

    @Test
    void vietnameseExamples() {
        assertThat(VietnameseText.fold("  Quý  III/2021 ")).isEqualTo("quy iii/2021");
        assertThat(VietnameseText.fold("Đẩy mạnh\t\tphát triển")).isEqualTo("day manh phat trien");
        assertThat(VietnameseText.foldsAlike("Đẩy mạnh phát triển", "day  MANH phat trie\u0302\u0300n"))
                .isTrue();
        assertThat(VietnameseText.foldsAlike("Đẩy mạnh phát triển", "Đẩy mạnh phát triển; hoàn thành 5 sản phẩm"))
                .isFalse();
        assertThat(VietnameseText.foldsAlike("", " \n ")).isTrue();
    }

    /** The same text as people mistype it: other case, decomposed, extra or other white space; sometimes one real change. */
    private static String variant(String text, Random random) {
        String out = text;
        if (random.nextBoolean()) {
            out = out.toUpperCase(Locale.ROOT);
        }
        if (random.nextBoolean()) {
            out = Normalizer.normalize(out, Normalizer.Form.NFD);
        }
        if (random.nextBoolean()) {
            out = out.replace(" ", random.nextBoolean() ? " \t " : "\n");
        }
        if (random.nextBoolean()) {
            out = " \u0301" + out + (random.nextBoolean() ? "\r\n" : "\u2003");
        }
        if (random.nextInt(5) == 0 && !out.isEmpty()) {
            int at = random.nextInt(out.length());
            out = out.substring(0, at) + POOL[random.nextInt(POOL.length)] + out.substring(at);
        }
        return out;
    }

    private static String random(Random random) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            out.append(POOL[random.nextInt(POOL.length)]);
        }
        return out.toString();
    }

    /** The definition, as fold was written before it had a fast path. */
    private static String reference(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().strip().replaceAll("\\s+", " ");
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars()
                .forEach(c ->
                        out.append(c < 0x80 && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
