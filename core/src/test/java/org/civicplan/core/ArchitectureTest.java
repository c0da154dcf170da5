package org.civicplan.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.civicplan.testing.arch.CivicPlanArchRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses CORE = CivicPlanArchRules.mainClasses("org.civicplan.core");

    @Test
    void nothingPublicExposesAnInternalType() {
        assertThat(CivicPlanArchRules.violations(CivicPlanArchRules.publicApiExposesNoInternalType(), CORE))
                .isEmpty();
    }

    @Test
    void coreDependsOnNoAdapterModule() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("org.civicplan.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.civicplan.validation..",
                        "org.civicplan.storage..",
                        "org.civicplan.export..",
                        "org.civicplan.examples..",
                        "tools.jackson..",
                        "com.fasterxml..",
                        "org.jdbi..",
                        "java.sql..",
                        "org.hibernate..",
                        "org.flywaydb..");
        assertThat(CivicPlanArchRules.violations(rule, CORE)).isEmpty();
    }

    @Test
    void modelDoesNotDependOnServicesOrWiring() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("org.civicplan.core.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.civicplan.core.service..",
                        "org.civicplan.core.guice..",
                        "org.civicplan.core.memory..",
                        "com.google.inject..");
        assertThat(CivicPlanArchRules.violations(rule, CORE)).isEmpty();
    }
}
