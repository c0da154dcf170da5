package org.civicplan.testing.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Architecture rules every civicplan module checks, written with package patterns only (no class
 * names), so that moving a class between packages keeps them valid: nothing public outside an
 * {@code internal} package mentions an internal type in its signatures, and a module depends on
 * no other module but core (an export module: on core's API only). {@link ModuleArchitectureTest}
 * runs them for a module.
 */
public final class CivicPlanArchRules {
    /** Any package named {@code internal}, at any depth: what no public signature may mention. */
    private static final DescribedPredicate<JavaClass> INTERNAL = resideInAPackage("..internal..");

    /** civicplan's modules other than core, as package patterns. */
    private static final List<String> MODULES_BUT_CORE = List.of(
            "org.civicplan.validation..",
            "org.civicplan.storage..",
            "org.civicplan.export..",
            "org.civicplan.examples..",
            "org.civicplan.cli..");

    private CivicPlanArchRules() {}

    /** The main (non-test) classes of a package; never empty, so a rule cannot pass on nothing. */
    public static JavaClasses mainClasses(String rootPackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        if (classes.isEmpty()) {
            throw new IllegalStateException("Không tìm thấy lớp nào trong gói " + rootPackage
                    + ": hãy truyền gói gốc của mô-đun. / No main classes found in package " + rootPackage
                    + ": pass the module's root package, whose classes must be on the test class path.");
        }
        return classes;
    }

    /** The rule's violations on {@code classes}, one line each; empty when it holds. */
    public static List<String> violations(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes).getFailureReport().getDetails();
    }

    /**
     * An adapter module ({@code ownPackage}, e.g. {@code org.civicplan.export.csv}) depends on core's
     * API only: no other adapter, export or tool module, no core internals, no in-memory store.
     * Every export module checks it, and so does this test library.
     */
    public static ArchRule dependsOnCoreApiOnly(String ownPackage) {
        return dependsOnNoOtherModule(
                ownPackage, List.of("org.civicplan.core..internal..", "org.civicplan.core.memory.."));
    }

    /**
     * The classes of {@code ownPackage} depend on no other civicplan module but core (validation,
     * storage, export, examples, the command-line tool) and on none of {@code alsoForbidden}
     * (package patterns); their own package is always allowed.
     */
    public static ArchRule dependsOnNoOtherModule(String ownPackage, List<String> alsoForbidden) {
        List<String> packages = new ArrayList<>(MODULES_BUT_CORE);
        packages.addAll(alsoForbidden);
        DescribedPredicate<JavaClass> forbidden = resideInAnyPackage(packages.toArray(String[]::new))
                .and(not(resideInAPackage(ownPackage + "..")))
                .as("reside in any package " + packages + " outside " + ownPackage);
        return ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage(ownPackage + "..")
                .should()
                .dependOnClassesThat(forbidden);
    }

    /** No public or protected signature outside an {@code internal} package mentions an internal type. */
    public static ArchRule publicApiExposesNoInternalType() {
        return ArchRuleDefinition.classes()
                .that(new DescribedPredicate<JavaClass>("are public and outside internal packages") {
                    @Override
                    public boolean test(JavaClass c) {
                        return c.getModifiers().contains(JavaModifier.PUBLIC) && !INTERNAL.test(c);
                    }
                })
                .should(new ArchCondition<JavaClass>("expose no internal type in public signatures") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        checkMembers(c, events);
                        if (c.getRawSuperclass().isPresent()
                                && INTERNAL.test(c.getRawSuperclass().get())) {
                            events.add(SimpleConditionEvent.violated(
                                    c,
                                    c.getName() + " extends internal "
                                            + c.getRawSuperclass().get().getName()));
                        }
                        for (JavaClass i : c.getRawInterfaces()) {
                            if (INTERNAL.test(i)) {
                                events.add(SimpleConditionEvent.violated(
                                        c, c.getName() + " implements internal " + i.getName()));
                            }
                        }
                    }
                });
    }

    private static void checkMembers(JavaClass c, ConditionEvents events) {
        for (JavaMethod m : c.getMethods()) {
            if (!m.getModifiers().contains(JavaModifier.PUBLIC)
                    && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
                continue;
            }
            Set<JavaClass> types = new HashSet<>(m.getReturnType().getAllInvolvedRawTypes());
            for (JavaParameter p : m.getParameters()) {
                types.addAll(p.getType().getAllInvolvedRawTypes());
            }
            report(events, c, m.getFullName(), types);
        }
        for (JavaField f : c.getFields()) {
            if (f.getModifiers().contains(JavaModifier.PUBLIC)) {
                report(events, c, f.getFullName(), f.getType().getAllInvolvedRawTypes());
            }
        }
        c.getConstructors().stream()
                .filter(k -> k.getModifiers().contains(JavaModifier.PUBLIC))
                .forEach(k -> report(events, c, k.getFullName(), new HashSet<>(k.getRawParameterTypes())));
    }

    private static void report(ConditionEvents events, JavaClass owner, String member, Set<JavaClass> types) {
        for (JavaClass t : types) {
            if (INTERNAL.test(t)) {
                events.add(SimpleConditionEvent.violated(owner, member + " exposes internal type " + t.getName()));
            }
        }
    }
}
