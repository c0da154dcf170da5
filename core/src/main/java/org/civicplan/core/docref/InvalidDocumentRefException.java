package org.civicplan.core.docref;

import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;

/** Text that is not a document number and symbol; the message names the text and gives examples. */
public class InvalidDocumentRefException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String input;

    public InvalidDocumentRefException(String input, Message text) {
        super(text);
        this.input = input;
    }

    /** The text as it was given (null when null was given). */
    public String input() {
        return input;
    }
}
