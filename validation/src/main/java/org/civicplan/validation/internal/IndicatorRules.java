package org.civicplan.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.validation.Rule;

/** The rules that make an indicator "weighable and countable" (cân đong đo đếm được). */
public final class IndicatorRules {
    private IndicatorRules() {}

    public static List<Hit> check(Indicator indicator) {
        List<Hit> hits = new ArrayList<>();
        // a milestone is done or not: it has no unit of measure
        if (indicator.unitOfMeasure().isEmpty() && indicator.kind() != IndicatorKind.MILESTONE) {
            hits.add(Hit.of(Rule.MEASURABLE_INDICATOR_UNIT_MISSING, "unitOfMeasure"));
        }
        if (indicator.baseline().isEmpty()) {
            hits.add(Hit.of(Rule.MEASURABLE_INDICATOR_BASELINE_MISSING, "baseline"));
        }
        if (indicator.target().isEmpty()) {
            hits.add(Hit.of(Rule.MEASURABLE_INDICATOR_TARGET_MISSING, "target"));
        }
        if (indicator.baseline().isPresent() && indicator.target().isPresent()) {
            var baselineEnd = indicator.baseline().get().period().end();
            var targetEnd = indicator.target().get().period().end();
            if (baselineEnd.isPresent()
                    && targetEnd.isPresent()
                    && targetEnd.get().isBefore(baselineEnd.get())) {
                hits.add(Hit.on(Rule.MEASURABLE_INDICATOR_TARGET_BEFORE_BASELINE, "target.period")
                        .param("target", indicator.target().get().period().code())
                        .param("baseline", indicator.baseline().get().period().code())
                        .build());
            }
        }
        if (indicator.frequency().isEmpty()) {
            hits.add(Hit.of(Rule.MEASURABLE_INDICATOR_FREQUENCY_MISSING, "frequency"));
        }
        if (indicator.dataSource().isEmpty()) {
            hits.add(Hit.of(Rule.MEASURABLE_INDICATOR_SOURCE_MISSING, "dataSource"));
        }
        return hits;
    }
}
