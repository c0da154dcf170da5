package org.civicplan.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Portfolio;
import org.civicplan.validation.ClarityCheck;
import org.civicplan.validation.ClarityReport;
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
        portfolio = PortfolioGenerator.withoutMeasurements(
                new PortfolioGenerator(Bench.SEED).generate(PortfolioGenerator.Size.valueOf(size)));
        check = ClarityCheck.create();
        plain = plainValidator();
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
}
