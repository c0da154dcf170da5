package org.civicplan.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.civicplan.testing.arch.CivicPlanArchRules;
import org.civicplan.testing.arch.ModuleArchitectureTest;
import org.junit.jupiter.api.Test;

class ArchitectureTest extends ModuleArchitectureTest {
    ArchitectureTest() {
        super("org.civicplan.core", ArchitectureTest::dependsOnNoAdapterModule);
    }

    /** Core depends on no adapter or tool module, nor on the libraries adapters bring. */
    private static ArchRule dependsOnNoAdapterModule(String core) {
        return CivicPlanArchRules.dependsOnNoOtherModule(
                core,
                List.of(
                        "tools.jackson..",
                        "com.fasterxml..",
                        "org.jdbi..",
                        "java.sql..",
                        "org.hibernate..",
                        "org.flywaydb.."));
    }

    @Test
    void modelDoesNotDependOnServicesOrWiring() {
        assertHolds(noClasses()
                .that()
                .resideInAPackage("org.civicplan.core.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.civicplan.core.service..",
                        "org.civicplan.core.guice..",
                        "org.civicplan.core.memory..",
                        "com.google.inject.."));
    }

    @Test
    void corePackagesFormNoCycle() {
        ArchRule rule = slices().matching("org.civicplan.core.(*)..").should().beFreeOfCycles();
        assertHolds(rule);
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
        assertHolds(rule);
    }

    /** The rules above would pass on nothing if the packages moved; they must see what they judge. */
    @Test
    void theRulesSeeTheCorePackages() {
        assertThat(mainClasses().stream().map(c -> c.getPackageName()).distinct())
                .contains(
                        "org.civicplan.core.spi",
                        "org.civicplan.core.model",
                        "org.civicplan.core.service",
                        "org.civicplan.core.review",
                        "org.civicplan.core.export");
    }
}
