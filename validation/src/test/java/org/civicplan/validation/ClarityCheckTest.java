package org.civicplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicplan.core.constraints.Stage;
import org.junit.jupiter.api.Test;

class ClarityCheckTest {
    static final ClarityCheck CHECK = ClarityCheck.create();

    @Test
    void validPortfolioHasNoFindings() {
        ClarityReport report = CHECK.check(Fixtures.valid());
        assertThat(report.findings()).isEmpty();
        assertThat(report.readyFor(Stage.ISSUE)).isTrue();
        assertThat(report.summary().items()).isEqualTo(3);
        assertThat(report.summary().itemsWithoutErrors()).isEqualTo(3);
    }

    @Test
    void planCheckRestrictsToThePlan() {
        ClarityReport report = CHECK.check(Fixtures.valid(), Fixtures.PLAN);
        assertThat(report.findings()).isEmpty();
        assertThat(report.items()).hasSize(3);
    }

    static List<String> codes(ClarityReport report) {
        return report.findings().stream().map(Finding::code).toList();
    }
}
