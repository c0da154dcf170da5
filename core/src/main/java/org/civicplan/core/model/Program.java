package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

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
}
