package org.civicplan.core;

/** An operation that the entity's current state does not allow (e.g. editing a locked report). */
public class IllegalStateTransitionException extends CivicPlanException {
    private static final long serialVersionUID = 1L;

    public IllegalStateTransitionException(Message text) {
        super(text);
    }
}
