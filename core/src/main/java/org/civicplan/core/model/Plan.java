package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

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
}
