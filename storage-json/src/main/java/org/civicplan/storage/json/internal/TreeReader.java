package org.civicplan.storage.json.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicplan.core.Message;
import org.civicplan.storage.json.JsonImportException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Reads JSON into {@link Node}s, remembering line, column and pointer. Syntax errors and read
 * limits stop reading (there is no sensible way on); duplicate keys are collected and reading goes
 * on (the first value is kept).
 */
public final class TreeReader {
    private final JsonParser parser;
    private final Problems problems;
    /** Where reading is, for a syntax error: a pointer or a {@link Node.Child}. */
    private Object pointer = "";

    public TreeReader(JsonParser parser, Problems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /** Reads a whole document: exactly one value, nothing after it. */
    public Node readDocument() {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw problems.fatal(
                        "", 1, 1, Message.of("tệp rỗng, không có nội dung JSON", "the file is empty: no JSON value"));
            }
            Node root = readValue("");
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw trailingContent();
            }
            return root;
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /**
     * Reads the value at the parser's current token (for streaming, one element at a time); {@code
     * at}: its JSON pointer, or a {@link Node.Child}.
     */
    public Node readCurrent(Object at) {
        try {
            return readValue(at);
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /** Advances to the next token, translating syntax errors. */
    public JsonToken next() {
        try {
            return parser.nextToken();
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /** Skips the current object or array, translating syntax errors. */
    public void skipChildren() {
        try {
            parser.skipChildren();
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    public JsonParser parser() {
        return parser;
    }

    private Node readValue(Object at) {
        pointer = at;
        JsonToken token = parser.currentToken();
        TokenStreamLocation loc = parser.currentTokenLocation();
        int line = loc.getLineNr();
        int column = loc.getColumnNr();
        switch (token) {
            case START_OBJECT: {
                Map<String, Node> fields = Node.newFields();
                while (nextInObject(at) == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    // the name's place is needed only for a duplicate: asked for only then
                    TokenStreamLocation nameLoc = fields.containsKey(name) ? parser.currentTokenLocation() : null;
                    Node.Child childPointer = new Node.Child(at, name);
                    // the value's own place before its token is read: a number too long is refused
                    // while the parser reads it, and must be reported at it, not at its sibling
                    pointer = childPointer;
                    parser.nextToken();
                    Node child = readValue(childPointer);
                    if (nameLoc != null) {
                        problems.add(
                                Node.spell(childPointer),
                                nameLoc.getLineNr(),
                                nameLoc.getColumnNr(),
                                Message.of(
                                        "khóa \"" + name + "\" bị lặp lại (chỉ giữ giá trị đầu tiên)",
                                        "duplicate key \"" + name + "\" (only the first value is kept)"));
                    } else {
                        fields.put(name, child);
                    }
                }
                pointer = at;
                return new Node(Node.Type.OBJECT, at, line, column, fields);
            }
            case START_ARRAY: {
                List<Node> elements = new ArrayList<>();
                while (true) {
                    Node.Child elementPointer = new Node.Child(at, elements.size());
                    pointer = at;
                    JsonToken next;
                    try {
                        next = parser.nextToken();
                    } catch (StreamConstraintsException e) {
                        pointer = elementPointer; // a value over a limit: at the element
                        throw e;
                    }
                    if (next == JsonToken.END_ARRAY) {
                        break;
                    }
                    elements.add(readValue(elementPointer));
                }
                pointer = at;
                return new Node(Node.Type.ARRAY, at, line, column, List.copyOf(elements));
            }
            case VALUE_STRING:
                return new Node(Node.Type.STRING, at, line, column, parser.getString());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                BigDecimal value = decimal(rawNumber(parser));
                if (value == null) {
                    String text = parser.getString();
                    throw problems.fatal(Node.spell(at), line, column, Decimals.outOfRange(text));
                }
                return new Node(Node.Type.NUMBER, at, line, column, value);
            }
            case VALUE_TRUE:
                return new Node(Node.Type.BOOLEAN, at, line, column, Boolean.TRUE);
            case VALUE_FALSE:
                return new Node(Node.Type.BOOLEAN, at, line, column, Boolean.FALSE);
            case VALUE_NULL:
                return new Node(Node.Type.NULL, at, line, column, null);
            default:
                throw problems.fatal(
                        Node.spell(at),
                        line,
                        column,
                        Message.of("không đọc được giá trị JSON: " + token, "unexpected JSON token " + token));
        }
    }

    /**
     * The next token inside an object at {@code at}. Jackson reads a property's value with its name,
     * so a value over a read limit fails here, before {@code readValue} sets the value's pointer:
     * the pointer is set from the name just read, or the problem would be reported at the previous
     * property.
     */
    private JsonToken nextInObject(Object at) {
        try {
            return parser.nextToken();
        } catch (JacksonException e) {
            String name = parser.streamReadContext() == null
                    ? null
                    : parser.streamReadContext().currentName();
            if (name != null) {
                pointer = new Node.Child(at, name);
            }
            throw e;
        }
    }

    /** The number at the parser's current token as read: a {@link BigDecimal} (a whole number, scale 0) or its text. */
    static Object rawNumber(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_NUMBER_INT ? parser.getDecimalValue() : parser.getString();
    }

    /** The number {@link #rawNumber} read, or null when its magnitude or scale is beyond {@link Decimals}' bounds. */
    static BigDecimal decimal(Object raw) {
        return raw instanceof BigDecimal whole ? Decimals.bounded(whole) : Decimals.parse((String) raw);
    }

    /**
     * Where reading is, for a syntax error: what {@link #readCurrent} would have set at the same
     * token, for a reader that read the value without it ({@link MeasurementReader}).
     */
    void pointAt(Object at) {
        pointer = at;
    }

    /** Turns a Jackson failure into the file's problem list, located and explained. */
    public JsonImportException translate(JacksonException e) {
        TokenStreamLocation loc = e.getLocation();
        if (loc == null || loc == TokenStreamLocation.NA) {
            loc = parser.currentLocation();
        }
        int line = Math.max(loc.getLineNr(), 1);
        int column = Math.max(loc.getColumnNr(), 1);
        String original = e.getOriginalMessage() == null ? String.valueOf(e.getMessage()) : e.getOriginalMessage();
        Message message;
        if (e instanceof StreamConstraintsException) {
            message = limitMessage(original);
        } else if (e instanceof UnexpectedEndOfInputException || original.contains("end-of-input")) {
            message = Message.of(
                    "tệp kết thúc giữa chừng (bị cắt cụt?): " + firstLine(original),
                    "unexpected end of file (truncated?): " + firstLine(original));
        } else if (e instanceof tools.jackson.core.exc.JacksonIOException) {
            message = Message.of("không đọc được tệp: " + original, "cannot read the file: " + original);
        } else {
            message = Message.of(
                    "không phải JSON hợp lệ: " + firstLine(original), "not valid JSON: " + firstLine(original));
        }
        return problems.fatal(Node.spell(pointer), line, column, message);
    }

    private Message limitMessage(String original) {
        String limit = original.replaceAll("(?s).*maximum allowed \\(([0-9]+).*", "$1");
        if (original.contains("nesting depth")) {
            return Message.of(
                    "cấu trúc lồng nhau quá sâu (tối đa " + limit + " cấp)",
                    "nesting too deep (the limit is " + limit + " levels)");
        }
        if (original.contains("String value length")) {
            return Message.of(
                    "chuỗi quá dài (tối đa " + limit + " ký tự)",
                    "string too long (the limit is " + limit + " characters)");
        }
        if (original.contains("Document length")) {
            return Message.of(
                    "tệp quá lớn (tối đa " + limit + " byte)", "document too large (the limit is " + limit + " bytes)");
        }
        if (original.contains("Number value length")) {
            return Message.of(
                    "số quá dài (tối đa " + limit + " chữ số)", "number too long (the limit is " + limit + " digits)");
        }
        return Message.of("vượt giới hạn đọc: " + firstLine(original), "read limit exceeded: " + firstLine(original));
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** The problem for content after the end of the document, at the current token. */
    JsonImportException trailingContent() {
        TokenStreamLocation at = parser.currentTokenLocation();
        return problems.fatal(
                "",
                at.getLineNr(),
                at.getColumnNr(),
                Message.of(
                        "có nội dung thừa sau khi tài liệu JSON đã kết thúc",
                        "unexpected content after the end of the JSON document"));
    }
}
