package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicplan.testing.arch.CivicPlanArchRules.exportDependsOnCoreOnly;
import static org.civicplan.testing.arch.CivicPlanArchRules.mainClasses;
import static org.civicplan.testing.arch.CivicPlanArchRules.publicApiExposesNoInternalType;
import static org.civicplan.testing.arch.CivicPlanArchRules.violations;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final String PACKAGE = "org.civicplan.appendix";
    private static final JavaClasses CLASSES = mainClasses(PACKAGE);

    @Test
    void nothingPublicExposesAnInternalType() {
        assertThat(violations(publicApiExposesNoInternalType(), CLASSES)).isEmpty();
    }

    @Test
    void dependsOnCoreOnlyNotOnOtherAdapters() {
        assertThat(violations(exportDependsOnCoreOnly(PACKAGE), CLASSES)).isEmpty();
    }
}
