package org.civicplan.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicplan.testing.TestPortfolios.PROGRAM;
import static org.civicplan.testing.TestPortfolios.QCG;
import static org.civicplan.testing.TestPortfolios.SKHCN;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.CivicTime;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.period.Period;
import org.civicplan.core.service.ReportService;
import org.civicplan.core.service.StandardAccessPolicy;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class ReportingComplianceTest {
    private final InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
    private final ReportingCompliance compliance = new ReportingCompliance(store, ReportingCalendar.stateRegime());

    @Test
    void importedSubmittedReportIsOnTimeAndAMissingOneIsOverdueAfterTheDueDate() {
        // 2021-H1 is due 20/06/2021; SKHCN's report was imported already submitted, QCG has none
        assertThat(compliance.check(PROGRAM, Period.firstHalf(2021), LocalDate.of(2021, 6, 20)))
                .extracting(ReportingCompliance.Line::unit, ReportingCompliance.Line::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(QCG, ReportingCompliance.State.MISSING_NOT_YET_DUE),
                        org.assertj.core.groups.Tuple.tuple(SKHCN, ReportingCompliance.State.ON_TIME));
        assertThat(compliance.notReportedByDueDate(PROGRAM, Period.firstHalf(2021), LocalDate.of(2021, 6, 21)))
                .containsExactly(QCG);
    }

    @Test
    void aReportSubmittedAfterTheDueDateIsLate() {
        Clock late = Clock.fixed(Instant.parse("2021-12-28T03:00:00Z"), CivicTime.VIETNAM); // due 20/12/2021
        ReportService reports = new ReportService(store, new StandardAccessPolicy(), late);
        Actor qcg = Actor.of("QCG", "chuyenvien");
        ProgressReport draft = new ProgressReport(
                ReportId.of("BC-QCG-2021-H2"),
                PROGRAM,
                QCG,
                Period.secondHalf(2021),
                ReportStatus.DRAFT,
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                0);
        reports.submit(qcg, reports.saveDraft(qcg, draft).id());

        List<ReportingCompliance.Line> lines =
                compliance.check(PROGRAM, Period.secondHalf(2021), LocalDate.of(2022, 1, 5));
        assertThat(lines)
                .extracting(ReportingCompliance.Line::unit, ReportingCompliance.Line::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(QCG, ReportingCompliance.State.LATE),
                        org.assertj.core.groups.Tuple.tuple(SKHCN, ReportingCompliance.State.MISSING_OVERDUE));
        assertThat(lines.get(0).submittedOn()).contains(LocalDate.of(2021, 12, 28));
        assertThat(compliance.notReportedByDueDate(PROGRAM, Period.secondHalf(2021), LocalDate.of(2022, 1, 5)))
                .containsExactly(QCG, SKHCN);
    }
}
