package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.period.Period;

/**
 * A program (chương trình), e.g. Program 07-CTr/TU of the Hanoi Party Committee, 2021–2025.
 *
 * @param id stable id
 * @param document the number and symbol it was issued under
 * @param title its title
 * @param issuer the issuing unit (Thành ủy)
 * @param term the party committee's term, e.g. "XVII" (khóa XVII)
 * @param period the whole-term period; must have a start and an end
 * @param viewpoints the viewpoints (quan điểm)
 * @param goals the goals (mục tiêu)
 * @param indicators the program's indicators (chỉ tiêu), by code
 * @param sections the program's text sections, for the common-template check
 * @param steeringCommittee who steers it
 * @param version optimistic-locking version; 0 for a program not yet stored
 */
public record Program(
        ProgramId id,
        Optional<DocumentRef> document,
        String title,
        UnitCode issuer,
        Optional<String> term,
        Period period,
        List<String> viewpoints,
        List<String> goals,
        List<IndicatorCode> indicators,
        List<Section> sections,
        Optional<SteeringCommittee> steeringCommittee,
        long version)
        implements Versioned<Program> {
    public Program {
        requireNonNull(id, "id is null");
        document = Texts.optional(document, "document");
        title = Texts.line(title, "title");
        requireNonNull(issuer, "issuer is null");
        term = Texts.line(term, "term");
        requireNonNull(period, "period is null");
        if (period.start().isEmpty() || period.end().isEmpty()) {
            throw new InvalidInputException(Message.of(
                    "chương trình " + id + " cần thời gian thực hiện có đầu có cuối (ví dụ 2021-2025), không phải \""
                            + period.format(org.civicplan.core.Lang.VI) + "\"",
                    "program " + id + " needs a period with a start and an end (e.g. 2021-2025), not \""
                            + period.format(org.civicplan.core.Lang.VI) + "\""));
        }
        viewpoints = Texts.lines(viewpoints, "viewpoints");
        goals = Texts.lines(goals, "goals");
        indicators = Texts.list(indicators, "indicators");
        sections = Texts.list(sections, "sections");
        steeringCommittee = Texts.optional(steeringCommittee, "steeringCommittee");
        Versioned.check(version);
    }

    @Override
    public Program withVersion(long newVersion) {
        return new Program(
                id,
                document,
                title,
                issuer,
                term,
                period,
                viewpoints,
                goals,
                indicators,
                sections,
                steeringCommittee,
                newVersion);
    }

    @Override
    public String entityId() {
        return id.value();
    }

    /** The standing agency of the steering committee, which approves reports and adjustments. */
    public Optional<UnitCode> standingAgency() {
        return steeringCommittee.map(SteeringCommittee::standingAgency);
    }

    /**
     * A builder: {@code id}, {@code title}, {@code issuer}, {@code period} are required; every optional part
     * starts empty.
     */
    public static Builder builder(ProgramId id, String title, UnitCode issuer, Period period) {
        return new Builder(id, title, issuer, period);
    }

    /** A builder holding this Program's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link Program} values; the record's constructor checks them in {@link #build()}. */
    public static final class Builder {
        private ProgramId id;
        private Optional<DocumentRef> document = Optional.empty();
        private String title;
        private UnitCode issuer;
        private Optional<String> term = Optional.empty();
        private Period period;
        private List<String> viewpoints = new ArrayList<>();
        private List<String> goals = new ArrayList<>();
        private List<IndicatorCode> indicators = new ArrayList<>();
        private List<Section> sections = new ArrayList<>();
        private Optional<SteeringCommittee> steeringCommittee = Optional.empty();
        private long version;

        private Builder(ProgramId id, String title, UnitCode issuer, Period period) {
            this.id = id;
            this.title = title;
            this.issuer = issuer;
            this.period = period;
        }

        private Builder(Program value) {
            id = value.id;
            document = value.document;
            title = value.title;
            issuer = value.issuer;
            term = value.term;
            period = value.period;
            viewpoints = new ArrayList<>(value.viewpoints);
            goals = new ArrayList<>(value.goals);
            indicators = new ArrayList<>(value.indicators);
            sections = new ArrayList<>(value.sections);
            steeringCommittee = value.steeringCommittee;
            version = value.version;
        }

        public Builder id(ProgramId value) {
            id = value;
            return this;
        }

        public Builder document(DocumentRef value) {
            document = Optional.ofNullable(value);
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder issuer(UnitCode value) {
            issuer = value;
            return this;
        }

        public Builder term(String value) {
            term = Optional.ofNullable(value);
            return this;
        }

        public Builder period(Period value) {
            period = value;
            return this;
        }

        public Builder viewpoints(List<String> value) {
            viewpoints = new ArrayList<>(value);
            return this;
        }

        public Builder viewpoint(String value) {
            viewpoints.add(value);
            return this;
        }

        public Builder goals(List<String> value) {
            goals = new ArrayList<>(value);
            return this;
        }

        public Builder goal(String value) {
            goals.add(value);
            return this;
        }

        public Builder indicators(List<IndicatorCode> value) {
            indicators = new ArrayList<>(value);
            return this;
        }

        public Builder indicator(IndicatorCode value) {
            indicators.add(value);
            return this;
        }

        public Builder sections(List<Section> value) {
            sections = new ArrayList<>(value);
            return this;
        }

        public Builder section(Section value) {
            sections.add(value);
            return this;
        }

        public Builder steeringCommittee(SteeringCommittee value) {
            steeringCommittee = Optional.ofNullable(value);
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        public Program build() {
            return new Program(
                    id,
                    document,
                    title,
                    issuer,
                    term,
                    period,
                    viewpoints,
                    goals,
                    indicators,
                    sections,
                    steeringCommittee,
                    version);
        }
    }
}
