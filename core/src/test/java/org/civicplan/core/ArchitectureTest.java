package org.civicplan.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
