package org.civicplan.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.civicplan.testing.arch.CivicPlanArchRules;
import org.civicplan.validation.internal.ReportContent;
import org.civicplan.validation.internal.ReportRenderer;
import org.junit.jupiter.api.Test;

/**
 * The clarity report calls its renderer and the renderer reads only what the report hands it
 * ({@link ReportContent}), so the two do not depend on each other: the report can change its
 * representation, the renderer its layout.
 */
class ReportLayoutTest {
    private static final JavaClasses VALIDATION = CivicPlanArchRules.mainClasses("org.civicplan.validation");

    @Test
    void theInternalsDoNotDependOnTheReport() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("org.civicplan.validation.internal..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(ClarityReport.class, ClarityCheck.class);
        assertThat(CivicPlanArchRules.violations(rule, VALIDATION)).isEmpty();
    }

    @Test
    void theReportUsesItsRenderer() {
        // the rule above must judge a real dependency: the report reaches the renderer, not the reverse
        assertThat(VALIDATION.get(ClarityReport.class).getDirectDependenciesFromSelf())
                .anySatisfy(d -> assertThat(d.getTargetClass().getName()).isEqualTo(ReportRenderer.class.getName()));
    }

    @Test
    void nothingPublicExposesAnInternalType() {
        assertThat(CivicPlanArchRules.violations(CivicPlanArchRules.publicApiExposesNoInternalType(), VALIDATION))
                .isEmpty();
    }
}
