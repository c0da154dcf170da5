package org.civicplan.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicplan.core.Lang;
import org.civicplan.core.period.Period;
import org.junit.jupiter.api.Test;

/** Issue 18: a review over several years is a final review (tổng kết), not a sơ kết. */
class ReviewKindTest {
    @Test
    void sixMonthsIsASoKetAYearAndATermATongKet() {
        assertThat(ReviewKind.of(Period.firstHalf(2021))).isEqualTo(ReviewKind.INTERIM);
        assertThat(ReviewKind.of(Period.quarter(2021, 3))).isEqualTo(ReviewKind.INTERIM);
        assertThat(ReviewKind.of(Period.year(2022))).isEqualTo(ReviewKind.YEARLY);
        assertThat(ReviewKind.of(Period.parse("2021-2025"))).isEqualTo(ReviewKind.FINAL);
        assertThat(ReviewKind.title(Period.parse("2021-2025"), Lang.VI)).startsWith("Tổng kết ");
        assertThat(ReviewKind.title(Period.parse("2021-2025"), Lang.EN)).startsWith("Final review ");
        assertThat(ReviewKind.title(Period.firstHalf(2021), Lang.VI)).startsWith("Sơ kết ");
    }
}
