package org.civicplan.storage.json.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Labelled;
import org.civicplan.core.Message;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.storage.json.UnitNameResolution;

/**
 * One reading pass: the problems found so far, and the readers of single values (strings, numbers,
 * dates, periods, ids, codes, money) that report into them. Each returns {@code null} for a value
 * it could not read, the problem recorded with its place; {@link #parse} is the shape they share.
 */
public final class Scalars {
    /** Parsed periods by text: measurement files repeat a few periods a million times. */
    private static final ConcurrentHashMap<String, Period> PERIODS = new ConcurrentHashMap<>();

    private final Problems problems;
    private int formatVersion = 1;
    private Map<PlanId, Plan> plans = Map.of();
    private UnitNames unitNames;
    private Consumer<UnitNameResolution> unitListener = r -> {};

    public Scalars(Problems problems) {
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }

    /** The {@code formatVersion} of the document being read (1 until {@link FormatVersion#check} has read it). */
    int formatVersion() {
        return formatVersion;
    }

    void formatVersion(int version) {
        formatVersion = version;
    }

    /** The plans of the document, for reading an item's deadline against its plan's date. */
    Map<PlanId, Plan> plans() {
        return plans;
    }

    void plans(Map<PlanId, Plan> value) {
        plans = value;
    }

    /** Resolves unit names of a version-2 interchange document; null where references must be codes. */
    UnitNames unitNames() {
        return unitNames;
    }

    void unitNames(UnitNames value) {
        unitNames = value;
    }

    /** Told how each unit reference of a version-2 interchange document was resolved. */
    Consumer<UnitNameResolution> unitListener() {
        return unitListener;
    }

    public void unitListener(Consumer<UnitNameResolution> value) {
        unitListener = requireNonNull(value, "listener is null");
    }

    /** Makes a value of a node of the expected type, with a context (an id's factory, an enum type); null, or a throw, when it cannot. */
    @FunctionalInterface
    interface Parse<C, T> {
        T from(C context, Node n);
    }

    /**
     * The one shape of a scalar reader: a value of JSON {@code type} (else a problem naming the
     * type, with the example), parsed by {@code parse}; when that gives null or throws an exception
     * {@code expected} accepts, {@code problem} is reported and the result is null. Other exceptions
     * pass. The context is handed to {@code parse} so that its lambda captures nothing: readers run
     * for every value of a million-line file.
     */
    <C, T> T parse(
            Node n,
            Node.Type type,
            String exampleVi,
            String exampleEn,
            C context,
            Parse<C, T> parse,
            Predicate<RuntimeException> expected,
            BiFunction<C, Node, Message> problem) {
        if (!expect(n, type, exampleVi, exampleEn)) {
            return null;
        }
        T value;
        try {
            value = parse.from(context, n);
        } catch (RuntimeException e) {
            if (!expected.test(e)) {
                throw e;
            }
            value = null;
        }
        if (value == null) {
            problems.add(n, problem.apply(context, n));
        }
        return value;
    }

    /** Reports a node of another JSON type than {@code type}. */
    boolean expect(Node n, Node.Type type, String exampleVi, String exampleEn) {
        if (n.type() == type) {
            return true;
        }
        problems.add(
                n,
                Message.of(
                        "cần " + type.vi + exampleVi + ", không phải " + n.type().vi + " " + n.shown(),
                        "expected " + type.en + exampleEn + ", not " + n.type().en + " " + n.shown()));
        return false;
    }

    public String string(Node n) {
        return expect(n, Node.Type.STRING, "", "") ? n.string() : null;
    }

    Boolean bool(Node n) {
        return expect(n, Node.Type.BOOLEAN, "", "") ? n.bool() : null;
    }

    Integer integer(Node n) {
        return parse(
                n,
                Node.Type.NUMBER,
                " nguyên",
                " (a whole number)",
                null,
                (none, x) -> x.number().intValueExact(),
                e -> e instanceof ArithmeticException,
                (none, x) -> Message.of(
                        "cần một số nguyên, không phải " + x.shown(), "expected a whole number, not " + x.shown()));
    }

    /** A whole number that {@code ok} accepts; else {@code problem} (given the number) is reported. */
    private Integer integer(Node n, IntPredicate ok, Function<Integer, Message> problem) {
        Integer v = integer(n);
        if (v != null && !ok.test(v)) {
            problems.add(n, problem.apply(v));
            return null;
        }
        return v;
    }

    Integer positive(Node n) {
        return integer(
                n,
                v -> v >= 1,
                v -> Message.of("cần một số từ 1 trở lên, không phải " + v, "expected 1 or more, not " + v));
    }

    Integer nonNegative(Node n) {
        return integer(n, v -> v >= 0, v -> Message.of("không được là số âm: " + v, "cannot be negative: " + v));
    }

    Integer percent(Node n) {
        return integer(
                n,
                v -> v >= 0 && v <= 100,
                v -> Message.of("tỷ lệ hoàn thành phải từ 0 đến 100, không phải " + v, "expected 0 to 100, not " + v));
    }

    Integer year(Node n) {
        return integer(
                n,
                v -> v >= 1900 && v <= 2200,
                v -> Message.of("năm không hợp lệ: " + v, "not a plausible year: " + v));
    }

    /** A number, or a string holding one. */
    BigDecimal decimal(Node n) {
        if (n.type() == Node.Type.NUMBER) {
            return n.number();
        }
        if (n.type() == Node.Type.STRING && Decimals.looksNumeric(n.string().strip())) {
            BigDecimal v = Decimals.parse(n.string().strip());
            if (v == null) {
                problems.add(n, Decimals.outOfRange(n.string().strip()));
            }
            return v;
        }
        problems.add(
                n,
                Message.of(
                        "cần một số (ví dụ 42 hoặc 12.5), không phải " + n.shown(),
                        "expected a number (e.g. 42 or 12.5), not " + n.shown()));
        return null;
    }

    /** Whole đồng, as a number or a string (digits, or text {@link Vnd#parse} reads). */
    Vnd money(Node n) {
        if (n.type() == Node.Type.NUMBER) {
            BigDecimal v = n.number();
            if (v.signum() < 0) {
                problems.add(n, negativeMoney(n));
                return null;
            }
            try {
                return new Vnd(v.toBigIntegerExact());
            } catch (ArithmeticException e) {
                problems.add(
                        n,
                        Message.of(
                                "số tiền phải là số đồng nguyên, không phải " + n.shown(),
                                "an amount must be whole đồng, not " + n.shown()));
                return null;
            }
        }
        if (!expect(n, Node.Type.STRING, " số tiền (ví dụ \"1500000000\")", " amount (e.g. \"1500000000\")")) {
            return null;
        }
        String text = n.string().strip();
        Vnd plain = plainDong(text);
        if (plain != null) {
            return plain;
        }
        if (text.startsWith("-")) {
            problems.add(n, negativeMoney(n));
            return null;
        }
        try {
            return Vnd.parse(text);
        } catch (CivicPlanException e) {
            problems.add(n, e.text());
            return null;
        } catch (RuntimeException e) {
            problems.add(n, Message.of(n.shown() + " không phải số tiền", n.shown() + " is not an amount"));
            return null;
        }
    }

    /** Whole đồng written as digits only (at most 40), as civicplan writes amounts; null for any other text. */
    static Vnd plainDong(String text) {
        int length = text.length();
        if (length == 0 || length > 40) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return new Vnd(new BigInteger(text));
    }

    private static Message negativeMoney(Node n) {
        return Message.of(
                n.shown() + " không phải số tiền hợp lệ: số tiền không được âm",
                n.shown() + " is not a valid amount: amounts cannot be negative");
    }

    LocalDate date(Node n) {
        return parse(
                n,
                Node.Type.STRING,
                " ngày dạng yyyy-MM-dd",
                " date as yyyy-MM-dd",
                null,
                (none, x) -> LocalDate.parse(x.string().strip()),
                e -> e instanceof DateTimeParseException,
                (none, x) -> Message.of(
                        x.shown() + " không phải ngày hợp lệ (cần dạng yyyy-MM-dd, ví dụ \"2021-07-26\")",
                        x.shown() + " is not a date (expected yyyy-MM-dd, e.g. \"2021-07-26\")"));
    }

    Instant instant(Node n) {
        return parse(
                n,
                Node.Type.STRING,
                " thời điểm ISO-8601",
                " ISO-8601 instant",
                null,
                (none, x) -> Instant.parse(x.string().strip()),
                e -> e instanceof DateTimeParseException,
                (none, x) -> Message.of(
                        x.shown() + " không phải thời điểm hợp lệ (ví dụ \"2021-07-26T08:00:00Z\")",
                        x.shown() + " is not an instant (expected e.g. \"2021-07-26T08:00:00Z\")"));
    }

    Period period(Node n) {
        return parse(
                n,
                Node.Type.STRING,
                " kỳ (ví dụ \"Quý III/2021\")",
                " period (e.g. \"Quý III/2021\")",
                null,
                (none, x) -> cachedPeriod(x.string()),
                e -> e instanceof InvalidInputException || e instanceof IllegalArgumentException,
                (none, x) -> Message.of(
                        x.shown() + " không phải kỳ hợp lệ (ví dụ đúng: \"Quý III/2021\")",
                        x.shown() + " is not a period (expected e.g. \"Quý III/2021\")"));
    }

    /** The period {@code text} names (as {@link Period#parse}), parsed once per text. */
    static Period cachedPeriod(String text) {
        Period known = PERIODS.get(text);
        if (known != null) {
            return known;
        }
        Period period = Period.parse(text);
        if (PERIODS.size() < 10_000) {
            PERIODS.put(text, period);
        }
        return period;
    }

    /** An id made by {@code of} from a string (which refuses empty, overlong and control characters). */
    public <T> T id(Node n, Function<String, T> of) {
        return parse(
                n,
                Node.Type.STRING,
                "",
                "",
                of,
                (factory, x) -> factory.apply(x.string()),
                e -> e instanceof InvalidInputException || e instanceof NullPointerException,
                (factory, x) -> Message.of(
                        x.shown() + " không phải mã hợp lệ (1–64 ký tự, không có ký tự điều khiển)",
                        x.shown() + " is not a valid id (1 to 64 characters, no control characters)"));
    }

    /** An enum constant by its stable code, in any letter case. */
    <E extends Enum<E> & Labelled> E code(Node n, Class<E> type) {
        return parse(
                n,
                Node.Type.STRING,
                "",
                "",
                type,
                (enumType, x) -> byCode(enumType, x.string().strip()),
                e -> false,
                (enumType, x) -> {
                    String known = Arrays.stream(enumType.getEnumConstants())
                            .map(Labelled::code)
                            .collect(Collectors.joining(", "));
                    return Message.of(
                            "mã không hợp lệ " + x.shown() + " (các mã hợp lệ: " + known + ")",
                            "unknown code " + x.shown() + " (allowed: " + known + ")");
                });
    }

    private static <E extends Enum<E> & Labelled> E byCode(Class<E> type, String wanted) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equalsIgnoreCase(wanted)) {
                return value;
            }
        }
        return null;
    }
}
