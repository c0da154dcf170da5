package org.civicplan.core.period;

import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;

final class PeriodChecks {
    /** Plans are about the present era; a year outside this range is a typing error, not a plan. */
    static final int MIN_YEAR = 1900;

    static final int MAX_YEAR = 2200;

    private PeriodChecks() {}

    static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInputException(Message.of(
                    "năm phải từ " + MIN_YEAR + " đến " + MAX_YEAR + ", không phải " + year,
                    "year must be " + MIN_YEAR + ".." + MAX_YEAR + ", not " + year));
        }
    }
}
