package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import org.civicplan.core.Lang;
import org.civicplan.core.Message;

/**
 * Something in the file the reader could not read as meant (an error) or read but wants a person to
 * check (a warning: a hidden row, a merged cell, a formula), with where it is.
 */
public record Problem(Severity severity, Location location, Message message) {
    public Problem {
        requireNonNull(severity, "severity is null");
        requireNonNull(location, "location is null");
        requireNonNull(message, "message is null");
    }

    /** How serious a problem is. */
    public enum Severity {
        /** The row or cell was not read as the file meant; the import would lose or misplace something. */
        ERROR,
        /** Read, but a person should look: hidden content, merged cells, formulas, macros. */
        WARNING
    }

    public static Problem error(Location location, String vi, String en) {
        return new Problem(Severity.ERROR, location, Message.of(vi, en));
    }

    public static Problem warning(Location location, String vi, String en) {
        return new Problem(Severity.WARNING, location, Message.of(vi, en));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message with its place in front, in both languages. */
    public Message located() {
        return new Message(text(Lang.VI), text(Lang.EN));
    }

    /** E.g. {@code appendix.xlsx!'Phụ lục'!E14: không đọc được thời hạn "..."}. */
    public String text(Lang lang) {
        return location.describe(lang) + ": " + message.in(lang);
    }

    @Override
    public String toString() {
        return text(Lang.EN);
    }
}
