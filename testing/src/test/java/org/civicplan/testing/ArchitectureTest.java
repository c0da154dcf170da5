package org.civicplan.testing;

import org.civicplan.testing.arch.CivicPlanArchRules;
import org.civicplan.testing.arch.ModuleArchitectureTest;

/** The test library follows the rules it ships and leans on core's API only, as an adapter's tests would. */
class ArchitectureTest extends ModuleArchitectureTest {
    ArchitectureTest() {
        super("org.civicplan.testing", CivicPlanArchRules::dependsOnCoreApiOnly);
    }
}
