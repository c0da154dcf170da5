package org.civicplan.testing.arch;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The architecture test of one module, written once: a module's {@code ArchitectureTest} extends
 * it, naming its root package and what it may not depend on; it may add rules of its own with
 * {@link #assertHolds}. The module's main classes are imported once per test class.
 *
 * <pre>{@code
 * class ArchitectureTest extends ModuleArchitectureTest {
 *     ArchitectureTest() {
 *         super("org.civicplan.export.csv", CivicPlanArchRules::dependsOnCoreApiOnly);
 *     }
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleArchitectureTest {
    private final JavaClasses classes;
    private final ArchRule dependencies;

    /**
     * @param rootPackage the module's root package; its main classes are checked
     * @param dependencies the module's dependency rule, given the root package
     */
    protected ModuleArchitectureTest(String rootPackage, Function<String, ArchRule> dependencies) {
        requireNonNull(rootPackage, "rootPackage is null");
        this.classes = CivicPlanArchRules.mainClasses(rootPackage);
        this.dependencies = requireNonNull(dependencies.apply(rootPackage), "dependency rule is null");
    }

    @Test
    void nothingPublicExposesAnInternalType() {
        assertHolds(CivicPlanArchRules.publicApiExposesNoInternalType());
    }

    @Test
    void dependsOnlyOnWhatTheModuleMay() {
        assertHolds(dependencies);
    }

    /** The module's main classes, for rules a subclass writes itself. */
    protected final JavaClasses mainClasses() {
        return classes;
    }

    /** Fails, listing every violation, unless {@code rule} holds on the module's main classes. */
    protected final void assertHolds(ArchRule rule) {
        assertThat(CivicPlanArchRules.violations(rule, classes))
                .as(rule.getDescription())
                .isEmpty();
    }
}
