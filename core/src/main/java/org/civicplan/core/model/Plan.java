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
 * A plan (kế hoạch): implements a program, or cascades from a parent plan (a unit's own plan
 * implementing the city plan). Its appendix items are stored separately and refer to it by id.
 *
 * @param id stable id
 * @param program the program it implements, if any
 * @param parentPlan the plan it cascades from, if any
 * @param issuer the unit that issues it
 * @param document its number and symbol once issued
 * @param title its title
 * @param issueBy the deadline for issuing it ("ban hành trong tháng 7/2021")
 * @param sections purpose and requirements / content / organisation
 * @param appendixSections the appendix's section headings in order (printed with Roman numerals)
 * @param status draft → consultation → submitted → issued
 * @param version optimistic-locking version
 */
public record Plan(
        PlanId id,
        Optional<ProgramId> program,
        Optional<PlanId> parentPlan,
        UnitCode issuer,
        Optional<DocumentRef> document,
        String title,
        Optional<Period> issueBy,
        PlanSections sections,
        List<String> appendixSections,
        PlanStatus status,
        long version)
        implements Versioned<Plan> {
    public Plan {
        requireNonNull(id, "id is null");
        program = Texts.optional(program, "program");
        parentPlan = Texts.optional(parentPlan, "parentPlan");
        if (parentPlan.isPresent() && parentPlan.get().equals(id)) {
            throw new InvalidInputException(Message.of(
                    "kế hoạch " + id + " không thể triển khai từ chính nó",
                    "plan " + id + " cannot cascade from itself"));
        }
        requireNonNull(issuer, "issuer is null");
        document = Texts.optional(document, "document");
        title = Texts.line(title, "title");
        issueBy = Texts.optional(issueBy, "issueBy");
        requireNonNull(sections, "sections is null");
        appendixSections = Texts.lines(appendixSections, "appendixSections");
        requireNonNull(status, "status is null");
        Versioned.check(version);
    }

    @Override
    public Plan withVersion(long newVersion) {
        return new Plan(
                id,
                program,
                parentPlan,
                issuer,
                document,
                title,
                issueBy,
                sections,
                appendixSections,
                status,
                newVersion);
    }

    public Plan withStatus(PlanStatus newStatus) {
        return new Plan(
                id,
                program,
                parentPlan,
                issuer,
                document,
                title,
                issueBy,
                sections,
                appendixSections,
                newStatus,
                version);
    }

    public Plan withDocument(DocumentRef newDocument) {
        return new Plan(
                id,
                program,
                parentPlan,
                issuer,
                Optional.of(newDocument),
                title,
                issueBy,
                sections,
                appendixSections,
                status,
                version);
    }

    @Override
    public String entityId() {
        return id.value();
    }

    /**
     * A builder: {@code id}, {@code issuer}, {@code title} are required; every optional part
     * starts empty, {@code sections} empty and {@code status} draft.
     */
    public static Builder builder(PlanId id, UnitCode issuer, String title) {
        return new Builder(id, issuer, title);
    }

    /** A builder holding this Plan's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link Plan} values; the record's constructor checks them in {@link #build()}. */
    public static final class Builder {
        private PlanId id;
        private Optional<ProgramId> program = Optional.empty();
        private Optional<PlanId> parentPlan = Optional.empty();
        private UnitCode issuer;
        private Optional<DocumentRef> document = Optional.empty();
        private String title;
        private Optional<Period> issueBy = Optional.empty();
        private PlanSections sections = PlanSections.EMPTY;
        private List<String> appendixSections = new ArrayList<>();
        private PlanStatus status = PlanStatus.DRAFT;
        private long version;

        private Builder(PlanId id, UnitCode issuer, String title) {
            this.id = id;
            this.issuer = issuer;
            this.title = title;
        }

        private Builder(Plan value) {
            id = value.id;
            program = value.program;
            parentPlan = value.parentPlan;
            issuer = value.issuer;
            document = value.document;
            title = value.title;
            issueBy = value.issueBy;
            sections = value.sections;
            appendixSections = new ArrayList<>(value.appendixSections);
            status = value.status;
            version = value.version;
        }

        public Builder id(PlanId value) {
            id = value;
            return this;
        }

        public Builder program(ProgramId value) {
            program = Optional.ofNullable(value);
            return this;
        }

        public Builder parentPlan(PlanId value) {
            parentPlan = Optional.ofNullable(value);
            return this;
        }

        public Builder issuer(UnitCode value) {
            issuer = value;
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

        public Builder issueBy(Period value) {
            issueBy = Optional.ofNullable(value);
            return this;
        }

        public Builder sections(PlanSections value) {
            sections = value;
            return this;
        }

        public Builder appendixSections(List<String> value) {
            appendixSections = new ArrayList<>(value);
            return this;
        }

        public Builder appendixSection(String value) {
            appendixSections.add(value);
            return this;
        }

        public Builder status(PlanStatus value) {
            status = value;
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        public Plan build() {
            return new Plan(
                    id,
                    program,
                    parentPlan,
                    issuer,
                    document,
                    title,
                    issueBy,
                    sections,
                    appendixSections,
                    status,
                    version);
        }
    }
}
