package org.civicplan.export.xlsx;

import org.civicplan.testing.arch.CivicPlanArchRules;
import org.civicplan.testing.arch.ModuleArchitectureTest;

class ArchitectureTest extends ModuleArchitectureTest {
    ArchitectureTest() {
        super("org.civicplan.export.xlsx", CivicPlanArchRules::dependsOnCoreApiOnly);
    }
}
