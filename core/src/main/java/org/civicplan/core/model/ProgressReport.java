package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.period.Period;

/**
 * A unit's progress report for a period on a program: item lines, narrative, difficulties (khó
 * khăn, vướng mắc) and proposals (kiến nghị). Indicator values are recorded as {@link Measurement}s
 * by the same unit for the same period.
 */
public record ProgressReport(
        ReportId id,
        ProgramId program,
        UnitCode unit,
        Period period,
        ReportStatus status,
        List<ItemProgress> items,
        Optional<String> narrative,
        List<String> difficulties,
        List<String> proposals,
        Optional<String> returnReason,
        long version)
        implements Versioned<ProgressReport> {
    public ProgressReport {
        requireNonNull(id, "id is null");
        requireNonNull(program, "program is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(period, "period is null");
        requireNonNull(status, "status is null");
        items = Texts.list(items, "items");
        narrative = Texts.body(narrative, "narrative");
        difficulties = Texts.lines(difficulties, "difficulties");
        proposals = Texts.lines(proposals, "proposals");
        returnReason = Texts.line(returnReason, "returnReason");
        Versioned.check(version);
    }

    @Override
    public ProgressReport withVersion(long newVersion) {
        return new ProgressReport(
                id, program, unit, period, status, items, narrative, difficulties, proposals, returnReason, newVersion);
    }

    public ProgressReport withStatus(ReportStatus newStatus, Optional<String> reason) {
        return new ProgressReport(
                id, program, unit, period, newStatus, items, narrative, difficulties, proposals, reason, version);
    }

    @Override
    public String entityId() {
        return id.value();
    }

    /**
     * A builder: {@code id}, {@code program}, {@code unit}, {@code period} are required; every optional part
     * starts empty, {@code status} draft.
     */
    public static Builder builder(ReportId id, ProgramId program, UnitCode unit, Period period) {
        return new Builder(id, program, unit, period);
    }

    /** A builder holding this ProgressReport's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link ProgressReport} values; the record's constructor checks them in {@link #build()}. */
    public static final class Builder {
        private ReportId id;
        private ProgramId program;
        private UnitCode unit;
        private Period period;
        private ReportStatus status = ReportStatus.DRAFT;
        private List<ItemProgress> items = new ArrayList<>();
        private Optional<String> narrative = Optional.empty();
        private List<String> difficulties = new ArrayList<>();
        private List<String> proposals = new ArrayList<>();
        private Optional<String> returnReason = Optional.empty();
        private long version;

        private Builder(ReportId id, ProgramId program, UnitCode unit, Period period) {
            this.id = id;
            this.program = program;
            this.unit = unit;
            this.period = period;
        }

        private Builder(ProgressReport value) {
            id = value.id;
            program = value.program;
            unit = value.unit;
            period = value.period;
            status = value.status;
            items = new ArrayList<>(value.items);
            narrative = value.narrative;
            difficulties = new ArrayList<>(value.difficulties);
            proposals = new ArrayList<>(value.proposals);
            returnReason = value.returnReason;
            version = value.version;
        }

        public Builder id(ReportId value) {
            id = value;
            return this;
        }

        public Builder program(ProgramId value) {
            program = value;
            return this;
        }

        public Builder unit(UnitCode value) {
            unit = value;
            return this;
        }

        public Builder period(Period value) {
            period = value;
            return this;
        }

        public Builder status(ReportStatus value) {
            status = value;
            return this;
        }

        public Builder items(List<ItemProgress> value) {
            items = new ArrayList<>(value);
            return this;
        }

        public Builder item(ItemProgress value) {
            items.add(value);
            return this;
        }

        public Builder narrative(String value) {
            narrative = Optional.ofNullable(value);
            return this;
        }

        public Builder difficulties(List<String> value) {
            difficulties = new ArrayList<>(value);
            return this;
        }

        public Builder difficulty(String value) {
            difficulties.add(value);
            return this;
        }

        public Builder proposals(List<String> value) {
            proposals = new ArrayList<>(value);
            return this;
        }

        public Builder proposal(String value) {
            proposals.add(value);
            return this;
        }

        public Builder returnReason(String value) {
            returnReason = Optional.ofNullable(value);
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        public ProgressReport build() {
            return new ProgressReport(
                    id,
                    program,
                    unit,
                    period,
                    status,
                    items,
                    narrative,
                    difficulties,
                    proposals,
                    returnReason,
                    version);
        }
    }
}
