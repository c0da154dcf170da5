package org.civicplan.core.period;

import org.civicplan.core.Message;

/**
 * A refusal by {@link PeriodReader}. Refusing is one of the reader's ordinary answers (about one
 * real phrase in ten needs outside knowledge), not a program error, and its message already says
 * which phrase and why; so no stack trace is filled in, which would cost more than the reading
 * itself. Callers see an {@link InvalidPeriodException}.
 */
final class ReaderRefusal extends InvalidPeriodException {
    private static final long serialVersionUID = 1L;

    ReaderRefusal(String input, RefusalKind kind, Message text) {
        super(input, kind, text);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
