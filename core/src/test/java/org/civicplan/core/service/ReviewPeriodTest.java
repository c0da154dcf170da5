package org.civicplan.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.civicplan.core.CivicTime;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.ReportingCalendar;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 18: a review needs a bounded period inside the program, and says so. */
class ReviewPeriodTest {
    private final ReviewService reviews =
            new ReviewService(InMemoryPortfolioStore.of(TestPortfolios.portfolio()), CivicTime.systemClock());

    @ParameterizedTest
    @ValueSource(strings = {"Hằng năm", "Thường xuyên", "Trước 26/7/2024"})
    void aRecurringOngoingOrOpenPeriodIsRefusedWithExamples(String text) {
        Period period = Period.parse(text);
        for (Runnable review : new Runnable[] {
            () -> reviews.review(TestPortfolios.PROGRAM, period),
            () -> reviews.review(TestPortfolios.PROGRAM, period, LocalDate.of(2022, 1, 1))
        }) {
            assertThatThrownBy(review::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.getMessage(Lang.VI))
                        .startsWith("Sơ kết, tổng kết cần một kỳ có đầu có cuối")
                        .contains("\"" + period.format(Lang.VI) + "\"")
                        .contains("2021-H1");
                assertThat(e.getMessage(Lang.EN)).startsWith("A review needs a bounded period");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2030", "2019-H2"})
    void aPeriodOutsideTheProgramIsRefused(String text) {
        assertThatThrownBy(() -> ReportingCalendar.requireInside(TestPortfolios.program(), Period.parse(text)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage(Lang.EN))
                        .contains("lies outside program " + TestPortfolios.PROGRAM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2021-H1", "2020-2022", "2025-H2"})
    void aPeriodSharingADayWithTheProgramIsAccepted(String text) {
        ReportingCalendar.requireInside(TestPortfolios.program(), Period.parse(text));
    }
}
