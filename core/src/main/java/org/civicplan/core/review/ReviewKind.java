package org.civicplan.core.review;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.civicplan.core.Labelled;
import org.civicplan.core.Lang;
import org.civicplan.core.period.Period;

/**
 * What a review is called, from the length of its period, as the Program 07 plans write it ("định
 * kỳ sơ kết 6 tháng, tổng kết hằng năm"): a review of less than a year is a sơ kết, a year's is a
 * yearly tổng kết, and one over several years (a stage or the whole term) the final tổng kết.
 */
public enum ReviewKind implements Labelled {
    INTERIM("so-ket", "Sơ kết", "Review"),
    YEARLY("tong-ket-nam", "Tổng kết", "Annual review"),
    FINAL("tong-ket", "Tổng kết", "Final review");

    private final String code;
    private final String vi;
    private final String en;

    ReviewKind(String code, String vi, String en) {
        this.code = code;
        this.vi = vi;
        this.en = en;
    }

    /** The kind of a review over {@code period}: by the calendar years it spans and its length. */
    public static ReviewKind of(Period period) {
        requireNonNull(period, "period is null");
        Optional<LocalDate> start = period.start();
        Optional<LocalDate> end = period.end();
        if (start.isEmpty() || end.isEmpty()) {
            return INTERIM;
        }
        if (start.get().getYear() != end.get().getYear()) {
            return FINAL;
        }
        boolean wholeYear = start.get().getDayOfYear() == 1
                && end.get().getDayOfYear() == end.get().lengthOfYear();
        return wholeYear ? YEARLY : INTERIM;
    }

    /** The review's title: "Sơ kết 6 tháng đầu năm 2021", "Tổng kết giai đoạn 2021-2025", "Final review 2021–2025". */
    public static String title(Period period, Lang lang) {
        return of(period).label(lang) + " " + period.format(lang);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String vi() {
        return vi;
    }

    @Override
    public String en() {
        return en;
    }
}
