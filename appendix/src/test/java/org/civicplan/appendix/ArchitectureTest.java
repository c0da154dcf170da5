package org.civicplan.appendix;

import org.civicplan.testing.arch.CivicPlanArchRules;
import org.civicplan.testing.arch.ModuleArchitectureTest;

/** The appendix reader uses core's API only, never another adapter or an internal package. */
class ArchitectureTest extends ModuleArchitectureTest {
    ArchitectureTest() {
        super("org.civicplan.appendix", CivicPlanArchRules::dependsOnCoreApiOnly);
    }
}
