package org.civicplan.core.period;

import java.util.function.Supplier;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;

/**
 * A refusal by {@link PeriodReader}. Refusing is one of the reader's ordinary answers (about one
 * real phrase in ten needs outside knowledge), not a program error, and its message already says
 * which phrase and why; so no stack trace is filled in, which would cost more than the reading
 * itself, and the message is built the first time it is asked for ({@link #text()}, {@link
 * #getMessage()}), the same text every time. Callers see an {@link InvalidPeriodException}.
 */
final class ReaderRefusal extends InvalidPeriodException {
    private static final long serialVersionUID = 1L;

    /** What the superclass holds until the message is asked for; never shown. */
    private static final Message PENDING = Message.of("", "");

    private final transient Supplier<Message> build;
    private Message built;

    ReaderRefusal(String input, RefusalKind kind, Supplier<Message> build) {
        super(input, kind, PENDING);
        this.build = build;
    }

    @Override
    public Message text() {
        Message m = built;
        if (m == null) {
            // a race builds the same immutable message twice, which is harmless
            m = build.get();
            built = m;
        }
        return m;
    }

    @Override
    public String getMessage() {
        Message m = text();
        return m.en() + " / " + m.vi();
    }

    @Override
    public String getMessage(Lang lang) {
        return text().in(lang);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
