package org.civicplan.testing.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicplan.testing.arch.CivicPlanArchRules.dependsOnCoreApiOnly;
import static org.civicplan.testing.arch.CivicPlanArchRules.dependsOnNoOtherModule;
import static org.civicplan.testing.arch.CivicPlanArchRules.publicApiExposesNoInternalType;
import static org.civicplan.testing.arch.CivicPlanArchRules.violations;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import org.civicplan.export.fixturea.CrossingExport;
import org.civicplan.export.fixtureb.OtherExport;
import org.civicplan.testing.arch.fixture.api.Clean;
import org.civicplan.testing.arch.fixture.api.Leaky;
import org.civicplan.testing.arch.fixture.internal.Hidden;
import org.junit.jupiter.api.Test;

/** The rules find what they are written to find, on fixture classes that break them or do not. */
class CivicPlanArchRulesTest {
    @Test
    void publicApiRuleReportsEveryWayAnInternalTypeLeaks() {
        JavaClasses classes = new ClassFileImporter().importClasses(Leaky.class, Hidden.class);
        assertThat(violations(publicApiExposesNoInternalType(), classes))
                .anySatisfy(v -> assertThat(v).contains("Leaky.hidden()").contains("exposes internal type"))
                .anySatisfy(v -> assertThat(v).contains("Leaky.exposed").contains("exposes internal type"))
                .anySatisfy(v -> assertThat(v).contains("extends internal " + Hidden.class.getName()))
                .hasSize(3);
    }

    @Test
    void publicApiRuleAllowsInternalTypesInPrivateMembersAndInternalPackages() {
        JavaClasses classes = new ClassFileImporter().importClasses(Clean.class, Hidden.class);
        assertThat(violations(publicApiExposesNoInternalType(), classes)).isEmpty();
    }

    @Test
    void coreApiRuleRefusesAnotherExportModuleAndCoresInMemoryStore() {
        JavaClasses classes = new ClassFileImporter().importClasses(CrossingExport.class);
        assertThat(violations(dependsOnCoreApiOnly("org.civicplan.export.fixturea"), classes))
                .anySatisfy(v -> assertThat(v).contains(OtherExport.class.getName()))
                .anySatisfy(v -> assertThat(v).contains("InMemoryPortfolioStore"))
                .noneSatisfy(v -> assertThat(v).contains("SameModule"));
    }

    @Test
    void coreApiRuleAllowsCoresApi() {
        JavaClasses classes = new ClassFileImporter().importClasses(OtherExport.class);
        assertThat(violations(dependsOnCoreApiOnly("org.civicplan.export.fixtureb"), classes))
                .isEmpty();
    }

    @Test
    void otherModuleRuleForbidsOtherModulesAlwaysAndTheGivenPackagesOnTop() {
        JavaClasses classes = new ClassFileImporter().importClasses(CrossingExport.class);
        assertThat(violations(dependsOnNoOtherModule("org.civicplan.export.fixturea", List.of()), classes))
                .anySatisfy(v -> assertThat(v).contains(OtherExport.class.getName()))
                .noneSatisfy(v -> assertThat(v).contains("InMemoryPortfolioStore"));
        assertThat(violations(
                        dependsOnNoOtherModule("org.civicplan.export.fixturea", List.of("org.civicplan.core.memory..")),
                        classes))
                .anySatisfy(v -> assertThat(v).contains("InMemoryPortfolioStore"));
    }

    @Test
    void mainClassesRefusesAPackageWithNoClassesRatherThanPassingOnNothing() {
        assertThatThrownBy(() -> CivicPlanArchRules.mainClasses("org.civicplan.nosuchmodule"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("org.civicplan.nosuchmodule")
                .hasMessageContaining("root package");
    }

    @Test
    void mainClassesLeavesTestClassesOut() {
        assertThat(CivicPlanArchRules.mainClasses("org.civicplan.testing").contain(CivicPlanArchRulesTest.class))
                .isFalse();
        assertThat(CivicPlanArchRules.mainClasses("org.civicplan.testing").contain(CivicPlanArchRules.class))
                .isTrue();
    }
}
