package org.civicplan.storage.json.internal;

import java.math.BigDecimal;
import org.civicplan.core.Message;

/**
 * The numbers a portfolio file may hold. Jackson bounds how many characters a number has, not how
 * large it is: {@code 1e99999999} is ten characters, reads as a {@link BigDecimal} in no time, and
 * then makes a review, an export or a database write build a hundred-million-digit number (3-4 GB,
 * minutes) or crash. A civic plan counts people, đồng and percentages: nothing reaches {@code
 * 10^40} (a trillion trillion trillion) or needs more than 40 decimal places, so anything beyond is
 * refused where it is read, at its place in the file.
 */
final class Decimals {
    /** A value must be below {@code 10^MAX_INTEGER_DIGITS} in magnitude. */
    static final int MAX_INTEGER_DIGITS = 40;
    /** ... and need at most this many digits after the decimal point. */
    static final int MAX_SCALE = 40;

    private Decimals() {}

    /** The value, or null when it is out of bounds or not a number ({@code 1E+2147483648}). */
    static BigDecimal parse(String text) {
        try {
            return bounded(new BigDecimal(text));
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** The value (a zero of any exponent as plain zero), or null when it is out of bounds. */
    static BigDecimal bounded(BigDecimal value) {
        if (value.signum() == 0) {
            return value.scale() >= 0 && value.scale() <= MAX_SCALE ? value : BigDecimal.ZERO;
        }
        // trailing zeros change precision and scale alike: the integer digits are those of the
        // value as written, and only a value written with too many decimals needs them stripped
        long integerDigits = (long) value.precision() - value.scale();
        int scale = value.scale() <= MAX_SCALE
                ? value.scale()
                : value.stripTrailingZeros().scale();
        if (integerDigits > MAX_INTEGER_DIGITS || scale > MAX_SCALE) {
            return null;
        }
        return value;
    }

    /** Whether a string is meant as a number (digits, sign, point, exponent), so out-of-range is the problem to report. */
    static boolean looksNumeric(String text) {
        return !text.isEmpty() && text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }

    static Message outOfRange(String text) {
        String shown = text.length() > 40 ? text.substring(0, 37) + "…" : text;
        return Message.of(
                "số quá lớn hoặc quá nhiều chữ số thập phân: " + shown + " (giới hạn: nhỏ hơn 10^" + MAX_INTEGER_DIGITS
                        + ", tối đa " + MAX_SCALE + " chữ số sau dấu thập phân)",
                "number too large or too precise: " + shown + " (the limit is below 10^" + MAX_INTEGER_DIGITS
                        + " and at most " + MAX_SCALE + " decimal places)");
    }
}
