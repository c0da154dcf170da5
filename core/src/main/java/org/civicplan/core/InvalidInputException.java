package org.civicplan.core;

/** Input that cannot be understood: a period, a document number, an amount, a file. */
public class InvalidInputException extends CivicPlanException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(Message text) {
        super(text);
    }

    public InvalidInputException(Message text, Throwable cause) {
        super(text, cause);
    }
}
