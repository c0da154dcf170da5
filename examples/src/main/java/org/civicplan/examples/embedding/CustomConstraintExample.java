package org.civicplan.examples.embedding;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Portfolio;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.validation.ClarityCheck;
import org.civicplan.validation.ClarityReport;
import org.civicplan.validation.Finding;
import org.civicplan.validation.Rule;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.SizeDef;

/**
 * A city's own rule added to the clarity check: appendix titles must fit the printed column (at most
 * 150 characters). The rule is a Hibernate Validator constraint mapping on the core {@link Item}
 * record; its findings appear under {@link Rule#CUSTOM} next to the eight clarity dimensions.
 */
public final class CustomConstraintExample {
    private CustomConstraintExample() {}

    /** A clarity check that also enforces the title rule, with the validator factory to close after it. */
    public record CityCheck(ClarityCheck check, ValidatorFactory factory) implements AutoCloseable {
        @Override
        public void close() {
            factory.close();
        }
    }

    public static CityCheck withTitleRule(int maxTitle) {
        HibernateValidatorConfiguration configuration =
                Validation.byProvider(HibernateValidator.class).configure();
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.type(Item.class)
                .field("title")
                .constraint(new SizeDef()
                        .max(maxTitle)
                        .message("Tên nhiệm vụ dài quá " + maxTitle
                                + " ký tự, không vừa cột phụ lục / title longer than " + maxTitle
                                + " characters does not fit the appendix column"));
        ValidatorFactory factory = configuration.addMapping(mapping).buildValidatorFactory();
        return new CityCheck(new ClarityCheck(factory.getValidator()), factory);
    }

    /** The findings of the city's own rule on the city plan of {@code portfolio}. */
    public static java.util.List<Finding> run(Portfolio portfolio, int maxTitle) {
        try (CityCheck city = withTitleRule(maxTitle)) {
            ClarityReport report = city.check().check(portfolio, Program07Sample.CITY_PLAN);
            return report.findings().stream()
                    .filter(f -> f.rule() == Rule.CUSTOM)
                    .toList();
        }
    }

    public static void main(String[] args) {
        for (Finding f : run(Program07Sample.portfolio(), 120)) {
            System.out.println(f.path() + ": " + f.message(org.civicplan.core.Lang.VI));
        }
    }
}
