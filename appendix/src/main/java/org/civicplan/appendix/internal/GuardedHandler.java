package org.civicplan.appendix.internal;

import org.civicplan.appendix.AppendixHandler;
import org.civicplan.appendix.AppendixRow;
import org.civicplan.appendix.AppendixTable;
import org.civicplan.appendix.Problem;

/** The caller's handler, its exceptions marked so the reader lets them through unchanged. */
final class GuardedHandler implements AppendixHandler {
    private final AppendixHandler handler;

    GuardedHandler(AppendixHandler handler) {
        this.handler = handler;
    }

    @Override
    public void row(AppendixRow row) {
        try {
            handler.row(row);
        } catch (RuntimeException e) {
            throw new HandlerFailure(e);
        }
    }

    @Override
    public void table(AppendixTable table) {
        try {
            handler.table(table);
        } catch (RuntimeException e) {
            throw new HandlerFailure(e);
        }
    }

    @Override
    public void problem(Problem problem) {
        try {
            handler.problem(problem);
        } catch (RuntimeException e) {
            throw new HandlerFailure(e);
        }
    }

    /** Carries an exception of the caller's handler through the reader. */
    static final class HandlerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
