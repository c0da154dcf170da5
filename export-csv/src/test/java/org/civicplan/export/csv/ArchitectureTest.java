package org.civicplan.export.csv;

import org.civicplan.testing.arch.CivicPlanArchRules;
import org.civicplan.testing.arch.ModuleArchitectureTest;

class ArchitectureTest extends ModuleArchitectureTest {
    ArchitectureTest() {
        super("org.civicplan.export.csv", CivicPlanArchRules::dependsOnCoreApiOnly);
    }
}
