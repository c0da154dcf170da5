package org.civicplan.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;

/**
 * What {@link ReviewBenchmark}'s data set-up adds to the generated portfolio besides measurements,
 * for every program: the reports for {@link #PERIOD} and adjustments, so that both the reports and
 * the adjustments tables grow with the portfolio. {@link ReviewData} imports it.
 */
final class ReviewActivity {
    /** The period reviewed, which the reports are for: the first half of 2023. */
    static final Period PERIOD = Period.firstHalf(2023);

    private ReviewActivity() {}

    /**
     * For every program: each reporting unit's report for {@link #PERIOD} (one unit in ten none, one
     * in five a draft or returned; lines for 85% of its items, money spent in 2023 against most
     * 2023 funding lines) and three adjustments on its items (two proposed, one decided).
     */
    static Portfolio activity(Portfolio generated) {
        Random random = new Random(Bench.SEED + 4);
        Map<String, ProgramId> programOfPlan = new HashMap<>();
        for (Plan plan : generated.plans()) {
            plan.program().ifPresent(p -> programOfPlan.put(plan.id().value(), p));
        }
        for (Plan plan : generated.plans()) {
            plan.parentPlan()
                    .ifPresent(
                            parent -> programOfPlan.putIfAbsent(plan.id().value(), programOfPlan.get(parent.value())));
        }
        Map<ProgramId, Map<UnitCode, List<Item>>> work = new LinkedHashMap<>();
        for (Item item : generated.items()) {
            ProgramId p = programOfPlan.get(item.plan().value());
            item.assignment().effectiveReportingUnit().ifPresent(unit -> work.computeIfAbsent(
                            p, k -> new LinkedHashMap<>())
                    .computeIfAbsent(unit, k -> new ArrayList<>())
                    .add(item));
        }
        List<ProgressReport> reports = new ArrayList<>();
        List<Adjustment> adjustments = new ArrayList<>();
        Instant base = Instant.parse("2023-03-01T02:00:00Z");
        int p = 0;
        for (Map.Entry<ProgramId, Map<UnitCode, List<Item>>> e : work.entrySet()) {
            for (Map.Entry<UnitCode, List<Item>> u : new TreeMap<>(e.getValue()).entrySet()) {
                int kind = random.nextInt(10);
                if (kind == 0) {
                    continue;
                }
                ReportStatus status = kind == 1
                        ? ReportStatus.DRAFT
                        : kind == 2 ? ReportStatus.RETURNED : kind < 7 ? ReportStatus.SUBMITTED : ReportStatus.APPROVED;
                List<ItemProgress> lines = new ArrayList<>();
                for (Item item : u.getValue()) {
                    if (random.nextInt(100) < 85) {
                        lines.add(progress(random, item));
                    }
                }
                reports.add(new ProgressReport(
                        ReportId.of("BC-" + p + "-" + u.getKey().value() + "-2023H1"),
                        e.getKey(),
                        u.getKey(),
                        PERIOD,
                        status,
                        lines,
                        Optional.of("Báo cáo sơ kết 6 tháng đầu năm 2023"),
                        List.of("Thiếu kinh phí đối ứng"),
                        List.of("Đề nghị bổ sung biên chế"),
                        Optional.empty(),
                        0));
            }
            List<Item> items =
                    e.getValue().values().stream().flatMap(List::stream).toList();
            for (int k = 0; k < 3; k++) {
                Item item = items.get(random.nextInt(items.size()));
                Adjustment proposed = new Adjustment(
                        AdjustmentId.of("DC-" + p + "-" + k),
                        item.id(),
                        item.revision(),
                        item.assignment().effectiveReportingUnit().orElseThrow(),
                        "Đề nghị lùi thời hạn do vướng mắc thủ tục đầu tư",
                        item.toBuilder().deadline(Period.year(2025)).build(),
                        AdjustmentStatus.PROPOSED,
                        base.plus(Duration.ofDays(random.nextInt(90))),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        0);
                adjustments.add(
                        k < 2
                                ? proposed
                                : proposed.decided(
                                        AdjustmentStatus.REJECTED,
                                        UnitCode.of("UBND"),
                                        base.plus(Duration.ofDays(100)),
                                        "Không đủ căn cứ"));
            }
            p++;
        }
        return new Portfolio(
                generated.id(),
                generated.name(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                reports,
                adjustments);
    }

    private static ItemProgress progress(Random random, Item item) {
        ItemStatus status =
                switch (random.nextInt(10)) {
                    case 0, 1 -> ItemStatus.NOT_STARTED;
                    case 2, 3, 4, 5 -> ItemStatus.IN_PROGRESS;
                    case 6 -> ItemStatus.SUSPENDED;
                    default -> ItemStatus.DONE;
                };
        Optional<LocalDate> completed = status == ItemStatus.DONE
                ? Optional.of(LocalDate.of(2022, 10, 1).plusDays(random.nextInt(300)))
                : Optional.empty();
        List<FundingLine> spent = new ArrayList<>();
        for (FundingLine planned : item.assignment().resources().funding()) {
            if (planned.year() == 2023 && random.nextInt(4) != 0) {
                spent.add(new FundingLine(
                        planned.source(),
                        2023,
                        Vnd.of(planned.amount().toBigDecimal().longValue() / (2 + random.nextInt(5)))));
            }
        }
        return new ItemProgress(
                item.id(),
                status,
                status == ItemStatus.DONE ? 100 : random.nextInt(100),
                completed,
                Optional.of("Đang triển khai theo kế hoạch"),
                spent);
    }
}
