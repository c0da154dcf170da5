package org.civicplan.examples.docs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.civicplan.testing.arch.ModuleArchitectureTest;

/**
 * The architecture test as docs/adapters.md shows it: the examples follow civicplan's rules and,
 * as an embedding system should, use only the public API of every module (no internal package).
 */
class ArchitectureTest extends ModuleArchitectureTest {
    ArchitectureTest() {
        super("org.civicplan.examples", examples -> noClasses()
                .that()
                .resideInAPackage(examples + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.civicplan..internal.."));
    }
}
