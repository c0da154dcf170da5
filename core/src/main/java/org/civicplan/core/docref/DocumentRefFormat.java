package org.civicplan.core.docref;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.core.text.VietnameseText;

/**
 * Reads and writes document numbers and symbols ("số, ký hiệu").
 *
 * <p>Three forms: party {@code 07-CTr/TU}; state with a type {@code 186/KH-UBND}, optionally with
 * the year of a legal document {@code 30/2020/NĐ-CP}; state official letter {@code 3013/VP-KGVX}
 * (or {@code 3013/UBND} without a drafting unit). A trailing {@code ngày 26/7/2021} or {@code ngày
 * 26 tháng 7 năm 2021} sets the date, and a leading {@code Số:} is ignored, since both come along
 * when a symbol is copied from a document header. After '/' a known type code makes a typed state
 * document, anything else an official letter, so an issuer whose abbreviation is also a type code
 * cannot write official letters in this notation.
 */
final class DocumentRefFormat {
    static final int MAX_LENGTH = 100;
    static final int MIN_YEAR = 1945;
    static final int MAX_YEAR = 2200;

    private static final String EXAMPLES_VI =
            "Ví dụ hợp lệ: 07-CTr/TU, 186/KH-UBND, 3013/VP-KGVX, 30/2020/NĐ-CP," + " 186/KH-UBND ngày 26/7/2021.";
    private static final String EXAMPLES_EN =
            "Valid examples: 07-CTr/TU, 186/KH-UBND, 3013/VP-KGVX, 30/2020/NĐ-CP," + " 186/KH-UBND ngày 26/7/2021.";

    private static final Pattern PREFIX = Pattern.compile("^(?:số|so)\\s*[:.]?\\s*(?=\\d)", Pattern.CASE_INSENSITIVE);
    static final Pattern DATE_TAIL = Pattern.compile(
            "^(.*?)(?:^|[\\s,;]+)(?:ngày|ngay)\\b\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DATE_NUMERIC =
            Pattern.compile("^(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})$");
    private static final Pattern DATE_WORDS = Pattern.compile("^(\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})$");
    private static final Pattern AROUND_SEPARATOR = Pattern.compile("\\s*([/-])\\s*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}[\\p{Lu}&]*");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DocumentRefFormat() {}

    static DocumentRef parse(String text) {
        try {
            return parseChecked(text);
        } catch (InvalidDocumentRefException e) {
            throw e;
        } catch (RuntimeException e) {
            // a bug here must still reach the caller as bad input, never as an unexpected exception
            throw fail(text, "không đọc được", "cannot be read");
        }
    }

    private static DocumentRef parseChecked(String raw) {
        if (raw == null || raw.isBlank()) {
            throw fail(raw, "văn bản trống", "the text is empty");
        }
        if (raw.length() > 4 * MAX_LENGTH) {
            throw tooLong(raw);
        }
        String text = VietnameseText.clean(raw)
                .replace('\u2013', '-')
                .replace('\u2010', '-')
                .replace('\u2011', '-');
        if (text.length() > MAX_LENGTH) {
            throw tooLong(raw);
        }
        text = PREFIX.matcher(text).replaceFirst("");

        Optional<LocalDate> date = Optional.empty();
        Matcher tail = DATE_TAIL.matcher(text);
        if (tail.matches()) {
            text = tail.group(1);
            date = Optional.of(parseDate(raw, tail.group(2)));
        }
        String symbol = AROUND_SEPARATOR.matcher(text.strip()).replaceAll("$1");
        DocumentRef ref = parseSymbol(raw, symbol);
        return date.map(ref::withDate).orElse(ref);
    }

    private static DocumentRef parseSymbol(String raw, String symbol) {
        if (symbol.isEmpty()) {
            throw fail(raw, "thiếu số và ký hiệu", "the number and symbol are missing");
        }
        int slash = symbol.indexOf('/');
        int dash = symbol.indexOf('-');
        int end = slash < 0 ? dash : dash < 0 ? slash : Math.min(slash, dash);
        if (end < 0) {
            if (DIGITS.matcher(symbol).matches()) {
                throw fail(raw, "thiếu ký hiệu sau số", "the symbol after the number is missing");
            }
            throw fail(raw, "không có dạng số/ký hiệu", "it is not of the form number/symbol");
        }
        String number = symbol.substring(0, end);
        if (number.isEmpty()) {
            throw fail(raw, "thiếu số văn bản ở đầu", "the document number at the start is missing");
        }
        if (!DIGITS.matcher(number).matches()) {
            throw fail(
                    raw,
                    "số văn bản \"" + number + "\" phải gồm các chữ số",
                    "the document number \"" + number + "\" must be digits");
        }
        if (number.chars().allMatch(c -> c == '0')) {
            throw fail(raw, "số văn bản không thể là 0", "the document number cannot be 0");
        }
        String rest = symbol.substring(end + 1);
        return end == dash ? party(raw, number, rest) : state(raw, number, rest);
    }

    /** {@code 07-CTr/TU}: numbered per party term, no drafting unit. */
    private static DocumentRef party(String raw, String number, String rest) {
        String[] parts = rest.split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw fail(
                    raw,
                    "ký hiệu văn bản của Đảng có dạng số-loại/cơ quan, ví dụ 07-CTr/TU",
                    "a party symbol has the form number-type/issuer, e.g. 07-CTr/TU");
        }
        DocumentType type = knownType(raw, parts[0]);
        String issuer = abbreviation(raw, parts[1], "cơ quan ban hành", "issuer");
        return new DocumentRef(
                number,
                Optional.empty(),
                Optional.of(type.code()),
                issuer,
                Optional.empty(),
                NumberingScope.PARTY_TERM,
                Optional.empty());
    }

    /** {@code 186/KH-UBND}, {@code 30/2020/NĐ-CP}, {@code 3013/VP-KGVX}: numbered per calendar year. */
    private static DocumentRef state(String raw, String number, String rest) {
        // the briefing writes "3013/VP KGVX": a space between abbreviations stands for the hyphen
        rest = rest.replace(' ', '-');
        Optional<Integer> year = Optional.empty();
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            String yearText = rest.substring(0, slash);
            if (!DIGITS.matcher(yearText).matches() || yearText.length() != 4) {
                throw fail(
                        raw,
                        "sau số chỉ có thể là năm (4 chữ số) rồi mới đến ký hiệu, ví dụ 30/2020/NĐ-CP",
                        "after the number only a 4-digit year may come before the symbol, e.g. 30/2020/NĐ-CP");
            }
            year = Optional.of(year(raw, yearText));
            rest = rest.substring(slash + 1);
        }
        String[] parts = rest.split("-", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                throw fail(raw, "thiếu ký hiệu giữa các dấu", "a symbol part between separators is missing");
            }
        }
        Optional<DocumentType> type = DocumentType.fromCode(parts[0]);
        if (year.isPresent() || type.isPresent()) {
            DocumentType known = year.isPresent() ? knownType(raw, parts[0]) : type.orElseThrow();
            if (parts.length != 2) {
                throw fail(
                        raw,
                        "ký hiệu có loại văn bản có dạng số/loại-cơ quan, ví dụ 186/KH-UBND",
                        "a typed symbol has the form number/type-issuer, e.g. 186/KH-UBND");
            }
            String issuer = abbreviation(raw, parts[1], "cơ quan ban hành", "issuer");
            return new DocumentRef(
                    number,
                    year,
                    Optional.of(known.code()),
                    issuer,
                    Optional.empty(),
                    NumberingScope.CALENDAR_YEAR,
                    Optional.empty());
        }
        if (parts.length > 2) {
            throw fail(
                    raw,
                    "công văn có dạng số/cơ quan-đơn vị soạn thảo, ví dụ 3013/VP-KGVX",
                    "an official letter has the form number/issuer-drafting unit, e.g. 3013/VP-KGVX");
        }
        String issuer = abbreviation(raw, parts[0], "cơ quan ban hành", "issuer");
        Optional<String> unit = parts.length == 2
                ? Optional.of(abbreviation(raw, parts[1], "đơn vị soạn thảo", "drafting unit"))
                : Optional.empty();
        return new DocumentRef(
                number,
                Optional.empty(),
                Optional.empty(),
                issuer,
                unit,
                NumberingScope.CALENDAR_YEAR,
                Optional.empty());
    }

    private static DocumentType knownType(String raw, String code) {
        return DocumentType.fromCode(code).orElseThrow(() -> {
            String known =
                    Arrays.stream(DocumentType.values()).map(DocumentType::code).collect(Collectors.joining(", "));
            return fail(
                    raw,
                    "\"" + code + "\" không phải loại văn bản đã biết (" + known + ")",
                    "\"" + code + "\" is not a known document type (" + known + ")");
        });
    }

    private static String abbreviation(String raw, String text, String whatVi, String whatEn) {
        if (!ABBREVIATION.matcher(text).matches()) {
            throw fail(
                    raw,
                    "\"" + text + "\" không phải chữ viết tắt " + whatVi + " (chữ in hoa, ví dụ UBND, TU, KGVX)",
                    "\"" + text + "\" is not an " + whatEn + " abbreviation (capital letters, e.g. UBND, TU, KGVX)");
        }
        return text;
    }

    private static int year(String raw, String digits) {
        int year = digits.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw fail(
                    raw,
                    "năm " + digits + " nằm ngoài khoảng " + MIN_YEAR + "–" + MAX_YEAR,
                    "the year " + digits + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        return year;
    }

    static LocalDate parseDate(String raw, String text) {
        String folded = VietnameseText.fold(text);
        int day;
        int month;
        String yearText;
        Matcher numeric = DATE_NUMERIC.matcher(folded);
        Matcher words = DATE_WORDS.matcher(folded);
        if (numeric.matches()) {
            day = Integer.parseInt(numeric.group(1));
            month = Integer.parseInt(numeric.group(3));
            yearText = numeric.group(4);
        } else if (words.matches()) {
            day = Integer.parseInt(words.group(1));
            month = Integer.parseInt(words.group(2));
            yearText = words.group(3);
        } else {
            throw fail(
                    raw,
                    "không hiểu ngày \"" + text + "\" (viết ngày 26/7/2021 hoặc ngày 26 tháng 7 năm 2021)",
                    "the date \"" + text + "\" is not understood (write ngày 26/7/2021 or ngày 26 tháng 7 năm 2021)");
        }
        int year = year(raw, yearText);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw fail(
                    raw,
                    "ngày " + day + "/" + month + "/" + year + " không có trên lịch",
                    "the date " + day + "/" + month + "/" + year + " does not exist");
        }
    }

    static InvalidDocumentRefException tooLong(String raw) {
        return fail(
                raw,
                "dài quá " + MAX_LENGTH + " ký tự, không phải số và ký hiệu",
                "longer than " + MAX_LENGTH + " characters, not a number and symbol");
    }

    static InvalidDocumentRefException fail(String raw, String vi, String en) {
        String shown = raw == null ? "null" : raw.length() > 1000 ? raw.substring(0, 1000) + "…" : raw;
        return new InvalidDocumentRefException(
                raw,
                Message.of(
                        "Số, ký hiệu văn bản không hợp lệ: \"" + shown + "\" — " + vi + ". " + EXAMPLES_VI,
                        "Invalid document number and symbol: \"" + shown + "\" — " + en + ". " + EXAMPLES_EN));
    }

    static String symbol(DocumentRef ref) {
        StringBuilder out = new StringBuilder(ref.number());
        if (ref.scope() == NumberingScope.PARTY_TERM) {
            ref.typeCode().ifPresentOrElse(t -> out.append('-').append(t).append('/'), () -> out.append('/'));
            out.append(ref.issuer());
            ref.draftingUnit().ifPresent(u -> out.append('-').append(u));
            return out.toString();
        }
        out.append('/');
        ref.year().ifPresent(y -> out.append(y).append('/'));
        ref.typeCode().ifPresent(t -> out.append(t).append('-'));
        out.append(ref.issuer());
        ref.draftingUnit().ifPresent(u -> out.append('-').append(u));
        return out.toString();
    }

    static String describe(DocumentRef ref, Lang lang) {
        Optional<DocumentType> type = ref.type();
        boolean letter = ref.typeCode().isEmpty() && ref.scope() == NumberingScope.CALENDAR_YEAR;
        String kind;
        if (lang == Lang.VI) {
            kind = type.map(DocumentType::vi).orElse(letter ? "Công văn" : "Văn bản");
        } else {
            kind = type.map(DocumentType::en).orElse(letter ? "Official letter" : "Document");
        }
        String text = kind + (lang == Lang.VI ? " số " : " No. ") + symbol(ref);
        return ref.date()
                .map(d -> text + (lang == Lang.VI ? " ngày " : " of ") + DATE.format(d))
                .orElse(text);
    }
}
