package org.civicplan.core.period;

import org.civicplan.core.Message;

/** Placeholder until the parser lands (being written on the period branch). */
final class PeriodParser {
    private PeriodParser() {}

    static Period parse(String text) {
        throw new InvalidPeriodException(text, Message.of("chưa hỗ trợ", "not yet supported"));
    }
}
