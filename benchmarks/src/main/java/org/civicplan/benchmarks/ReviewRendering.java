package org.civicplan.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.benchmarks.HandReview.HandAdjustment;
import org.civicplan.benchmarks.HandReview.HandIndicator;
import org.civicplan.benchmarks.HandReview.HandItem;
import org.civicplan.benchmarks.HandReview.HandItemLine;
import org.civicplan.benchmarks.HandReview.HandTarget;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.spi.AggregatedValue;
import org.civicplan.storage.jdbc.internal.ItemText;

/**
 * The canonical text {@link ReviewBenchmark}'s setup renders both reviews in before comparing
 * them (setup only, never timed): every field of a {@link Review}, one line per item, indicator,
 * unit, investment and adjustment; resource lines as a set, ordered by source code, unit and year.
 */
final class ReviewRendering {
    private ReviewRendering() {}

    /** Whether two indicator aggregates hold the same, non-empty values. */
    static boolean same(Map<IndicatorCode, AggregatedValue> a, Map<IndicatorCode, AggregatedValue> b) {
        if (a.size() != b.size() || a.isEmpty()) {
            return false;
        }
        for (Map.Entry<IndicatorCode, AggregatedValue> e : a.entrySet()) {
            AggregatedValue x = e.getValue();
            AggregatedValue y = b.get(e.getKey());
            if (y == null
                    || x.kind() != y.kind()
                    || x.units() != y.units()
                    || !x.latest().equals(y.latest())
                    || x.value().compareTo(y.value()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** civicplan's review as text. */
    static String render(Review r) {
        StringBuilder out = new StringBuilder();
        out.append("review|")
                .append(r.program().value())
                .append('|')
                .append(r.reporting().period().code())
                .append('|')
                .append(r.asOf())
                .append('\n');
        for (Review.ItemLine i : r.items()) {
            line(
                    out,
                    "item",
                    i.id().value(),
                    i.plan().value(),
                    i.number(),
                    i.title(),
                    unit(i.lead()),
                    i.status().code(),
                    i.due().orElse(null),
                    i.completedOn().orElse(null),
                    i.percentDone().orElse(null));
        }
        for (Review.IndicatorLine i : r.indicators()) {
            line(
                    out,
                    "indicator",
                    i.code().value(),
                    i.name(),
                    i.unitOfMeasure().orElse(null),
                    i.value().map(ReviewRendering::value).orElse(null),
                    i.target().map(ReviewRendering::target).orElse(null),
                    i.finalTarget().map(ReviewRendering::target).orElse(null),
                    i.achievementPercent().map(BigDecimal::toPlainString).orElse(null),
                    i.rag().code());
        }
        for (Review.UnitScore u : r.units()) {
            Map<String, Integer> counts = new TreeMap<>();
            u.counts().forEach((status, n) -> counts.put(status.code(), n));
            line(
                    out,
                    "unit",
                    u.unit().value(),
                    u.itemsLed(),
                    counts,
                    u.report().map(ReportStatus::code).orElse(null));
        }
        line(
                out,
                "not reported",
                r.unitsNotReported().stream().map(UnitCode::value).toList());
        Map<String, String> money = new TreeMap<>();
        for (Review.ResourceLine m : r.resources()) {
            money.put(
                    m.source().code() + "|" + m.unit().value() + "|" + m.year(),
                    plain(m.planned().toBigDecimal()) + "|" + plain(m.reported().toBigDecimal()));
        }
        line(out, "money", money);
        for (Review.InvestmentLine i : r.publicInvestment()) {
            line(
                    out,
                    "investment",
                    i.id().value(),
                    i.number(),
                    i.title(),
                    unit(i.lead()),
                    plain(i.estimatedTotal().toBigDecimal()),
                    i.projectGroup().orElse(null));
        }
        for (Adjustment a : r.proposedAdjustments()) {
            line(
                    out,
                    "adjustment",
                    a.id().value(),
                    a.item().value(),
                    a.baseRevision(),
                    a.proposedBy().value(),
                    a.reason(),
                    a.status().code(),
                    a.proposedAt(),
                    a.decidedBy().map(UnitCode::value).orElse(null),
                    a.decidedAt().orElse(null),
                    a.decisionNote().orElse(null),
                    a.version(),
                    ItemText.write(a.proposed()));
        }
        return out.toString();
    }

    /** The hand-written review as text, in the same lines. */
    static String render(HandReview h, ProgramId program, Period period, LocalDate asOf) {
        StringBuilder out = new StringBuilder();
        out.append("review|")
                .append(program.value())
                .append('|')
                .append(period.code())
                .append('|')
                .append(asOf)
                .append('\n');
        for (HandItemLine l : h.items()) {
            HandItem i = l.item();
            line(
                    out,
                    "item",
                    i.id(),
                    i.plan(),
                    i.number(),
                    i.title(),
                    i.lead(),
                    l.status(),
                    i.due(),
                    l.status().equals(ReviewStatus.DONE_ON_TIME.code())
                                    || l.status().equals(ReviewStatus.DONE_LATE.code())
                            ? i.completed()
                            : null,
                    l.line() == null ? null : l.line().percent());
        }
        for (HandIndicator i : h.indicators()) {
            line(
                    out,
                    "indicator",
                    i.code,
                    i.name,
                    i.unitOfMeasure,
                    i.value == null ? null : value(i.value),
                    i.target == null ? null : target(i.target),
                    i.finalTarget == null ? null : target(i.finalTarget),
                    i.achievement == null ? null : i.achievement.toPlainString(),
                    i.rag);
        }
        h.counts().forEach((unit, counts) -> {
            int led = counts.values().stream().mapToInt(Integer::intValue).sum();
            line(out, "unit", unit, led, counts, h.reportStatus().get(unit));
        });
        line(out, "not reported", h.notReported());
        Map<String, String> money = new TreeMap<>();
        h.money().forEach((k, pair) -> money.put(k, plain(pair[0]) + "|" + plain(pair[1])));
        line(out, "money", money);
        for (HandItem i : h.investments()) {
            line(out, "investment", i.id(), i.number(), i.title(), i.lead(), plain(i.investment()), i.projectGroup());
        }
        for (HandAdjustment a : h.adjustments()) {
            line(
                    out,
                    "adjustment",
                    a.id(),
                    a.item(),
                    a.baseRevision(),
                    a.proposedBy(),
                    a.reason(),
                    HandWrittenReview.PROPOSED,
                    a.proposedAt(),
                    null,
                    null,
                    null,
                    a.version(),
                    a.proposedItem());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String kind, Object... fields) {
        out.append(kind);
        for (Object f : fields) {
            out.append('|').append(f == null ? "-" : f);
        }
        out.append('\n');
    }

    private static String unit(Optional<UnitCode> unit) {
        return unit.map(UnitCode::value).orElse(null);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String value(AggregatedValue v) {
        return v.kind().code() + "/" + v.units() + "/" + v.latest() + "/" + plain(v.value());
    }

    private static String target(Target t) {
        return t.comparison().code() + plain(t.value()) + "@" + t.period().code();
    }

    private static String target(HandTarget t) {
        return t.comparison() + plain(t.value()) + "@" + t.period();
    }

    /** The first line where {@code a} (civicplan's) and {@code b} (hand-written) differ. */
    static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i] : "<none>";
            String r = i < y.length ? y[i] : "<none>";
            if (!l.equals(r)) {
                return "line " + (i + 1) + "\n  civicplan:    " + l + "\n  hand-written: " + r;
            }
        }
        return "none";
    }
}
