package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.constraints.MeasurableIndicator;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.period.Period;

/**
 * An indicator (chỉ tiêu) that "can be weighed and counted": unit of measure, kind, direction,
 * baseline, final target, interim (usually yearly) targets, frequency, data source and reporting
 * unit. Like items, an incomplete indicator is representable; the clarity check reports the gaps.
 */
@MeasurableIndicator(groups = Stage.Issue.class)
public record Indicator(
        IndicatorCode code,
        ProgramId program,
        String name,
        Optional<String> unitOfMeasure,
        IndicatorKind kind,
        Direction direction,
        Optional<Baseline> baseline,
        Optional<Target> target,
        List<Target> interimTargets,
        Optional<Frequency> frequency,
        Optional<String> dataSource,
        Optional<UnitCode> reportingUnit,
        long version)
        implements Versioned<Indicator> {
    public Indicator {
        requireNonNull(code, "code is null");
        requireNonNull(program, "program is null");
        name = Texts.line(name, "name");
        unitOfMeasure = Texts.line(unitOfMeasure, "unitOfMeasure");
        requireNonNull(kind, "kind is null");
        requireNonNull(direction, "direction is null");
        baseline = Texts.optional(baseline, "baseline");
        target = Texts.optional(target, "target");
        interimTargets = Texts.list(interimTargets, "interimTargets");
        frequency = Texts.optional(frequency, "frequency");
        dataSource = Texts.line(dataSource, "dataSource");
        reportingUnit = Texts.optional(reportingUnit, "reportingUnit");
        Versioned.check(version);
    }

    @Override
    public Indicator withVersion(long newVersion) {
        return new Indicator(
                code,
                program,
                name,
                unitOfMeasure,
                kind,
                direction,
                baseline,
                target,
                interimTargets,
                frequency,
                dataSource,
                reportingUnit,
                newVersion);
    }

    @Override
    public String entityId() {
        return code.value();
    }

    /**
     * The target that applies to a period: the interim target whose period contains the period's
     * end, else the final target. A review of 2021-H1 is judged against the 2021 interim target.
     */
    public Optional<Target> targetFor(Period period) {
        Optional<java.time.LocalDate> end = period.end();
        if (end.isPresent()) {
            Optional<Target> interim = interimTargets.stream()
                    .filter(t -> t.period().contains(end.get()))
                    .min(Comparator.comparing(t -> t.period().end().orElseThrow()));
            if (interim.isPresent()) {
                return interim;
            }
        }
        return target;
    }
}
