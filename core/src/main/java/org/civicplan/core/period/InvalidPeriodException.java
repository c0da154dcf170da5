package org.civicplan.core.period;

import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;

/** Text that is not a period; the message names the text and gives an example of what is. */
public class InvalidPeriodException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String input;

    public InvalidPeriodException(String input, Message text) {
        super(text);
        this.input = input;
    }

    /** The text that could not be read. */
    public String input() {
        return input;
    }
}
