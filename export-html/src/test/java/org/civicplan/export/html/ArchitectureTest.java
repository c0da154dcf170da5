package org.civicplan.export.html;

import org.civicplan.testing.arch.CivicPlanArchRules;
import org.civicplan.testing.arch.ModuleArchitectureTest;

class ArchitectureTest extends ModuleArchitectureTest {
    ArchitectureTest() {
        super("org.civicplan.export.html", CivicPlanArchRules::dependsOnCoreApiOnly);
    }
}
