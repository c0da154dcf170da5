package org.civicplan.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.civicplan.testing.arch.CivicPlanArchRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.civicplan.core");

    @Test
    void nothingPublicExposesAnInternalType() {
        CivicPlanArchRules.publicApiExposesNoInternalType().check(CORE);
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
        rule.check(CORE);
    }

    @Test
    void modelDoesNotDependOnServicesOrWiring() {
        noClasses()
                .that()
                .resideInAPackage("org.civicplan.core.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.civicplan.core.service..",
                        "org.civicplan.core.guice..",
                        "org.civicplan.core.memory..",
                        "com.google.inject..")
                .check(CORE);
    }
}
