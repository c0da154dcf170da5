package org.civicplan.core.money;

import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;

/** Text that is not an amount of VND; the message names the text and gives an example. */
public class InvalidAmountException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String input;

    public InvalidAmountException(String input, Message text) {
        super(text);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
