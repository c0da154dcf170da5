package org.civicplan.validation.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.validation.ClarityCheck;
import org.civicplan.validation.ClarityReport;
import org.civicplan.validation.Dimension;
import org.civicplan.validation.Finding;
import org.civicplan.validation.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the clarity check on every labelled real row (issue 17) and weighs its findings against the
 * hand labels: per dimension and overall, precision (of the rows it flags on a dimension, how many
 * the careful reader flagged too) and recall (of the rows the reader flagged, how many it flags).
 * Prints the table and the disagreements; run it alone with
 * {@code ./mvnw -B -o test -pl validation -am -Djacoco.skip=true -Dtest=CorpusEvaluationTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>The floors below are the levels reached when the calibration was committed; raise them as the
 * check improves, never lower them, and never edit a label to fit the check (a label may only be
 * corrected where it contradicts the corpus README's rules).
 */
class CorpusEvaluationTest {
    /*
     * Issue 17 asks for 90 % / 90 %. Before the calibration the check flagged 1,633 (row, dimension)
     * pairs: precision 6.5 %, recall 94.6 %. The calibration reached precision 86.7 % and recall 58.0 %;
     * the second pass (a shared lead of named bodies, coordination-only rows, a document to draw up in a
     * letter, "kỹ" no longer read as "ký", a named horizon no longer read as a deadline) reached 91.0 %
     * and 72.3 %. The third pass (a report or submission with no date or cycle, a one-off document
     * bound only by the reports' cycle, the first verb read past the eighth word, a cited letter's
     * subject is no event, a one-off act naming no output, "nâng cấp" and "các cấp" are not "cấp"; 35
     * new rows R0243-R0277 labelled before the check ran, and R0009's product relabelled) reached
     * 90.5 % and 80.5 % on 277 rows (the second pass's code scores 88.4 % and 71.2 % on them). The
     * fourth pass (a letter's inquiry into a raised matter that asks nothing back, the approval cell
     * mapped, "ngay" as at once, "công trình" no submission, unnamed tasks and unnumbered directions as
     * exhortations, an inquiry into one matter needs one body in charge; 20 new rows R0278-R0297
     * labelled before the check ran; R0185 and R0198 relabelled where the corpus README's rules were
     * made explicit) reaches 93.3 % and 86.7 % on 297 rows. The fifth pass (a lead defined only by an
     * assignment made elsewhere, a task given word for word to several leads and divided only by formula,
     * a sweep of named targets as a one-off inquiry, an inquiry divided by competence, a regulation to
     * issue with no level, one proposal with two leads, a decision's bare implementing clause; 20 new rows
     * R0298-R0317 labelled before the check ran; R0251 relabelled) reaches 93.8 % and 93.8 % on the
     * fourth pass's 297 rows and 92.8 % and 93.5 % on all 317 (the fourth pass's code: 93.3 % and 86.0 %
     * on the 297 as now labelled, 89.8 % and 83.3 % on the 317). These floors hold that level, on both
     * sets. The gap is time (deadlines another clause of the letter sets), campaigns with no target and
     * boilerplate behind a specific object (see the corpus README).
     */
    static final double MIN_PRECISION = 0.92;
    static final double MIN_RECALL = 0.93;

    /** The floors on the fourth pass's rows alone, which were 0.93 and 0.86 when it closed. */
    static final double MIN_PRECISION_FOURTH_PASS = 0.93;

    static final double MIN_RECALL_FOURTH_PASS = 0.93;

    /** The floor on each rule that fires on at least four rows (see {@link #everyRuleThatFiresOftenIsMostlyRight}). */
    static final double MIN_RULE_PRECISION = 0.75;

    /** The last row of the fourth pass: the rows after it were added in the fifth. */
    static final String LAST_OF_FOURTH_PASS = "R0297";

    private static final Set<Dimension> ITEM_DIMENSIONS = EnumSet.complementOf(EnumSet.of(Dimension.STRUCTURE));

    private static List<CorpusRow> rows;
    private static Map<String, Set<Dimension>> flagged;
    private static Map<String, List<Finding>> findings;

    @BeforeAll
    static void run() {
        rows = CorpusRow.load();
        CorpusPortfolio corpus = new CorpusPortfolio(rows);
        ClarityCheck check = ClarityCheck.create();
        flagged = new LinkedHashMap<>();
        findings = new LinkedHashMap<>();
        for (Plan plan : corpus.plans.values()) {
            ClarityReport report = check.check(corpus.portfolio, plan.id(), profile(plan, corpus.kinds.get(plan.id())));
            for (Finding f : report.findings()) {
                if (f.subject().kind() == org.civicplan.validation.Subject.Kind.ITEM) {
                    flagged.computeIfAbsent(f.subject().id(), k -> EnumSet.noneOf(Dimension.class))
                            .add(f.dimension());
                    findings.computeIfAbsent(f.subject().id(), k -> new ArrayList<>())
                            .add(f);
                }
            }
        }
        for (Map.Entry<String, Item> e : corpus.items.entrySet()) {
            flagged.putIfAbsent(e.getValue().id().value(), EnumSet.noneOf(Dimension.class));
        }
    }

    /**
     * The profile its number and symbol give ({@link Profile#of}); for a document printed without
     * one, the caller's choice from the corpus's kind, as an importer that knows the document would.
     */
    static Profile profile(Plan plan, String kind) {
        if (plan.document().isPresent()) {
            return Profile.of(plan);
        }
        return switch (kind) {
            case "plan" -> Profile.PROGRAM_PLAN;
            case "cascaded-plan" -> Profile.CASCADED_PLAN;
            case "directive" -> Profile.DIRECTIVE;
            default -> Profile.INSTRUCTION;
        };
    }

    /** True/false positives and negatives of one dimension (or all). */
    record Score(int tp, int fp, int fn, int tn) {
        Score plus(Score o) {
            return new Score(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }

    static Map<Dimension, Score> scores() {
        return scores(rows);
    }

    /** The scores on some of the rows (the rows of earlier passes, to compare with their numbers). */
    static Map<Dimension, Score> scores(List<CorpusRow> rows) {
        Map<Dimension, Score> scores = new LinkedHashMap<>();
        for (Dimension d : ITEM_DIMENSIONS) {
            int tp = 0, fp = 0, fn = 0, tn = 0;
            for (CorpusRow row : rows) {
                boolean said = flagged.get(row.id()).contains(d);
                boolean truth = row.defect(d.code());
                if (said && truth) {
                    tp++;
                } else if (said) {
                    fp++;
                } else if (truth) {
                    fn++;
                } else {
                    tn++;
                }
            }
            scores.put(d, new Score(tp, fp, fn, tn));
        }
        return scores;
    }

    static Score overall(Map<Dimension, Score> scores) {
        return scores.values().stream().reduce(new Score(0, 0, 0, 0), Score::plus);
    }

    static String table(Map<Dimension, Score> scores) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%-15s %4s %4s %4s %4s %9s %7s%n",
                "dimension",
                "TP",
                "FP",
                "FN",
                "TN",
                "precision",
                "recall"));
        Map<String, Score> lines = new LinkedHashMap<>();
        scores.forEach((d, s) -> lines.put(d.code(), s));
        lines.put("overall", overall(scores));
        lines.forEach((name, s) -> out.append(String.format(
                Locale.ROOT,
                "%-15s %4d %4d %4d %4d %8.1f%% %6.1f%%%n",
                name,
                s.tp,
                s.fp,
                s.fn,
                s.tn,
                100 * s.precision(),
                100 * s.recall())));
        return out.toString();
    }

    @Test
    void printsTheTableAndHoldsTheFloors() {
        Map<Dimension, Score> scores = scores();
        List<CorpusRow> earlier = rows.stream()
                .filter(r -> r.id().compareTo(LAST_OF_FOURTH_PASS) <= 0)
                .toList();
        StringBuilder report = new StringBuilder("\nClarity check against ")
                .append(rows.size())
                .append(" labelled real rows\n")
                .append(table(scores))
                .append("\nThe same check on the fourth pass's ")
                .append(earlier.size())
                .append(" rows (R0001-")
                .append(LAST_OF_FOURTH_PASS)
                .append(")\n")
                .append(table(scores(earlier)));
        Set<String> shown = new HashSet<>();
        for (CorpusRow row : rows) {
            for (Dimension d : ITEM_DIMENSIONS) {
                boolean said = flagged.get(row.id()).contains(d);
                if (said != row.defect(d.code()) && shown.add(row.id() + d)) {
                    String codes = findings.getOrDefault(row.id(), List.of()).stream()
                            .filter(f -> f.dimension() == d)
                            .map(Finding::code)
                            .toList()
                            .toString();
                    report.append(String.format(
                            Locale.ROOT,
                            "%s %-14s %-15s %s %s | %s%n",
                            said ? "FP" : "FN",
                            row.id(),
                            d.code(),
                            row.kind(),
                            codes,
                            abbreviate(row.task())));
                }
            }
        }
        System.out.println(report);
        Score all = overall(scores);
        assertThat(all.precision()).as("overall precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(all.recall()).as("overall recall").isGreaterThanOrEqualTo(MIN_RECALL);
        Score fourth = overall(scores(earlier));
        assertThat(fourth.precision())
                .as("overall precision on R0001-%s", LAST_OF_FOURTH_PASS)
                .isGreaterThanOrEqualTo(MIN_PRECISION_FOURTH_PASS);
        assertThat(fourth.recall())
                .as("overall recall on R0001-%s", LAST_OF_FOURTH_PASS)
                .isGreaterThanOrEqualTo(MIN_RECALL_FOURTH_PASS);
    }

    /** One rule's firings on the corpus: rows it flags whose dimension the reader flagged too, and not. */
    record RuleScore(String code, Dimension dimension, int agreed, int disagreed, int alone) {
        double precision() {
            return agreed + disagreed == 0 ? 1.0 : (double) agreed / (agreed + disagreed);
        }
    }

    /**
     * Precision per rule (finding code): the labels are per dimension, so a rule is right on a row
     * when the reader flagged the row on the rule's dimension; {@code alone} counts the rows where it
     * is the only rule that finds a labelled defect on its dimension (its share of the recall).
     */
    static Map<String, RuleScore> ruleScores() {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        Map<String, Dimension> dimensions = new LinkedHashMap<>();
        for (CorpusRow row : rows) {
            List<Finding> own = findings.getOrDefault(row.id(), List.of());
            Set<String> seen = new HashSet<>();
            for (Finding f : own) {
                if (f.dimension() == Dimension.STRUCTURE || !seen.add(f.code())) {
                    continue;
                }
                dimensions.put(f.code(), f.dimension());
                int[] c = counts.computeIfAbsent(f.code(), k -> new int[3]);
                if (row.defect(f.dimension().code())) {
                    c[0]++;
                    if (own.stream().filter(o -> o.dimension() == f.dimension()).allMatch(o -> o.code()
                            .equals(f.code()))) {
                        c[2]++;
                    }
                } else {
                    c[1]++;
                }
            }
        }
        Map<String, RuleScore> scores = new LinkedHashMap<>();
        counts.forEach((code, c) -> scores.put(code, new RuleScore(code, dimensions.get(code), c[0], c[1], c[2])));
        return scores;
    }

    @Test
    void everyRuleThatFiresOftenIsMostlyRight() {
        Map<String, RuleScore> scores = ruleScores();
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%nPer rule on %d rows%n%-36s %-15s %6s %9s %5s %9s%n",
                rows.size(),
                "rule",
                "dimension",
                "agreed",
                "disagreed",
                "alone",
                "precision"));
        scores.values()
                .forEach(s -> out.append(String.format(
                        Locale.ROOT,
                        "%-36s %-15s %6d %9d %5d %8.1f%%%n",
                        s.code(),
                        s.dimension().code(),
                        s.agreed(),
                        s.disagreed(),
                        s.alone(),
                        100 * s.precision())));
        System.out.println(out);
        assertThat(scores).as("rules that fire on the corpus").hasSizeGreaterThanOrEqualTo(10);
        assertThat(scores.values())
                .as(
                        "rules firing on at least four rows, each right on at least %d %% of them",
                        (int) (100 * MIN_RULE_PRECISION))
                .filteredOn(s -> s.agreed() + s.disagreed() >= 4)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.precision()).as(s.code()).isGreaterThanOrEqualTo(MIN_RULE_PRECISION));
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 90 ? line : line.substring(0, 90) + "…";
    }
}
