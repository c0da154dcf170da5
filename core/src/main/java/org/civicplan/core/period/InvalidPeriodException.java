package org.civicplan.core.period;

import static java.util.Objects.requireNonNull;

import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;

/** Text that is not a period; the message names the text, says why, and gives an example of what is. */
public class InvalidPeriodException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String input;
    private final RefusalKind kind;

    public InvalidPeriodException(String input, Message text) {
        this(input, RefusalKind.NOT_UNDERSTOOD, text);
    }

    public InvalidPeriodException(String input, RefusalKind kind, Message text) {
        super(text);
        this.input = input;
        this.kind = requireNonNull(kind, "kind is null");
    }

    /** The text that could not be read. */
    public String input() {
        return input;
    }

    /** Why it was refused. */
    public RefusalKind kind() {
        return kind;
    }
}
