package org.civicplan.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.Frequency;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.period.Period;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingCalendarTest {
    private final ReportingCalendar calendar = ReportingCalendar.stateRegime();

    @ParameterizedTest
    @CsvSource({
        "2021-H1, 2020-12-15, 2021-06-14, 2021-06-20",
        "2021-H2, 2021-06-15, 2021-12-14, 2021-12-20",
        "2021, 2020-12-15, 2021-12-14, 2021-12-20",
        "2021-Q3, 2021-06-15, 2021-09-14, 2021-09-20",
        "2021-Q1, 2020-12-15, 2021-03-14, 2021-03-20",
        "2021-07, 2021-06-15, 2021-07-14, 2021-07-20",
        "2021-01, 2020-12-15, 2021-01-14, 2021-01-20",
        "2021-2025, 2020-12-15, 2025-12-14, 2025-12-20"
    })
    void dataWindowsFollowDecree09(String period, String from, String to, String due) {
        ReportingPeriod p = calendar.forPeriod(Period.parse(period));
        assertThat(p.dataFrom()).isEqualTo(LocalDate.parse(from));
        assertThat(p.dataTo()).isEqualTo(LocalDate.parse(to));
        assertThat(p.due()).isEqualTo(LocalDate.parse(due));
    }

    @Test
    void programCalendarCoversEveryFrequency() {
        List<ReportingPeriod> periods = calendar.periods(TestPortfolios.program(), TestPortfolios.indicators());
        assertThat(periods).hasSize(15); // 10 half-years + 5 years, 2021-2025
        assertThat(periods.get(0).period()).isEqualTo(Period.firstHalf(2021));
        assertThat(periods.get(periods.size() - 1).period()).isEqualTo(Period.year(2025));
        assertThat(periods).isSortedAccordingTo(java.util.Comparator.comparing(ReportingPeriod::due));

        Indicator quarterly = TestPortfolios.indicators().get(0);
        quarterly = new Indicator(
                quarterly.code(),
                quarterly.program(),
                quarterly.name(),
                quarterly.unitOfMeasure(),
                quarterly.kind(),
                quarterly.direction(),
                quarterly.baseline(),
                quarterly.target(),
                quarterly.interimTargets(),
                Optional.of(Frequency.QUARTERLY),
                quarterly.dataSource(),
                quarterly.reportingUnit(),
                0);
        assertThat(calendar.periods(TestPortfolios.program(), List.of(quarterly)))
                .hasSize(35);
    }

    @Test
    void configurableRules() {
        ReportingCalendar custom = new ReportingCalendar(new CalendarRules(20, 10));
        ReportingPeriod h1 = custom.forPeriod(Period.firstHalf(2022));
        assertThat(h1.dataFrom()).isEqualTo(LocalDate.of(2021, 12, 20));
        assertThat(h1.dataTo()).isEqualTo(LocalDate.of(2022, 6, 19));
        assertThat(h1.due()).isEqualTo(LocalDate.of(2022, 6, 29));
        assertThatThrownBy(() -> new CalendarRules(31, 5)).hasMessageContaining("cutoffDay");
        assertThatThrownBy(() -> calendar.forPeriod(Period.parse("Thường xuyên")))
                .isInstanceOf(org.civicplan.core.InvalidInputException.class)
                .hasMessageContaining("bounded period")
                .hasMessageContaining("\"Thường xuyên\"");
    }
}
