package org.civicplan.core.period;

import org.civicplan.core.Lang;

/** Placeholder until the formatter lands (being written on the period branch). */
final class PeriodFormat {
    private PeriodFormat() {}

    static String format(Period period, Lang lang) {
        return period.code();
    }
}
