package org.civicplan.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Deadlines are dates in Vietnam: "today" is evaluated in Asia/Ho_Chi_Minh unless configured otherwise. */
public final class CivicTime {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private CivicTime() {}

    /** The system clock in Vietnam's zone. */
    public static Clock systemClock() {
        return Clock.system(VIETNAM);
    }

    /** Today's date by the clock's zone. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }
}
