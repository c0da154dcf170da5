package org.civicplan.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.core.text.VietnameseText;

/**
 * Reads and writes amounts of đồng the way Vietnamese budget documents write them.
 *
 * <p>Vietnamese puts '.' between thousands and ',' before decimals, so {@code 1.500 triệu} is 1 500
 * million and {@code 1,5 tỷ} is 1.5 billion. Several comma groups ({@code 1,500,000}) can only be
 * English-style thousands, which would silently misread as a decimal in Vietnamese, so they are
 * rejected rather than guessed. Units (nghìn/ngàn, triệu, tỷ/tỉ, nghìn tỷ) may be chained in
 * decreasing order ({@code 1 tỷ 200 triệu}); a bare number after a unit ({@code 2 tỷ 500}) is
 * rejected because speakers use it for both 2 000 000 500 and 2,5 tỷ.
 */
final class VndFormat {
    static final int MAX_LENGTH = 100;
    static final BigInteger MAX = BigInteger.TEN.pow(18);

    private static final BigInteger THOUSAND = BigInteger.valueOf(1_000);
    private static final BigInteger MILLION = BigInteger.valueOf(1_000_000);
    private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000);

    private static final String EXAMPLES_VI =
            "Ví dụ: 1.500.000.000 đồng, 1.500 triệu đồng, 1,5 tỷ đồng, 1 tỷ 200 triệu (dấu chấm phân cách hàng"
                    + " nghìn, dấu phẩy trước phần thập phân).";
    private static final String EXAMPLES_EN =
            "Examples: 1.500.000.000 đồng, 1.500 triệu đồng, 1,5 tỷ đồng, 1 tỷ 200 triệu (Vietnamese style: '.'"
                    + " between thousands, ',' before decimals).";

    // on folded text: lower case, no diacritics, đ -> d
    private static final Pattern CURRENCY = Pattern.compile("\\s*(?:dong|vnd|d|₫)\\.?$");
    private static final Pattern GROUP =
            Pattern.compile("\\G\\s*([0-9][0-9.,]*)\\s*(nghin ty|ngan ty|ty|ti|trieu|nghin|ngan)?(?![\\p{L}\\p{N}])");
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern DOTTED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("(\\d+|\\d{1,3}(?:\\.\\d{3})+),(\\d+)");
    private static final Pattern ENGLISH_DECIMAL = Pattern.compile("\\d+\\.(?:\\d{1,2}|\\d{4,})");
    private static final Pattern ENGLISH =
            Pattern.compile("\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d+)?|\\d{1,3},\\d{3}\\.\\d+");

    private VndFormat() {}

    static Vnd parse(String text) {
        try {
            return parseChecked(text);
        } catch (InvalidAmountException e) {
            throw e;
        } catch (RuntimeException e) {
            // a bug here must still reach the caller as bad input, never as an unexpected exception
            throw fail(text, "không đọc được", "cannot be read");
        }
    }

    private static Vnd parseChecked(String raw) {
        if (raw == null || raw.isBlank()) {
            throw fail(raw, "văn bản trống", "the text is empty");
        }
        if (raw.length() > 4 * MAX_LENGTH) {
            throw tooLong(raw);
        }
        String cleaned = VietnameseText.clean(raw);
        if (cleaned.length() > MAX_LENGTH) {
            throw tooLong(raw);
        }
        String folded = VietnameseText.fold(cleaned);
        if (folded.startsWith("-") || folded.startsWith("−") || folded.startsWith("am ")) {
            throw fail(raw, "số tiền không thể âm", "amounts cannot be negative");
        }
        String body = CURRENCY.matcher(folded).replaceFirst("").strip();
        if (body.isEmpty() || !Character.isDigit(body.charAt(0))) {
            throw fail(raw, "không có số ở đầu", "there is no number at the start");
        }

        BigDecimal total = BigDecimal.ZERO;
        BigInteger previousUnit = null;
        boolean bareNumber = false;
        Matcher group = GROUP.matcher(body);
        int at = 0;
        while (at < body.length() && group.find() && group.start() == at && group.end() > at) {
            if (bareNumber) {
                throw fail(
                        raw, "sau số không có đơn vị không thể có thêm số", "nothing may follow a number without unit");
            }
            BigDecimal value = number(raw, group.group(1));
            BigInteger unit = unit(group.group(2));
            if (group.group(2) == null) {
                if (previousUnit != null) {
                    throw fail(
                            raw,
                            "số \"" + group.group(1) + "\" sau đơn vị thiếu đơn vị (viết 2 tỷ 500 triệu hoặc 2,5 tỷ)",
                            "the number \"" + group.group(1) + "\" after a unit has no unit (write 2 tỷ 500 triệu or"
                                    + " 2,5 tỷ)");
                }
                bareNumber = true;
            } else if (previousUnit != null && unit.compareTo(previousUnit) >= 0) {
                throw fail(
                        raw,
                        "các đơn vị phải giảm dần (tỷ, triệu, nghìn)",
                        "units must come in decreasing order (tỷ, triệu, nghìn)");
            } else {
                previousUnit = unit;
            }
            total = total.add(value.multiply(new BigDecimal(unit)));
            at = group.end();
        }
        if (at < body.length()) {
            String rest = body.substring(at).strip();
            throw fail(
                    raw,
                    "không hiểu \"" + rest + "\" (đơn vị dùng được: nghìn, ngàn, triệu, tỷ, đồng, VND)",
                    "\"" + rest + "\" is not understood (known units: nghìn, ngàn, triệu, tỷ, đồng, VND)");
        }
        BigInteger dong;
        try {
            dong = total.stripTrailingZeros().toBigIntegerExact();
        } catch (ArithmeticException e) {
            String fraction = total.stripTrailingZeros().toPlainString();
            throw fail(
                    raw,
                    "không ra số đồng chẵn (" + fraction.replace('.', ',') + " đồng)",
                    "does not come to whole đồng (" + fraction + " đồng)");
        }
        if (dong.compareTo(MAX) > 0) {
            throw fail(raw, "lớn hơn 10^18 đồng", "larger than 10^18 đồng");
        }
        return new Vnd(dong);
    }

    private static BigDecimal number(String raw, String text) {
        if (PLAIN.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        if (DOTTED.matcher(text).matches()) {
            return new BigDecimal(text.replace(".", ""));
        }
        Matcher decimal = DECIMAL.matcher(text);
        if (decimal.matches()) {
            return new BigDecimal(decimal.group(1).replace(".", "") + "." + decimal.group(2));
        }
        if (ENGLISH.matcher(text).matches()) {
            String suggestion = text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".");
            throw fail(
                    raw,
                    "\"" + text + "\" viết kiểu tiếng Anh, dễ hiểu nhầm; viết " + suggestion,
                    "\"" + text + "\" uses English-style separators, which is ambiguous in Vietnamese; write "
                            + suggestion);
        }
        if (ENGLISH_DECIMAL.matcher(text).matches()) {
            String suggestion = text.replace('.', ',');
            throw fail(
                    raw,
                    "\"" + text + "\" dùng dấu chấm làm dấu thập phân kiểu tiếng Anh; viết " + suggestion,
                    "\"" + text + "\" uses '.' as an English decimal point; in Vietnamese write " + suggestion);
        }
        throw fail(
                raw,
                "số \"" + text + "\" không đúng cách viết (dấu chấm giữa các nhóm 3 chữ số, dấu phẩy trước phần"
                        + " thập phân: 1.500.000 hoặc 1,5)",
                "the number \"" + text + "\" is malformed ('.' between groups of 3 digits, ',' before decimals:"
                        + " 1.500.000 or 1,5)");
    }

    private static BigInteger unit(String word) {
        if (word == null) {
            return BigInteger.ONE;
        }
        return switch (word) {
            case "nghin ty", "ngan ty" -> BILLION.multiply(THOUSAND);
            case "ty", "ti" -> BILLION;
            case "trieu" -> MILLION;
            case "nghin", "ngan" -> THOUSAND;
            default -> throw new IllegalStateException("unit pattern and switch disagree: " + word);
        };
    }

    private static InvalidAmountException tooLong(String raw) {
        return fail(
                raw,
                "dài quá " + MAX_LENGTH + " ký tự, không phải số tiền",
                "longer than " + MAX_LENGTH + " characters, not an amount");
    }

    private static InvalidAmountException fail(String raw, String vi, String en) {
        String shown = raw == null ? "null" : raw.length() > 1000 ? raw.substring(0, 1000) + "…" : raw;
        return new InvalidAmountException(
                raw,
                Message.of(
                        "Số tiền không hợp lệ: \"" + shown + "\" — " + vi + ". " + EXAMPLES_VI,
                        "Invalid amount: \"" + shown + "\" — " + en + ". " + EXAMPLES_EN));
    }

    /** {@code 1.500.000.000 đồng} (vi), {@code 1,500,000,000 VND} (en). */
    static String format(Vnd amount, Lang lang) {
        return lang == Lang.VI ? group(amount.dong(), '.') + " đồng" : group(amount.dong(), ',') + " VND";
    }

    /**
     * {@code 1,5 tỷ đồng}, {@code 12,75 triệu đồng}, {@code 500.000 đồng} (vi); {@code 1.5 billion
     * VND} (en). At most two decimals, rounded half up, so the text is exact (and parses back) only
     * when the amount is a whole number of hundredths of the unit.
     */
    static String formatShort(Vnd amount, Lang lang) {
        BigInteger dong = amount.dong();
        if (dong.compareTo(MILLION) < 0) {
            return format(amount, lang);
        }
        BigDecimal millions = scaled(dong, MILLION);
        boolean billions = dong.compareTo(BILLION) >= 0 || millions.compareTo(BigDecimal.valueOf(1000)) >= 0;
        BigDecimal value = billions ? scaled(dong, BILLION) : millions;
        char thousands = lang.pick('.', ',');
        char decimals = lang.pick(',', '.');
        String digits = group(value.toBigInteger(), thousands);
        BigDecimal fraction = value.subtract(new BigDecimal(value.toBigInteger()));
        if (fraction.signum() != 0) {
            digits += decimals + fraction.toPlainString().substring(2);
        }
        if (lang == Lang.VI) {
            return digits + (billions ? " tỷ đồng" : " triệu đồng");
        }
        return digits + (billions ? " billion VND" : " million VND");
    }

    private static BigDecimal scaled(BigInteger dong, BigInteger unit) {
        return new BigDecimal(dong)
                .divide(new BigDecimal(unit), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    private static String group(BigInteger value, char separator) {
        String digits = value.toString();
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return out.toString();
    }
}
