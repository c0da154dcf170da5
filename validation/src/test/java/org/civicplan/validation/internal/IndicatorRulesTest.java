package org.civicplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.Direction;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.ProgramId;
import org.junit.jupiter.api.Test;

/** The indicator rules, called directly (the same rules through a Validator: ConstraintValidatorsTest). */
class IndicatorRulesTest {
    @Test
    void bareIndicatorLacksEverything() {
        Indicator bare = new Indicator(
                IndicatorCode.of("X"),
                ProgramId.of("P"),
                "",
                Optional.empty(),
                IndicatorKind.COUNT,
                Direction.KEEP,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.of("   "),
                Optional.empty(),
                0);
        assertThat(IndicatorRules.check(bare))
                .extracting(h -> h.rule().code(), Hit::path)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("measurable.indicator.unit.missing", "unitOfMeasure"),
                        org.assertj.core.api.Assertions.tuple("measurable.indicator.baseline.missing", "baseline"),
                        org.assertj.core.api.Assertions.tuple("measurable.indicator.target.missing", "target"),
                        org.assertj.core.api.Assertions.tuple("measurable.indicator.frequency.missing", "frequency"),
                        org.assertj.core.api.Assertions.tuple("measurable.indicator.dataSource.missing", "dataSource"));
    }

    @Test
    void targetBeforeBaseline() {
        assertThat(IndicatorRules.check(org.civicplan.validation.ConstraintValidatorsTest.withTargetBeforeBaseline()))
                .extracting(h -> h.rule().code(), h -> h.params().get("target"), h -> h.params()
                        .get("baseline"))
                .containsExactly(org.assertj.core.api.Assertions.tuple(
                        "measurable.indicator.target.beforeBaseline", "2019", "2020"));
    }
}
