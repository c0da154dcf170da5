package org.civicplan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.Random;
import java.util.stream.Stream;
import org.civicplan.core.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VndTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("1.500 triệu đồng", 1_500_000_000L),
                Arguments.of("1,5 tỷ đồng", 1_500_000_000L),
                Arguments.of("2.000.000.000", 2_000_000_000L),
                Arguments.of("2.000.000.000 đồng", 2_000_000_000L),
                Arguments.of("2.000.000.000 VND", 2_000_000_000L),
                Arguments.of("2.000.000.000 VNĐ", 2_000_000_000L),
                Arguments.of("2.000.000.000đ", 2_000_000_000L),
                Arguments.of("2.000.000.000 ₫", 2_000_000_000L),
                Arguments.of("500 triệu", 500_000_000L),
                Arguments.of("0,5 tỷ", 500_000_000L),
                Arguments.of("1 tỷ 200 triệu", 1_200_000_000L),
                Arguments.of("1 tỷ 200 triệu đồng", 1_200_000_000L),
                Arguments.of("2 tỷ 350 triệu 500 nghìn đồng", 2_350_500_000L),
                Arguments.of("12,75 triệu đồng", 12_750_000L),
                Arguments.of("1500000000", 1_500_000_000L),
                Arguments.of("500 nghìn", 500_000L),
                Arguments.of("500 ngàn đồng", 500_000L),
                Arguments.of("1,5 ti", 1_500_000_000L),
                Arguments.of("1,5 tỉ đồng", 1_500_000_000L),
                Arguments.of("1,5 ty dong", 1_500_000_000L),
                Arguments.of("1.500 trieu dong", 1_500_000_000L),
                Arguments.of("  1.500   TRIỆU   ĐỒNG ", 1_500_000_000L),
                Arguments.of("500triệu", 500_000_000L),
                Arguments.of("1,2 nghìn tỷ đồng", 1_200_000_000_000L),
                Arguments.of("1.234.567,00 đồng", 1_234_567L),
                Arguments.of("0", 0L),
                Arguments.of("0 đồng", 0L),
                Arguments.of("1 đồng", 1L),
                Arguments.of("750 triệu đ", 750_000_000L),
                Arguments.of("1.000.000.000.000.000.000 đồng", 1_000_000_000_000_000_000L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void parsesAccepted(String text, long dong) {
        assertThat(Vnd.parse(text)).isEqualTo(Vnd.of(dong));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void parsesDecomposedInput(String text, long dong) {
        assertThat(Vnd.parse(Normalizer.normalize(text, Normalizer.Form.NFD))).isEqualTo(Vnd.of(dong));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(
            strings = {
                "",
                "  ",
                "1,500,000",
                "1,500,000,000 VND",
                "1,500.50",
                "-5 triệu",
                "−5 triệu",
                "0,0000001 triệu",
                "1,5",
                "1.5 tỷ",
                "1.50.000",
                "2 tỷ 500",
                "200 triệu 1 tỷ",
                "1 triệu 1 triệu",
                "5 triệu đô la",
                "đồng",
                "triệu",
                "abc",
                "1 000 000",
                "1.000.000.000.000.000.001 đồng",
                "2 nghìn tỷ tỷ",
                "12 USD",
            })
    void rejects(String text) {
        assertThatThrownBy(() -> Vnd.parse(text))
                .isExactlyInstanceOf(InvalidAmountException.class)
                .satisfies(e -> {
                    InvalidAmountException ex = (InvalidAmountException) e;
                    assertThat(ex.input()).isEqualTo(text);
                    assertThat(ex.text().vi()).contains("\"" + text + "\"").contains("1,5 tỷ đồng");
                    assertThat(ex.text().en()).contains("\"" + text + "\"").contains("1,5 tỷ đồng");
                });
    }

    @Test
    void rejectionsSayWhatIsWrong() {
        assertThat(messageOf("-5 triệu").en()).contains("cannot be negative");
        assertThat(messageOf("-5 triệu").vi()).contains("không thể âm");
        assertThat(messageOf("1,500,000").en()).contains("write 1.500.000");
        assertThat(messageOf("1,500,000").vi()).contains("viết 1.500.000");
        assertThat(messageOf("0,0000001 triệu").en()).contains("whole đồng (0.1 đồng)");
        assertThat(messageOf("0,0000001 triệu").vi()).contains("(0,1 đồng)");
        assertThat(messageOf("1.5 tỷ").en()).contains("write 1,5");
        assertThat(messageOf("1.000.000.000.000.000.001").en()).contains("10^18");
        assertThat(messageOf("2 tỷ 500").en()).contains("2 tỷ 500 triệu");
        assertThat(messageOf("5 triệu đô la").en()).contains("\"do la\" is not understood");
    }

    @Test
    void rejectsNullAndTooLong() {
        assertThatThrownBy(() -> Vnd.parse(null)).isExactlyInstanceOf(InvalidAmountException.class);
        String longText = "1" + " ".repeat(3) + "0".repeat(100);
        assertThatThrownBy(() -> Vnd.parse(longText))
                .isExactlyInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("100")
                .hasMessageContaining(longText);
        assertThatThrownBy(() -> Vnd.parse("9".repeat(1_000_000))).isExactlyInstanceOf(InvalidAmountException.class);
    }

    private static org.civicplan.core.Message messageOf(String text) {
        try {
            Vnd.parse(text);
        } catch (InvalidAmountException e) {
            return e.text();
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void formatsInBothLanguages() {
        Vnd amount = Vnd.of(1_500_000_000L);
        assertThat(amount.format(Lang.VI)).isEqualTo("1.500.000.000 đồng");
        assertThat(amount.format(Lang.EN)).isEqualTo("1,500,000,000 VND");
        assertThat(Vnd.ZERO.format(Lang.VI)).isEqualTo("0 đồng");
        assertThat(Vnd.of(999).format(Lang.EN)).isEqualTo("999 VND");
        assertThat(Vnd.of(1000).format(Lang.VI)).isEqualTo("1.000 đồng");
    }

    @Test
    void formatsShort() {
        assertThat(Vnd.of(1_500_000_000L).formatShort(Lang.VI)).isEqualTo("1,5 tỷ đồng");
        assertThat(Vnd.of(1_500_000_000L).formatShort(Lang.EN)).isEqualTo("1.5 billion VND");
        assertThat(Vnd.of(750_000_000L).formatShort(Lang.VI)).isEqualTo("750 triệu đồng");
        assertThat(Vnd.of(750_000_000L).formatShort(Lang.EN)).isEqualTo("750 million VND");
        assertThat(Vnd.of(12_750_000L).formatShort(Lang.VI)).isEqualTo("12,75 triệu đồng");
        assertThat(Vnd.of(500_000L).formatShort(Lang.VI)).isEqualTo("500.000 đồng");
        assertThat(Vnd.of(500_000L).formatShort(Lang.EN)).isEqualTo("500,000 VND");
        assertThat(Vnd.of(1_000_000L).formatShort(Lang.VI)).isEqualTo("1 triệu đồng");
        assertThat(Vnd.of(2_000_000_000_000L).formatShort(Lang.VI)).isEqualTo("2.000 tỷ đồng");
        assertThat(Vnd.of(2_000_000_000_000L).formatShort(Lang.EN)).isEqualTo("2,000 billion VND");
        // rounded to two decimals; a rounded 1000 triệu moves up to tỷ
        assertThat(Vnd.of(1_234_567_890L).formatShort(Lang.VI)).isEqualTo("1,23 tỷ đồng");
        assertThat(Vnd.of(999_999_999L).formatShort(Lang.VI)).isEqualTo("1 tỷ đồng");
    }

    @Test
    void generatedAmountsRoundTrip() {
        Random random = new Random(20210726L);
        for (int i = 0; i < 5_000; i++) {
            BigInteger dong = new BigInteger(60, random).mod(VndFormat.MAX.add(BigInteger.ONE));
            if (i % 3 == 0) {
                dong = BigInteger.valueOf(random.nextInt(10_000_000));
            }
            Vnd amount = new Vnd(dong);
            assertThat(Vnd.parse(amount.format(Lang.VI)))
                    .as(amount.format(Lang.VI))
                    .isEqualTo(amount);
            assertThat(Vnd.parse(amount.toPlainString())).isEqualTo(amount);

            // amounts whole in hundredths of a million (or below one million) have an exact short form
            BigInteger exactShort = dong.compareTo(BigInteger.valueOf(1_000_000)) < 0
                    ? dong
                    : dong.divide(BigInteger.valueOf(10_000)).multiply(BigInteger.valueOf(10_000));
            if (exactShort.compareTo(BigInteger.valueOf(1_000_000_000)) >= 0) {
                exactShort = exactShort.divide(BigInteger.valueOf(10_000_000)).multiply(BigInteger.valueOf(10_000_000));
            }
            Vnd exact = new Vnd(exactShort);
            String shortText = exact.formatShort(Lang.VI);
            assertThat(Vnd.parse(shortText)).as(shortText).isEqualTo(exact);

            // otherwise the short form is within half a hundredth of its unit
            String rounded = amount.formatShort(Lang.VI);
            BigInteger error = Vnd.parse(rounded).dong().subtract(dong).abs();
            assertThat(error).as(rounded).isLessThanOrEqualTo(BigInteger.valueOf(5_000_000));
        }
    }

    @Test
    void randomStringsOnlyEverThrowInvalidAmount() {
        Random random = new Random(11L);
        String[] pieces = {
            "0",
            "1",
            "5",
            "12",
            "500",
            "1.500",
            ".",
            ",",
            " ",
            "  ",
            "triệu",
            "tỷ",
            "nghìn",
            "ngàn",
            "đồng",
            "VND",
            "đ",
            "-",
            "−",
            "₫",
            "000",
            ".000",
            ",5",
            "tỷ",
            "ti",
            "trieu",
            "dong",
            "\u0301",
            "\t",
            "\u0000",
            "😀",
            "99999999999999999999",
            "e",
            "E+10",
            "x"
        };
        int accepted = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(10);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(5) == 0) {
                    text.append((char) random.nextInt(0x3000));
                } else {
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            try {
                Vnd amount = Vnd.parse(text.toString());
                assertThat(amount.dong()).isBetween(BigInteger.ZERO, VndFormat.MAX);
                accepted++;
            } catch (InvalidAmountException e) {
                assertThat(e.input()).isEqualTo(text.toString());
            }
        }
        assertThat(accepted).isGreaterThan(0);
    }

    @Test
    void invariants() {
        assertThatThrownBy(() -> Vnd.of(-1))
                .isInstanceOf(org.civicplan.core.InvalidInputException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> new Vnd(null)).isInstanceOf(NullPointerException.class);
        assertThat(Vnd.of(1_000).plus(Vnd.of(234))).isEqualTo(Vnd.of(1_234));
        assertThat(Vnd.ZERO.plus(Vnd.ZERO).isZero()).isTrue();
        assertThat(Vnd.of(5).compareTo(Vnd.of(7))).isNegative();
        assertThat(Vnd.of(7).compareTo(Vnd.of(5))).isPositive();
        assertThat(Vnd.of(7).compareTo(new Vnd(BigInteger.valueOf(7)))).isZero();
        assertThat(Vnd.millions(new BigDecimal("12.75"))).isEqualTo(Vnd.of(12_750_000));
        assertThat(Vnd.millions(new BigDecimal("1500"))).isEqualTo(Vnd.parse("1.500 triệu đồng"));
        assertThatThrownBy(() -> Vnd.millions(new BigDecimal("0.0000001"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Vnd.millions(new BigDecimal("-1")))
                .isInstanceOf(org.civicplan.core.InvalidInputException.class);
        assertThat(Vnd.of(1_500_000_000L).toPlainString()).isEqualTo("1500000000");
        assertThat(Vnd.of(42).toBigDecimal()).isEqualByComparingTo("42");
    }

    @Test
    void toStringIsTheCanonicalWholeDongText() {
        Vnd amount = Vnd.parse("1,5 tỷ đồng");

        assertThat(amount).hasToString("1500000000");
        assertThat(Vnd.parse(amount.toString())).isEqualTo(amount);
    }
}
