package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
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

    /**
     * A builder: {@code code}, {@code program}, {@code name}, {@code kind} are required; every optional part
     * starts empty, {@code direction} increase.
     */
    public static Builder builder(IndicatorCode code, ProgramId program, String name, IndicatorKind kind) {
        return new Builder(code, program, name, kind);
    }

    /** A builder holding this Indicator's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link Indicator} values; the record's constructor checks them in {@link #build()}. */
    public static final class Builder {
        private IndicatorCode code;
        private ProgramId program;
        private String name;
        private Optional<String> unitOfMeasure = Optional.empty();
        private IndicatorKind kind;
        private Direction direction = Direction.INCREASE;
        private Optional<Baseline> baseline = Optional.empty();
        private Optional<Target> target = Optional.empty();
        private List<Target> interimTargets = new ArrayList<>();
        private Optional<Frequency> frequency = Optional.empty();
        private Optional<String> dataSource = Optional.empty();
        private Optional<UnitCode> reportingUnit = Optional.empty();
        private long version;

        private Builder(IndicatorCode code, ProgramId program, String name, IndicatorKind kind) {
            this.code = code;
            this.program = program;
            this.name = name;
            this.kind = kind;
        }

        private Builder(Indicator value) {
            code = value.code;
            program = value.program;
            name = value.name;
            unitOfMeasure = value.unitOfMeasure;
            kind = value.kind;
            direction = value.direction;
            baseline = value.baseline;
            target = value.target;
            interimTargets = new ArrayList<>(value.interimTargets);
            frequency = value.frequency;
            dataSource = value.dataSource;
            reportingUnit = value.reportingUnit;
            version = value.version;
        }

        public Builder code(IndicatorCode value) {
            code = value;
            return this;
        }

        public Builder program(ProgramId value) {
            program = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder unitOfMeasure(String value) {
            unitOfMeasure = Optional.ofNullable(value);
            return this;
        }

        public Builder kind(IndicatorKind value) {
            kind = value;
            return this;
        }

        public Builder direction(Direction value) {
            direction = value;
            return this;
        }

        public Builder baseline(Baseline value) {
            baseline = Optional.ofNullable(value);
            return this;
        }

        public Builder target(Target value) {
            target = Optional.ofNullable(value);
            return this;
        }

        public Builder interimTargets(List<Target> value) {
            interimTargets = new ArrayList<>(value);
            return this;
        }

        public Builder interimTarget(Target value) {
            interimTargets.add(value);
            return this;
        }

        public Builder frequency(Frequency value) {
            frequency = Optional.ofNullable(value);
            return this;
        }

        public Builder dataSource(String value) {
            dataSource = Optional.ofNullable(value);
            return this;
        }

        public Builder reportingUnit(UnitCode value) {
            reportingUnit = Optional.ofNullable(value);
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        public Indicator build() {
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
                    version);
        }
    }
}
