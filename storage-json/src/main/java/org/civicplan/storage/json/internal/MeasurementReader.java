package org.civicplan.storage.json.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Reads measurement objects one at a time straight from the parser, without the located tree
 * ({@link TreeReader}, {@link Node}) that every other part of a file is read into: a million
 * values are most of a file, and building a map of nodes for each was half the reading time.
 *
 * <p>The tree is what places problems, so it is still built for any object this reader does not
 * take as it stands: an unknown, repeated, null or mistyped property, a missing one, a value its
 * record refuses, a syntax error, or text officials write that needs the full readers ({@code "1,5
 * tỷ đồng"}, a number as a string). The tokens read so far are kept, each with its line and column,
 * and replayed into the tree reader, which then reads the rest of the object from the parser as it
 * always does: every problem (text, place, JSON pointer, order) is the tree reading's own, and an
 * object it accepts after all (an amount in words) is read as it reads it. Only what a well-formed
 * measurement has is read here, and only what the tree reading would give the same record for.
 */
final class MeasurementReader {
    // a measurement's properties, as bits of what was seen
    private static final int INDICATOR = 1;
    private static final int PERIOD = 1 << 1;
    private static final int REPORTED_BY = 1 << 2;
    private static final int VALUE = 1 << 3;
    private static final int SOURCE = 1 << 4;
    private static final int REQUIRED = INDICATOR | PERIOD | REPORTED_BY | VALUE;
    private static final int MEASUREMENT = REQUIRED | SOURCE;
    // ... and its value's
    private static final int TYPE = 1 << 5;
    private static final int NUMBER = 1 << 6;
    private static final int NUMERATOR = 1 << 7;
    private static final int DENOMINATOR = 1 << 8;
    private static final int AMOUNT = 1 << 9;
    private static final int REACHED = 1 << 10;
    private static final int MEASURED_VALUE = TYPE | NUMBER | NUMERATOR | DENOMINATOR | AMOUNT | REACHED;

    /**
     * The tokens of an object read here: at most 25 (the braces of the object and its value, five
     * properties and the value's six, each a name and a value), and the one where reading stopped.
     */
    private static final int MAX_TOKENS = 32;

    private final JsonParser parser;
    /** The parser as Jackson's base class, which tells a token's place without making an object; null for another parser. */
    private final ParserBase base;

    private final TreeReader tree;
    private final Scalars scalars;
    private final boolean streaming;

    // the tokens of the object being read, for a replay: token, name or value, line and column
    private final JsonToken[] tokens = new JsonToken[MAX_TOKENS];
    private final Object[] values = new Object[MAX_TOKENS];
    private final int[] lines = new int[MAX_TOKENS];
    private final int[] columns = new int[MAX_TOKENS];
    private int count;
    private long readByTree;

    /** The most codes of each kind remembered in a reading: memory does not grow with hostile input. */
    private static final int MAX_CODES = 4096;

    private final java.util.HashMap<String, IndicatorCode> indicatorCodes = new java.util.HashMap<>();
    private final java.util.HashMap<String, UnitCode> unitCodes = new java.util.HashMap<>();

    // what the properties of the object being read hold, once read
    private String indicator;
    private String period;
    private String unit;
    private String source;
    private MeasuredValue value;
    private String type;
    private BigDecimal number;
    private BigDecimal denominator;
    private Vnd amount;
    private boolean reached;

    // where reading is, to place a syntax error where the tree reader places it
    private boolean inValue;
    private boolean atPropertyValue;
    private String property;

    /** {@code streaming} false reads every object through the tree (what the tests compare with). */
    MeasurementReader(TreeReader tree, Scalars scalars, boolean streaming) {
        this.parser = tree.parser();
        this.base = parser instanceof ParserBase b ? b : null;
        this.tree = tree;
        this.scalars = scalars;
        this.streaming = streaming;
    }

    /**
     * The measurement whose first token is the parser's current one, {@code at} the JSON pointer
     * (or {@link Node.Child}, or {@link Node.Element}) of its place; null when it has problems,
     * which are reported. The parser is left at its last token.
     */
    Measurement read(Object at) {
        if (!streaming || parser.currentToken() != JsonToken.START_OBJECT) {
            return byTree(tree, at);
        }
        count = 0;
        inValue = false;
        atPropertyValue = false;
        property = null;
        Measurement m;
        try {
            m = object();
        } catch (JacksonException e) {
            tree.pointAt(pointer(Node.fixed(at)));
            throw tree.translate(e);
        }
        if (m == null) {
            return byTree(new TreeReader(new Replay(), scalars.problems()), at);
        }
        tree.pointAt(at);
        return m;
    }

    private Measurement byTree(TreeReader reader, Object element) {
        readByTree++;
        Object at = Node.fixed(element);
        Node n = reader.readCurrent(at);
        tree.pointAt(at);
        return MeasurementCodec.read(scalars, n);
    }

    /** How many objects were read through the tree. */
    long readByTree() {
        return readByTree;
    }

    /** The measurement, or null to read it as a tree (from the token the parser is at). */
    private Measurement object() {
        log(JsonToken.START_OBJECT);
        indicator = null;
        period = null;
        unit = null;
        source = null;
        value = null;
        int seen = properties(MEASUREMENT);
        if (seen < 0 || (seen & REQUIRED) != REQUIRED) {
            return null;
        }
        try {
            return new Measurement(
                    indicatorCode(indicator),
                    Scalars.cachedPeriod(period),
                    unitCode(unit),
                    value,
                    Optional.ofNullable(source));
        } catch (RuntimeException e) {
            return null; // the tree reading reports it, or lets it pass as it does
        }
    }

    /**
     * {@link IndicatorCode#of}, remembered for this reading: a stream repeats a few codes in every
     * value, and checking one (Unicode normalisation, then each character) was a good part of
     * reading a value. Only valid codes are remembered; an invalid one throws each time, as before.
     */
    private IndicatorCode indicatorCode(String text) {
        IndicatorCode code = indicatorCodes.get(text);
        if (code == null) {
            code = IndicatorCode.of(text);
            if (indicatorCodes.size() < MAX_CODES) {
                indicatorCodes.put(text, code);
            }
        }
        return code;
    }

    /** {@link UnitCode#of}, remembered as {@link #indicatorCode} is. */
    private UnitCode unitCode(String text) {
        UnitCode code = unitCodes.get(text);
        if (code == null) {
            code = UnitCode.of(text);
            if (unitCodes.size() < MAX_CODES) {
                unitCodes.put(text, code);
            }
        }
        return code;
    }

    /** The value object at the current token, or null to read the measurement as a tree. */
    private MeasuredValue value() {
        inValue = true;
        atPropertyValue = false;
        property = null;
        type = null;
        int seen = properties(MEASURED_VALUE);
        inValue = false;
        property = "value";
        if (seen < 0 || type == null) {
            return null;
        }
        try {
            return switch (type) {
                case "count" -> seen == (TYPE | NUMBER) ? new MeasuredValue.Count(number) : null;
                case "ratio" ->
                    seen == (TYPE | NUMERATOR | DENOMINATOR) && denominator.signum() > 0
                            ? new MeasuredValue.Ratio(number, denominator)
                            : null;
                case "money" -> seen == (TYPE | AMOUNT) ? new MeasuredValue.Money(amount) : null;
                case "milestone" -> seen == (TYPE | REACHED) ? new MeasuredValue.Milestone(reached) : null;
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads the properties of the object just started, each one at most once and only those of
     * {@code known} (a measurement's or its value's), up to the object's end: the bits of those
     * seen, or -1 to read the measurement as a tree.
     */
    private int properties(int known) {
        int seen = 0;
        JsonToken t;
        while ((t = next()) == JsonToken.PROPERTY_NAME) {
            String name = name();
            int bit = bit(name) & known;
            if (bit == 0 || (seen & bit) != 0) {
                return -1;
            }
            seen |= bit;
            property = name;
            atPropertyValue = true;
            if (!take(bit, next())) {
                return -1;
            }
            atPropertyValue = false;
        }
        return t == JsonToken.END_OBJECT ? seen : -1;
    }

    /** The bit of a property name, a measurement's or its value's ({@code "value"} is both). */
    private static int bit(String name) {
        return switch (name) {
            case "indicator" -> INDICATOR;
            case "period" -> PERIOD;
            case "reportedBy" -> REPORTED_BY;
            case "value" -> VALUE | NUMBER;
            case "source" -> SOURCE;
            case "type" -> TYPE;
            case "numerator" -> NUMERATOR;
            case "denominator" -> DENOMINATOR;
            case "amount" -> AMOUNT;
            case "reached" -> REACHED;
            default -> 0;
        };
    }

    /** Takes the value of a property (its first token {@code t}); false when it is not as written here. */
    private boolean take(int bit, JsonToken t) {
        switch (bit) {
            case VALUE -> {
                value = t == JsonToken.START_OBJECT ? value() : null;
                return value != null;
            }
            case REACHED -> {
                reached = t == JsonToken.VALUE_TRUE;
                return reached || t == JsonToken.VALUE_FALSE;
            }
            case NUMBER, NUMERATOR, DENOMINATOR -> {
                BigDecimal d = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? number() : null;
                if (bit == DENOMINATOR) {
                    denominator = d;
                } else {
                    number = d;
                }
                return d != null;
            }
            default -> {
                if (t != JsonToken.VALUE_STRING) {
                    return bit == SOURCE && t == JsonToken.VALUE_NULL;
                }
                String text = string();
                switch (bit) {
                    case INDICATOR -> indicator = text;
                    case PERIOD -> period = text;
                    case REPORTED_BY -> unit = text;
                    case SOURCE -> source = text;
                    case TYPE -> type = text;
                    default -> {
                        amount = Scalars.plainDong(text.strip());
                        return amount != null;
                    }
                }
                return true;
            }
        }
    }

    private JsonToken next() {
        JsonToken t = parser.nextToken();
        log(t);
        return t;
    }

    /** Keeps the current token and, but for a property name (placed only when repeated), its place. */
    private void log(JsonToken t) {
        tokens[count] = t;
        values[count] = null;
        if (t != JsonToken.PROPERTY_NAME) {
            if (base != null) {
                lines[count] = base.getTokenLineNr();
                columns[count] = tokenColumn(base.getTokenColumnNr());
            } else {
                TokenStreamLocation at = parser.currentTokenLocation();
                lines[count] = at.getLineNr();
                columns[count] = at.getColumnNr();
            }
        }
        count++;
    }

    /**
     * The column {@link JsonParser#currentTokenLocation()} gives for a token other than a property
     * name, from {@link ParserBase#getTokenColumnNr()}: both read the same field, the latter plus one
     * unless negative. Asking for the location made an object for each of a million values' 13
     * tokens, which the compiler did not always remove.
     */
    private static int tokenColumn(int columnNr) {
        return columnNr < 0 ? columnNr : columnNr - 1;
    }

    private String name() {
        String name = parser.currentName();
        values[count - 1] = name;
        return name;
    }

    private String string() {
        String text = parser.getString();
        values[count - 1] = text;
        return text;
    }

    /** The number as the tree reads it; null (read as a tree, which stops there) when it is out of bounds. */
    private BigDecimal number() {
        Object raw = TreeReader.rawNumber(parser);
        values[count - 1] = raw;
        return TreeReader.decimal(raw);
    }

    /**
     * Where the tree reader would be, for a syntax or limit error: at the property whose value is
     * being read; else, between properties, at the property the parser names (the one it fails in),
     * or after the last one, or at the object.
     */
    private Object pointer(Object at) {
        Object object = inValue ? new Node.Child(at, "value") : at;
        if (atPropertyValue) {
            return new Node.Child(object, property);
        }
        TokenStreamContext context = parser.streamReadContext();
        String name = context == null ? null : context.currentName();
        if (name != null) {
            return new Node.Child(object, name);
        }
        return property == null ? object : new Node.Child(object, property);
    }

    /**
     * The parser as the tree reader sees it: the tokens logged, each at its place, then the parser
     * itself, whose current token is the last one logged. Answers the calls the tree reader makes.
     */
    private final class Replay extends JsonParserDelegate {
        private int at;

        Replay() {
            super(parser);
        }

        private boolean replaying() {
            return at < count - 1;
        }

        @Override
        public JsonToken nextToken() {
            if (!replaying()) {
                return delegate.nextToken();
            }
            at++;
            return currentToken();
        }

        @Override
        public JsonToken currentToken() {
            return replaying() ? tokens[at] : delegate.currentToken();
        }

        @Override
        public TokenStreamLocation currentTokenLocation() {
            if (!replaying()) {
                return delegate.currentTokenLocation();
            }
            if (tokens[at] == JsonToken.PROPERTY_NAME) {
                // read here only when not repeated, and the tree reader places a name only when it is
                throw new IllegalStateException("a replayed property name has no place");
            }
            return new TokenStreamLocation(ContentReference.unknown(), -1L, -1L, lines[at], columns[at]);
        }

        @Override
        public String currentName() {
            if (!replaying()) {
                return delegate.currentName();
            }
            if (tokens[at] != JsonToken.PROPERTY_NAME) {
                throw new IllegalStateException("the tree reader asks a name only at a property name");
            }
            return (String) values[at];
        }

        @Override
        public String getString() {
            return replaying() ? (String) values[at] : delegate.getString();
        }

        @Override
        public BigDecimal getDecimalValue() {
            return replaying() ? (BigDecimal) values[at] : delegate.getDecimalValue();
        }
    }
}
