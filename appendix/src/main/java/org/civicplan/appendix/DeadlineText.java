package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.civicplan.core.Message;
import org.civicplan.core.period.Period;

/**
 * A deadline cell as written and what the period reader made of it.
 *
 * @param written the cell's text
 * @param period the period read, when it could be
 * @param problem why it could not be read, when it could not (empty for an empty cell)
 */
public record DeadlineText(String written, Optional<Period> period, Optional<Message> problem) {
    public DeadlineText {
        requireNonNull(written, "written is null");
        requireNonNull(period, "period is null");
        requireNonNull(problem, "problem is null");
    }

    public static DeadlineText empty() {
        return new DeadlineText("", Optional.empty(), Optional.empty());
    }

    public static DeadlineText read(String written, Period period) {
        return new DeadlineText(written, Optional.of(period), Optional.empty());
    }

    public static DeadlineText unread(String written, Message problem) {
        return new DeadlineText(written, Optional.empty(), Optional.of(problem));
    }

    public boolean isEmpty() {
        return written.isBlank();
    }
}
