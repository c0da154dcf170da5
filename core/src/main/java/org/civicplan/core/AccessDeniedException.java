package org.civicplan.core;

/** The acting unit may not perform this operation; nothing was changed. */
public class AccessDeniedException extends CivicPlanException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(Message text) {
        super(text);
    }
}
