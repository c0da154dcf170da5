package org.civicplan.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
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

    @Test
    void corePackagesFormNoCycle() {
        ArchRule rule = slices().matching("org.civicplan.core.(*)..").should().beFreeOfCycles();
        assertThat(CivicPlanArchRules.violations(rule, CORE)).isEmpty();
    }

    /**
     * An adapter implements the extension points knowing the model alone: they speak model types,
     * periods, the text helpers (a JDK-only leaf) and the library's exceptions (the root package), never a service, the review
     * computation, an exporter helper or the wiring.
     */
    @Test
    void extensionPointsDependOnTheModelAndPeriodsOnly() {
        ArchRule rule = classes()
                .that()
                .resideInAPackage("org.civicplan.core.spi..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "org.civicplan.core.spi..",
                        "org.civicplan.core.model..",
                        "org.civicplan.core.period..",
                        "org.civicplan.core.text..",
                        "org.civicplan.core",
                        "java..",
                        "jakarta..");
        assertThat(CivicPlanArchRules.violations(rule, CORE)).isEmpty();
    }

    /** The rules above would pass on nothing if the packages moved; they must see what they judge. */
    @Test
    void theRulesSeeTheCorePackages() {
        assertThat(CORE.stream().map(c -> c.getPackageName()).distinct())
                .contains(
                        "org.civicplan.core.spi",
                        "org.civicplan.core.model",
                        "org.civicplan.core.service",
                        "org.civicplan.core.review",
                        "org.civicplan.core.export");
    }
}
