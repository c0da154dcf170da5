package org.civicplan.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Portfolio;
import org.civicplan.validation.ClarityCheck;
import org.civicplan.validation.ClarityReport;
import org.civicplan.validation.Rule;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.MinDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Item 3: the clarity check of a whole portfolio against plain Hibernate Validator validating the
 * same {@link Item} records with only simple field constraints (declared programmatically, the
 * model's own class-level constraints ignored).
 *
 * <p>The clarity check runs its per-item rules directly (not through the {@code Validator}) when the
 * validator carries nothing but the civicplan constraints, as here. From {@code
 * ClarityCheck.PARALLEL_FROM} (20,000) items on, i.e. at size L but not at S or M, it also uses the
 * common fork-join pool: the portfolio rules run beside the per-item rules and the items are checked
 * in ordered chunks, so on this 2-core machine it uses both cores. {@link #plainHibernateValidator} is
 * single-threaded, so at L the ratio against it compares two cores with one; {@link
 * #plainHibernateValidatorParallel} is the same baseline over both cores (a parallel stream over the
 * items), the fair pairing for L.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {Bench.XMS, Bench.XMX, Bench.PRETOUCH})
@org.openjdk.jmh.annotations.Warmup(iterations = 2, time = 2)
@org.openjdk.jmh.annotations.Measurement(iterations = 3, time = 2)
public class ClarityBenchmark {
    @Param({"S", "M"})
    public String size;

    private Portfolio portfolio;
    private ClarityCheck check;
    private Validator plain;

    @Setup(Level.Trial)
    public void setUp() {
        portfolio = PortfolioGenerator.withoutMeasurements(Bench.portfolio(size));
        check = ClarityCheck.create();
        plain = plainValidator();
        checkBothSides();
    }

    /**
     * The two sides do different amounts of work by design (the point of the pair), so their results
     * cannot be equal, and on the generated items (no blank title, nothing null) the baseline finds
     * nothing. The check therefore runs both sides on a probe copy of the portfolio in which every
     * tenth item's title is blank, and requires: the clarity report covers every item; the one rule
     * both sides apply, a non-blank title ({@code task.title.missing} against {@code @NotBlank}),
     * flags exactly the blanked items on both; the single- and two-core baselines find the same
     * violations. Refuses to run otherwise.
     */
    void checkBothSides() {
        List<Item> probe = new ArrayList<>();
        long blanked = 0;
        for (Item item : portfolio.items()) {
            boolean blank = probe.size() % 10 == 0;
            probe.add(blank ? item.toBuilder().title(" ").build() : item);
            blanked += blank ? 1 : 0;
        }
        Portfolio withBlanks = new Portfolio(
                portfolio.id(),
                portfolio.name(),
                portfolio.units(),
                portfolio.programs(),
                portfolio.plans(),
                probe,
                portfolio.indicators(),
                portfolio.measurements(),
                portfolio.reports(),
                portfolio.adjustments());
        ClarityReport report = check.check(withBlanks);
        if (report.items().size() != probe.size()) {
            throw new IllegalStateException(
                    "the clarity report covers " + report.items().size() + " of " + probe.size() + " items");
        }
        long titleFindings = report.findings().stream()
                .filter(f -> f.rule() == Rule.TASK_TITLE_MISSING)
                .count();
        long sequential = 0;
        long titleViolations = 0;
        for (Item item : probe) {
            Set<ConstraintViolation<Item>> violations = plain.validate(item);
            sequential += violations.size();
            titleViolations += violations.stream()
                    .filter(v -> v.getPropertyPath().toString().equals("title"))
                    .count();
        }
        long parallel = parallelViolations(probe);
        if (titleFindings != blanked || titleViolations != blanked) {
            throw new IllegalStateException(blanked + " blank titles: the clarity check finds " + titleFindings
                    + ", Hibernate Validator " + titleViolations);
        }
        if (parallel != sequential) {
            throw new IllegalStateException(
                    "the baselines disagree: " + sequential + " violations on one core, " + parallel + " on two");
        }
    }

    /** Hibernate Validator with simple constraints only: not null, not blank, at least 1. */
    static Validator plainValidator() {
        HibernateValidatorConfiguration config =
                Validation.byProvider(HibernateValidator.class).configure().ignoreXmlConfiguration();
        ConstraintMapping mapping = config.createConstraintMapping();
        mapping.type(Item.class)
                .ignoreAllAnnotations()
                .field("id")
                .constraint(new NotNullDef())
                .field("plan")
                .constraint(new NotNullDef())
                .field("number")
                .constraint(new MinDef().value(1))
                .field("kind")
                .constraint(new NotNullDef())
                .field("title")
                .constraint(new NotBlankDef())
                .field("product")
                .constraint(new NotNullDef())
                .field("scope")
                .constraint(new NotNullDef())
                .field("assignment")
                .constraint(new NotNullDef())
                .field("status")
                .constraint(new NotNullDef())
                .field("revision")
                .constraint(new MinDef().value(1));
        return config.addMapping(mapping).buildValidatorFactory().getValidator();
    }

    @Benchmark
    public ClarityReport clarityCheck() {
        return check.check(portfolio);
    }

    @Benchmark
    public void plainHibernateValidator(Blackhole bh) {
        for (Item item : portfolio.items()) {
            Set<ConstraintViolation<Item>> violations = plain.validate(item);
            bh.consume(violations);
        }
    }

    /** The baseline over both cores: the same validation of every item, on a parallel stream. */
    @Benchmark
    public long plainHibernateValidatorParallel() {
        return parallelViolations(portfolio.items());
    }

    private long parallelViolations(List<Item> items) {
        return items.parallelStream()
                .mapToLong(item -> plain.validate(item).size())
                .sum();
    }
}
