package org.civicplan.export.docx;

import org.civicplan.testing.arch.CivicPlanArchRules;
import org.civicplan.testing.arch.ModuleArchitectureTest;

class ArchitectureTest extends ModuleArchitectureTest {
    ArchitectureTest() {
        super("org.civicplan.export.docx", CivicPlanArchRules::dependsOnCoreApiOnly);
    }
}
