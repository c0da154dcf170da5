package org.civicplan.core;

import static java.util.Objects.requireNonNull;

/**
 * The root of every exception civicplan throws. Each carries its message in Vietnamese (for
 * officials) and English (for developers); {@link #getMessage()} gives both.
 */
public class CivicPlanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Message text;

    public CivicPlanException(Message text) {
        this(text, null);
    }

    public CivicPlanException(Message text, Throwable cause) {
        super(requireNonNull(text, "text is null").en() + " / " + text.vi(), cause);
        this.text = text;
    }

    /** The message in both languages. */
    public Message text() {
        return text;
    }

    /** The message in one language. */
    public String getMessage(Lang lang) {
        return text.in(lang);
    }
}
