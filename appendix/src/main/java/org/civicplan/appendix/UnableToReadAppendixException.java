package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import org.civicplan.core.CivicPlanException;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;

/**
 * The file cannot be read as an appendix at all: encrypted, an old binary Office file, not an
 * Office file, over the size limits, or with no table whose headings the reader recognises. The
 * message names the file and says what to do; problems inside a readable table are reported as
 * {@link Problem}s instead.
 */
public class UnableToReadAppendixException extends CivicPlanException {
    private static final long serialVersionUID = 1L;

    private final transient Location location;

    public UnableToReadAppendixException(Location location, Message text) {
        this(location, text, null);
    }

    public UnableToReadAppendixException(Location location, Message text, Throwable cause) {
        super(located(requireNonNull(location, "location is null"), text), cause);
        this.location = location;
    }

    private static Message located(Location location, Message text) {
        return new Message(
                location.describe(Lang.VI) + ": " + text.vi(), location.describe(Lang.EN) + ": " + text.en());
    }

    /** Where in the file reading stopped. */
    public Location location() {
        return location;
    }
}
