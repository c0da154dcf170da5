package org.civicplan.core.unit;

import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;

/**
 * Text that cannot be a unit name at all (empty, no letters, too long). A name that simply matches
 * no directory unit is not an error: it resolves to {@link UnitResolution.Unknown}.
 */
public class InvalidUnitNameException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String input;

    public InvalidUnitNameException(String input, Message text) {
        super(text);
        this.input = input;
    }

    /** The text as it was given (null when null was given). */
    public String input() {
        return input;
    }
}
