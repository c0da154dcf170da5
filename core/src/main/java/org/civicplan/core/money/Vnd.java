package org.civicplan.core.money;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;

/**
 * An amount of Vietnamese đồng: exact, whole đồng, never negative, never a floating-point number.
 *
 * <p>{@link #parse(String)} reads what officials type ({@code 1.500 triệu đồng}, {@code 1,5 tỷ
 * đồng}, {@code 2.000.000.000}); {@link #format(Lang)} writes {@code 1.500.000.000 đồng}.
 */
public record Vnd(BigInteger dong) implements Comparable<Vnd> {
    public static final Vnd ZERO = new Vnd(BigInteger.ZERO);

    public Vnd {
        requireNonNull(dong, "dong is null");
        if (dong.signum() < 0) {
            throw new InvalidInputException(Message.of(
                    "số tiền không thể âm: " + dong + " đồng", "an amount of VND cannot be negative: " + dong));
        }
    }

    public static Vnd of(long dong) {
        return new Vnd(BigInteger.valueOf(dong));
    }

    /** Millions of đồng ("triệu đồng"), the unit budget tables use; must come to whole đồng. */
    public static Vnd millions(BigDecimal millions) {
        return new Vnd(millions.movePointRight(6).toBigIntegerExact());
    }

    /** Exact decimal string of whole đồng, e.g. {@code 1500000000}; the form JSON and SQL store. */
    public String toPlainString() {
        return dong.toString();
    }

    /** The canonical text, as {@link #toPlainString()}: whole đồng, e.g. {@code 1500000000}. */
    @Override
    public String toString() {
        return toPlainString();
    }

    public BigDecimal toBigDecimal() {
        return new BigDecimal(dong);
    }

    public Vnd plus(Vnd other) {
        return new Vnd(dong.add(other.dong));
    }

    public boolean isZero() {
        return dong.signum() == 0;
    }

    @Override
    public int compareTo(Vnd other) {
        return dong.compareTo(other.dong);
    }

    /**
     * Reads an amount as officials type it: {@code 1.500 triệu đồng}, {@code 1,5 tỷ đồng}, {@code
     * 2.000.000.000đ}, {@code 1 tỷ 200 triệu}, {@code 500 nghìn}, with or without diacritics.
     *
     * @throws InvalidAmountException naming the text and giving examples (negative, fractional đồng,
     *     above 10^18 đồng, English-style {@code 1,500,000}, unknown words); never any other exception
     */
    public static Vnd parse(String text) {
        return VndFormat.parse(text);
    }

    /**
     * {@code 1.500.000.000 đồng} (vi) or {@code 1,500,000,000 VND} (en). Only the Vietnamese form
     * parses back: {@link #parse(String)} rejects English comma grouping as ambiguous.
     */
    public String format(Lang lang) {
        return VndFormat.format(this, lang);
    }

    /**
     * Short form in the largest of triệu/tỷ: {@code 1,5 tỷ đồng}, {@code 750 triệu đồng}, {@code
     * 12,75 triệu đồng}, {@code 500.000 đồng} below a million (vi); {@code 1.5 billion VND}, {@code
     * 750 million VND} (en). Rounds half up to two decimals: the Vietnamese text parses back to this
     * amount exactly when no rounding happened.
     */
    public String formatShort(Lang lang) {
        return VndFormat.formatShort(this, lang);
    }
}
