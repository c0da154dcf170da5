package org.civicplan.storage.jdbc.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanSections;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.Section;
import org.civicplan.core.model.SteeringCommittee;
import org.civicplan.testing.TestPortfolios;

/** A portfolio with text a {@code COPY} could get wrong in the text columns of every table it fills. */
final class HostilePortfolio {
    /** Texts a CSV or text-format {@code COPY} could get wrong; the model keeps a line on one line, NFC. */
    static final List<String> HOSTILE = List.of(
            "Báo cáo số 12/BC-SKHCN, \"bản cuối\"",
            "\"",
            "\",\"",
            "a,b,,c",
            "C:\\báo cáo\\2021\\",
            "\\N",
            "\\.",
            "NULL",
            "emoji 😀 và 𝔘",
            Normalizer.normalize("Tiến độ thực hiện", Normalizer.Form.NFD),
            "'); DROP TABLE items; --",
            "\\\\x41 \\t \\n");

    /** Multi-line texts (bodies keep their line breaks): CR, LF, CRLF, tabs, a lone {@code \.} line. */
    static final List<String> BODIES =
            List.of("dòng 1\n\\.\ndòng 3", "CR\rLF\r\nLF\nend", "tab\there\t\"trích\"", "\\N\n\"\"\n,");

    private HostilePortfolio() {}

    /**
     * {@code p} with hostile text in the text columns of every table: one item per hostile line (as
     * its title, product, rationale, official), bodies in contents and notes, an empty title beside
     * a missing content, and the measurements' sources.
     */
    static Portfolio of(Portfolio p) {
        Program program = p.programs().get(0);
        SteeringCommittee committee = program.steeringCommittee().orElseThrow();
        Program hostileProgram = new Program(
                program.id(),
                program.document(),
                HOSTILE.get(0),
                program.issuer(),
                Optional.of(HOSTILE.get(3)),
                program.period(),
                HOSTILE.subList(0, 6),
                HOSTILE.subList(6, 12),
                program.indicators(),
                List.of(
                        new Section("a,\"b\"", HOSTILE.get(5), Optional.of(BODIES.get(0))),
                        new Section("k2", HOSTILE.get(6), Optional.empty())),
                Optional.of(new SteeringCommittee(
                        Official.named(HOSTILE.get(7), HOSTILE.get(8), TestPortfolios.TU),
                        committee.standingDeputy(),
                        List.of(
                                Official.post(HOSTILE.get(9), TestPortfolios.SKHCN),
                                Official.named(HOSTILE.get(10), "", TestPortfolios.STC)),
                        committee.standingAgency())),
                0);
        List<Plan> plans = new ArrayList<>();
        for (Plan plan : p.plans()) {
            plans.add(new Plan(
                    plan.id(),
                    plan.program(),
                    plan.parentPlan(),
                    plan.issuer(),
                    plan.document(),
                    HOSTILE.get(plans.size() + 1),
                    plan.issueBy(),
                    new PlanSections(Optional.of(BODIES.get(1)), Optional.of(BODIES.get(2)), Optional.empty()),
                    HOSTILE,
                    plan.status(),
                    0));
        }
        List<Item> items = new ArrayList<>();
        for (Item item : p.items()) {
            int i = items.size();
            String text = HOSTILE.get(i % HOSTILE.size());
            Assignment a = item.assignment();
            items.add(item.toBuilder()
                    .title(i == 0 ? "" : text)
                    .content(i == 0 ? null : BODIES.get(i % BODIES.size()))
                    .product(Product.of(ProductKind.OTHER, text))
                    .assignment(new Assignment(
                            a.leadUnits(),
                            a.coordinatingUnits(),
                            Optional.of(Official.named(
                                    text,
                                    HOSTILE.get((i + 1) % HOSTILE.size()),
                                    a.leadUnits().get(0))),
                            a.reportingUnit(),
                            Optional.of(HOSTILE.get((i + 2) % HOSTILE.size())),
                            new Resources(a.resources().funding(), i % 2 == 0, Optional.of(i), Optional.of(text)),
                            List.of(text, "dòng \\ hai"),
                            List.of()))
                    .build());
        }
        for (int i = items.size(); i < HOSTILE.size(); i++) {
            Item template = items.get(1);
            items.add(template.toBuilder()
                    .id(ItemId.of("KH-186/h" + i))
                    .number(100 + i)
                    .title(HOSTILE.get(i))
                    .content(BODIES.get(i % BODIES.size()))
                    .prerequisites(List.of())
                    .build());
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator indicator : p.indicators()) {
            String text = HOSTILE.get(indicators.size() % HOSTILE.size());
            indicators.add(new Indicator(
                    indicator.code(),
                    indicator.program(),
                    text,
                    Optional.of(HOSTILE.get((indicators.size() + 5) % HOSTILE.size())),
                    indicator.kind(),
                    indicator.direction(),
                    indicator.baseline(),
                    indicator.target(),
                    indicator.interimTargets(),
                    indicator.frequency(),
                    Optional.of(text),
                    indicator.reportingUnit(),
                    0));
        }
        List<ProgressReport> reports = new ArrayList<>();
        for (ProgressReport r : p.reports()) {
            List<ItemProgress> lines = new ArrayList<>();
            for (ItemProgress line : r.items()) {
                lines.add(new ItemProgress(
                        line.item(),
                        line.status(),
                        line.percentDone(),
                        line.completedOn(),
                        Optional.of(BODIES.get(3)),
                        line.spent()));
            }
            lines.add(new ItemProgress(
                    ItemId.of("KH-186/2"),
                    ItemStatus.DONE,
                    100,
                    Optional.of(java.time.LocalDate.of(2021, 6, 30)),
                    Optional.empty(),
                    List.of()));
            reports.add(new ProgressReport(
                    r.id(),
                    r.program(),
                    r.unit(),
                    r.period(),
                    r.status(),
                    lines,
                    Optional.of(BODIES.get(0)),
                    HOSTILE.subList(0, 6),
                    HOSTILE.subList(6, 12),
                    Optional.of(HOSTILE.get(2)),
                    0));
        }
        List<Adjustment> adjustments = new ArrayList<>();
        for (Adjustment a : p.adjustments()) {
            adjustments.add(new Adjustment(
                    a.id(),
                    a.item(),
                    a.baseRevision(),
                    a.proposedBy(),
                    HOSTILE.get(0),
                    a.proposed().toBuilder()
                            .title(HOSTILE.get(1))
                            .content(BODIES.get(1))
                            .build(),
                    a.status(),
                    a.proposedAt(),
                    a.decidedBy(),
                    a.decidedAt(),
                    Optional.of(HOSTILE.get(5)),
                    0));
        }
        List<Measurement> measurements = new ArrayList<>();
        for (Measurement m : p.measurements()) {
            int i = measurements.size();
            Optional<String> source = i % 13 == 12 ? Optional.empty() : Optional.of(HOSTILE.get(i % 13 % 12));
            measurements.add(new Measurement(m.indicator(), m.period(), m.reportedBy(), m.value(), source));
        }
        return new Portfolio(
                p.id(),
                p.name(),
                p.units(),
                List.of(hostileProgram),
                plans,
                items,
                indicators,
                measurements,
                reports,
                adjustments);
    }
}
