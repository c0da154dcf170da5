package org.civicplan.core;

/** A store could not read or write; the message names the operation and the entity. */
public class UnableToStoreException extends CivicPlanException {
    private static final long serialVersionUID = 1L;

    public UnableToStoreException(Message text, Throwable cause) {
        super(text, cause);
    }

    public UnableToStoreException(Message text) {
        super(text);
    }
}
