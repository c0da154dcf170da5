package org.civicplan.storage.json;

import static java.util.Objects.requireNonNull;

import org.civicplan.core.Lang;
import org.civicplan.core.Message;

/**
 * One thing wrong with a JSON file: where (file, 1-based line and column, JSON pointer) and what,
 * in Vietnamese and English. {@link #describe(Lang)} gives {@code plan-07.json:41:17
 * /items/6/deadline: "Quý V/2021" is not a period (expected e.g. "Quý III/2021")}.
 */
public record JsonProblem(String file, int line, int column, String pointer, Message message) {
    public JsonProblem {
        requireNonNull(file, "file is null");
        requireNonNull(pointer, "pointer is null");
        requireNonNull(message, "message is null");
    }

    /** {@code file:line:column} */
    public String location() {
        return file + ":" + line + ":" + column;
    }

    public String describe(Lang lang) {
        String where = pointer.isEmpty() ? location() : location() + " " + pointer;
        return where + ": " + message.in(lang);
    }

    @Override
    public String toString() {
        return describe(Lang.EN);
    }
}
