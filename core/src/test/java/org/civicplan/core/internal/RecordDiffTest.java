package org.civicplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.FieldChange;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class RecordDiffTest {
    @Test
    void listsChangedFieldsWithNestedPaths() {
        Item before = TestPortfolios.item(1);
        Item after = before.toBuilder()
                .deadline(Period.quarter(2022, 1))
                .assignment(new org.civicplan.core.model.Assignment(
                        List.of(UnitCode.of("STC")),
                        before.assignment().coordinatingUnits(),
                        before.assignment().responsible(),
                        before.assignment().reportingUnit(),
                        Optional.empty(),
                        before.assignment().resources()))
                .version(9)
                .build();
        List<FieldChange> changes = RecordDiff.changes(before, after);
        assertThat(changes)
                .containsExactly(
                        new FieldChange("deadline", Optional.of("2021-Q4"), Optional.of("2022-Q1")),
                        new FieldChange("assignment.leadUnits", Optional.of("[SKHCN]"), Optional.of("[STC]")));
    }

    @Test
    void identicalValuesHaveNoChanges() {
        assertThat(RecordDiff.changes(TestPortfolios.item(1), TestPortfolios.item(1)))
                .isEmpty();
        assertThat(RecordDiff.changes(null, null)).isEmpty();
    }

    @Test
    void creationListsNonEmptyFields() {
        List<FieldChange> changes =
                RecordDiff.changes(null, TestPortfolios.units().get(0));
        assertThat(changes).extracting(FieldChange::field).containsExactly("code", "name", "kind");
        assertThat(changes.get(1).after()).contains("Thành ủy Hà Nội");
        assertThat(changes.get(1).before()).isEmpty();
    }
}
