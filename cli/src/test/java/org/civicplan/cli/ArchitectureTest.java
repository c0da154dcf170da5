package org.civicplan.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tool's rules (see the package documentation): it uses the modules' public API only, and the
 * command-line, progress and logging-provider libraries stay in the tool. The second set of rules
 * looks at every civicplan class on the tool's class path, i.e. every module the tool ships.
 */
class ArchitectureTest {
    private static final JavaClasses CIVICPLAN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.civicplan");

    @Test
    void theClassesLookedAtIncludeTheToolAndTheModulesItShips() {
        assertThat(CIVICPLAN.stream().map(c -> c.getPackageName()).distinct())
                .contains(
                        "org.civicplan.cli",
                        "org.civicplan.core",
                        "org.civicplan.validation",
                        "org.civicplan.storage.json",
                        "org.civicplan.storage.jdbc",
                        "org.civicplan.examples.sample",
                        "org.civicplan.examples.embedding");
    }

    @Test
    void theToolUsesNoInternalPackage() {
        assertThat(violations(noClasses()
                        .that()
                        .resideInAPackage("org.civicplan.cli..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.civicplan..internal..")))
                .isEmpty();
    }

    @Test
    void noModuleDependsOnTheTool() {
        assertThat(violations(noClasses()
                        .that()
                        .resideOutsideOfPackage("org.civicplan.cli..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.civicplan.cli..")))
                .isEmpty();
    }

    @Test
    void onlyTheToolUsesPicocliAndProgressbar() {
        assertThat(violations(noClasses()
                        .that()
                        .resideOutsideOfPackage("org.civicplan.cli..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("picocli..", "me.tongfei.progressbar..")))
                .isEmpty();
    }

    @Test
    void noClassNamesTheLoggingProvider() {
        // slf4j-simple is chosen at run time by being on the class path; code logs through slf4j-api
        assertThat(violations(noClasses().should().dependOnClassesThat().resideInAPackage("org.slf4j.simple..")))
                .isEmpty();
    }

    @Test
    void aRuleBrokenIsReported() {
        // the rules above would pass on nothing: this one must find the tool's own use of picocli
        assertThat(violations(noClasses()
                        .that()
                        .resideInAPackage("org.civicplan.cli..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("picocli..")))
                .isNotEmpty();
    }

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(CIVICPLAN).getFailureReport().getDetails();
    }
}
