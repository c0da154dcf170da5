package org.civicplan.testing;

import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.civicplan.testing.arch.ModuleArchitectureTest;

/** The test library follows the rules it ships, and leans on core's API only, as an adapter's test would. */
class ArchitectureTest extends ModuleArchitectureTest {
    ArchitectureTest() {
        super("org.civicplan.testing", testing -> ArchRuleDefinition.noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.civicplan.validation..",
                        "org.civicplan.storage..",
                        "org.civicplan.export..",
                        "org.civicplan.examples..",
                        "org.civicplan.cli..",
                        "org.civicplan.core..internal..",
                        "org.civicplan.core.memory.."));
    }
}
