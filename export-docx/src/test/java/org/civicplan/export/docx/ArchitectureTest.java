package org.civicplan.export.docx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.civicplan.testing.arch.CivicPlanArchRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.civicplan.export.docx");

    @Test
    void nothingPublicExposesAnInternalType() {
        CivicPlanArchRules.publicApiExposesNoInternalType().check(CLASSES);
    }

    @Test
    void dependsOnCoreOnlyNotOnOtherAdapters() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.civicplan.validation..",
                        "org.civicplan.storage..",
                        "org.civicplan.examples..",
                        "org.civicplan.export.html..",
                        "org.civicplan.export.csv..",
                        "org.civicplan.export.xlsx..",
                        "org.civicplan.core.internal..",
                        "org.civicplan.core.memory..")
                .check(CLASSES);
    }
}
