package org.civicplan.core.docref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.text.VietnameseText;

/**
 * Reads every form of number and symbol found in published documents, where {@link
 * DocumentRefFormat} reads only the canonical ones: issuer codes of several parts ({@code
 * 404/VPUBND-TCD-NC}, {@code 10388/TTr-BNN-VPĐP}, {@code 01/2008/TTLT-UBDT-KHĐT-TC-XD-NNPTNT}),
 * codes with digits or lower case ({@code 474/UBND-VP7}, {@code 73/TTg-CN}), laws and resolutions
 * of the National Assembly with the legislature in the issuer ({@code 206/2025/QH15}), numbers with
 * a letter ({@code 36a/NQ-CP}), a leading "Quyết định số:", spaces and dashes around the
 * separators, a year joined by a hyphen ({@code 19-2018/NQ-CP}), and type codes outside the
 * standard table where the structure says a type stands ({@code 07-XYZ/TU}, kept and flagged).
 */
final class DocumentNumberReader {
    /** What may stand before the first digit: "Số:", "số", "Quyết định số:". */
    private static final Pattern PREFIX = Pattern.compile(
            "(?:\\p{L}+\\s+){0,3}(?:số|so)\\s*[:.]?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern AROUND_SEPARATOR = Pattern.compile("\\s*([/&-])\\s*");
    private static final Map<String, DocumentType> EXACT = byCode(c -> c, false);
    /** An all-capitals spelling of a mixed-case code ({@code CTR} for {@code CTr}), as {@link DocumentType#fromCode}. */
    private static final Map<String, DocumentType> UPPER = byCode(c -> c.toUpperCase(Locale.ROOT), false);
    /** "Đ" typed as "D" ({@code ND}, {@code QD}); codes that then clash are left out. */
    private static final Map<String, DocumentType> PLAIN =
            byCode(c -> c.toUpperCase(Locale.ROOT).replace('Đ', 'D'), true);
    /** Issuer codes whose canonical writing is mixed case, as retyped in capitals. */
    private static final Map<String, String> MIXED_CASE_ISSUERS = Map.of("TTG", "TTg", "PTTG", "PTTg");

    private DocumentNumberReader() {}

    static DocumentReading read(String raw) {
        try {
            return readChecked(raw);
        } catch (InvalidDocumentRefException e) {
            throw e;
        } catch (RuntimeException e) {
            // a bug here must still reach the caller as bad input, never as an unexpected exception
            throw DocumentRefFormat.fail(raw, "không đọc được", "cannot be read");
        }
    }

    private static DocumentReading readChecked(String raw) {
        if (raw == null || raw.isBlank()) {
            throw DocumentRefFormat.fail(raw, "văn bản trống", "the text is empty");
        }
        if (raw.length() > 4 * DocumentRefFormat.MAX_LENGTH) {
            throw DocumentRefFormat.tooLong(raw);
        }
        String text = dashes(VietnameseText.clean(raw));
        if (text.length() > DocumentRefFormat.MAX_LENGTH) {
            throw DocumentRefFormat.tooLong(raw);
        }
        // the regular expressions run only on text that can match them: most numbers are bare
        if (!text.isEmpty() && !Character.isDigit(text.charAt(0))) {
            int digit = firstDigit(text);
            if (digit > 0 && PREFIX.matcher(text.substring(0, digit)).matches()) {
                text = text.substring(digit);
            }
        }
        Optional<LocalDate> date = Optional.empty();
        if (mayHaveDate(text)) {
            Matcher tail = DocumentRefFormat.DATE_TAIL.matcher(text);
            if (tail.matches()) {
                text = tail.group(1);
                date = Optional.of(DocumentRefFormat.parseDate(raw, tail.group(2)));
            }
        }
        String written = text.strip();
        if (written.isEmpty()) {
            throw DocumentRefFormat.fail(raw, "thiếu số và ký hiệu", "the number and symbol are missing");
        }
        Set<DocumentRefFlag> flags = EnumSet.noneOf(DocumentRefFlag.class);
        String compact = written.indexOf(' ') < 0
                ? written
                : AROUND_SEPARATOR.matcher(written).replaceAll("$1");
        DocumentRef ref = symbol(raw, compact, flags);
        if (!ref.symbol().equals(written)) {
            flags.add(DocumentRefFlag.RESPELLED);
        }
        return new DocumentReading(raw, date.map(ref::withDate).orElse(ref), flags);
    }

    private static DocumentRef symbol(String raw, String symbol, Set<DocumentRefFlag> flags) {
        int digits = 0;
        while (digits < symbol.length() && digits < 8 && isAsciiDigit(symbol.charAt(digits))) {
            digits++;
        }
        int end = digits;
        if (end < symbol.length() && symbol.charAt(end) >= 'a' && symbol.charAt(end) <= 'z') {
            end++;
        }
        if (digits == 0
                || digits > 7
                || end >= symbol.length()
                || (symbol.charAt(end) != '/' && symbol.charAt(end) != '-')) {
            throw DocumentRefFormat.fail(
                    raw,
                    "không bắt đầu bằng số văn bản rồi dấu / hoặc -",
                    "it does not start with the document number followed by / or -");
        }
        String number = symbol.substring(0, end);
        if (allZero(number)) {
            throw DocumentRefFormat.fail(raw, "số văn bản không thể là 0", "the document number cannot be 0");
        }
        String rest = symbol.substring(end + 1).replace(' ', '-');
        boolean yearFirst = rest.length() > 5
                && rest.charAt(4) == '/'
                && isAsciiDigit(rest.charAt(0))
                && isAsciiDigit(rest.charAt(1))
                && isAsciiDigit(rest.charAt(2))
                && isAsciiDigit(rest.charAt(3));
        if (yearFirst) {
            // a year after a hyphen ("19-2018/NQ-CP") is a respelling of "19/2018/NQ-CP"
            return state(raw, number, rest.substring(0, 4), rest.substring(5), flags);
        }
        if (symbol.charAt(end) == '-') {
            return party(raw, number, rest, flags);
        }
        return state(raw, number, null, rest, flags);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int firstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isAsciiDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code 57-KL/TW}, {@code 8011-CV/BTCTW}: numbered per party term. */
    private static DocumentRef party(String raw, String number, String rest, Set<DocumentRefFlag> flags) {
        int slash = rest.indexOf('/');
        if (slash <= 0 || rest.indexOf('/', slash + 1) >= 0) {
            throw DocumentRefFormat.fail(
                    raw,
                    "ký hiệu văn bản của Đảng có dạng số-loại/cơ quan, ví dụ 57-KL/TW",
                    "a party symbol has the form number-type/issuer, e.g. 57-KL/TW");
        }
        String type = type(raw, rest.substring(0, slash), flags);
        List<String> issuer = codes(raw, rest.substring(slash + 1));
        return ref(number, Optional.empty(), Optional.of(type), issuer, NumberingScope.PARTY_TERM);
    }

    /** {@code 186/KH-UBND}, {@code 30/2020/NĐ-CP}, {@code 206/2025/QH15}, {@code 404/VPUBND-TCD-NC}. */
    private static DocumentRef state(
            String raw, String number, String yearText, String rest, Set<DocumentRefFlag> flags) {
        Optional<Integer> year = Optional.empty();
        if (yearText != null) {
            int y = Integer.parseInt(yearText);
            if (y < DocumentRefFormat.MIN_YEAR || y > DocumentRefFormat.MAX_YEAR) {
                throw DocumentRefFormat.fail(
                        raw,
                        "năm " + yearText + " nằm ngoài khoảng " + DocumentRefFormat.MIN_YEAR + "–"
                                + DocumentRefFormat.MAX_YEAR,
                        "the year " + yearText + " is outside " + DocumentRefFormat.MIN_YEAR + "–"
                                + DocumentRefFormat.MAX_YEAR);
            }
            year = Optional.of(y);
        }
        if (rest.contains("/")) {
            throw DocumentRefFormat.fail(
                    raw,
                    "sau số chỉ có thể là năm (4 chữ số) rồi mới đến ký hiệu, ví dụ 30/2020/NĐ-CP",
                    "after the number only a 4-digit year may come before the symbol, e.g. 30/2020/NĐ-CP");
        }
        List<String> parts = codes(raw, rest);
        Optional<DocumentType> known = knownType(parts.get(0));
        if (known.isPresent() && parts.size() > 1) {
            return ref(number, year, Optional.of(known.get().code()), parts.subList(1, parts.size()), scope());
        }
        if (known.isPresent()) {
            throw DocumentRefFormat.fail(
                    raw,
                    "thiếu cơ quan ban hành sau loại văn bản \"" + parts.get(0) + "\", ví dụ 186/KH-UBND",
                    "the issuer after the document type \"" + parts.get(0) + "\" is missing, e.g. 186/KH-UBND");
        }
        if (year.isPresent() && parts.size() > 1) {
            // a legal document always has its type before the issuer: this one is outside the table
            flags.add(DocumentRefFlag.UNKNOWN_TYPE);
            return ref(number, year, Optional.of(parts.get(0)), parts.subList(1, parts.size()), scope());
        }
        // an official letter (no type), or a law or resolution of the National Assembly (QH15)
        return ref(number, year, Optional.empty(), parts, scope());
    }

    private static NumberingScope scope() {
        return NumberingScope.CALENDAR_YEAR;
    }

    /**
     * The type with this code, also when "Đ" was typed as "D" ({@code ND} for {@code NĐ}, {@code QD}
     * for {@code QĐ}); an exact code wins ({@code DA} is Dự án, not Đề án).
     */
    static Optional<DocumentType> knownType(String code) {
        DocumentType exact = EXACT.get(code);
        if (exact != null) {
            return Optional.of(exact);
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (upper.equals(code) && UPPER.containsKey(upper)) {
            return Optional.of(UPPER.get(upper));
        }
        return Optional.ofNullable(PLAIN.get(upper));
    }

    private static String dashes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212') {
                return text.replaceAll("[\\u2010-\\u2015\\u2212]", "-");
            }
        }
        return text;
    }

    /** "ngày" or "ngay" in any case. */
    private static boolean mayHaveDate(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if ((text.charAt(i) | 0x20) == 'n' && (text.charAt(i + 1) | 0x20) == 'g') {
                return true;
            }
        }
        return false;
    }

    private static boolean allZero(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (Character.isDigit(c) && c != '0') {
                return false;
            }
        }
        return true;
    }

    /** A capital letter, then up to 19 letters, digits, "&" or ".". */
    private static boolean isCode(String part) {
        if (part.isEmpty() || part.length() > 20 || !Character.isUpperCase(part.charAt(0))) {
            return false;
        }
        for (int i = 1; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '&' && c != '.') {
                return false;
            }
        }
        return Character.isLetter(part.charAt(0));
    }

    private static Map<String, DocumentType> byCode(java.util.function.Function<String, String> form, boolean unique) {
        Map<String, DocumentType> out = new java.util.HashMap<>();
        Set<String> clashes = new java.util.HashSet<>();
        for (DocumentType type : DocumentType.values()) {
            String key = form.apply(type.code());
            if (out.putIfAbsent(key, type) != null && unique) {
                clashes.add(key);
            }
        }
        clashes.forEach(out::remove);
        return Map.copyOf(out);
    }

    private static String type(String raw, String code, Set<DocumentRefFlag> flags) {
        Optional<DocumentType> known = knownType(code);
        if (known.isPresent()) {
            return known.get().code();
        }
        codes(raw, code);
        flags.add(DocumentRefFlag.UNKNOWN_TYPE);
        return code;
    }

    private static List<String> codes(String raw, String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("-", -1)) {
            if (part.isEmpty()) {
                throw DocumentRefFormat.fail(
                        raw, "thiếu ký hiệu giữa các dấu", "a symbol part between separators is missing");
            }
            if (!isCode(part)) {
                throw DocumentRefFormat.fail(
                        raw,
                        "\"" + part + "\" không phải chữ viết tắt (bắt đầu bằng chữ in hoa, ví dụ UBND, TTg, VP7)",
                        "\"" + part + "\" is not an abbreviation (it starts with a capital, e.g. UBND, TTg, VP7)");
            }
            parts.add(
                    part.length() <= 4 && part.indexOf('G') > 0
                            ? MIXED_CASE_ISSUERS.getOrDefault(part.toUpperCase(Locale.ROOT), part)
                            : part);
        }
        return parts;
    }

    private static DocumentRef ref(
            String number, Optional<Integer> year, Optional<String> type, List<String> issuer, NumberingScope scope) {
        Optional<String> drafting =
                issuer.size() > 1 ? Optional.of(String.join("-", issuer.subList(1, issuer.size()))) : Optional.empty();
        return new DocumentRef(number, year, type, issuer.get(0), drafting, scope, Optional.empty());
    }
}
