package org.civicplan.testing.arch;

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
 * Architecture rules every civicplan module checks (shipped in the core test jar): nothing public
 * outside an {@code internal} package mentions an internal type in its signatures.
 */
public final class CivicPlanArchRules {
    private CivicPlanArchRules() {}

    private static final List<String> EXPORT_PACKAGES = List.of(
            "org.civicplan.export.csv",
            "org.civicplan.export.docx",
            "org.civicplan.export.html",
            "org.civicplan.export.xlsx");

    /** The main (non-test) classes of a package; never empty, so a rule cannot pass on nothing. */
    public static JavaClasses mainClasses(String rootPackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        if (classes.isEmpty()) {
            throw new IllegalStateException("no classes found in " + rootPackage);
        }
        return classes;
    }

    /** The rule's violations on {@code classes}, one line each; empty when it holds. */
    public static List<String> violations(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes).getFailureReport().getDetails();
    }

    /** An export module depends on core's API only: no other adapter, no core internals or in-memory store. */
    public static ArchRule exportDependsOnCoreOnly(String ownPackage) {
        List<String> forbidden = new ArrayList<>(List.of(
                "org.civicplan.validation..",
                "org.civicplan.storage..",
                "org.civicplan.examples..",
                "org.civicplan.core.internal..",
                "org.civicplan.core.memory.."));
        EXPORT_PACKAGES.stream().filter(p -> !p.equals(ownPackage)).forEach(p -> forbidden.add(p + ".."));
        return ArchRuleDefinition.noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden.toArray(String[]::new));
    }

    public static ArchRule publicApiExposesNoInternalType() {
        return ArchRuleDefinition.classes()
                .that(new DescribedPredicate<JavaClass>("are public and outside internal packages") {
                    @Override
                    public boolean test(JavaClass c) {
                        return c.getModifiers().contains(JavaModifier.PUBLIC) && !isInternal(c);
                    }
                })
                .should(new ArchCondition<JavaClass>("expose no internal type in public signatures") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (JavaMethod m : c.getMethods()) {
                            if (!m.getModifiers().contains(JavaModifier.PUBLIC)
                                    && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
                                continue;
                            }
                            Set<JavaClass> types =
                                    new HashSet<>(m.getReturnType().getAllInvolvedRawTypes());
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
                                .forEach(k ->
                                        report(events, c, k.getFullName(), new HashSet<>(k.getRawParameterTypes())));
                        if (c.getRawSuperclass().isPresent()
                                && isInternal(c.getRawSuperclass().get())) {
                            events.add(SimpleConditionEvent.violated(
                                    c,
                                    c.getName() + " extends internal "
                                            + c.getRawSuperclass().get().getName()));
                        }
                        for (JavaClass i : c.getRawInterfaces()) {
                            if (isInternal(i)) {
                                events.add(SimpleConditionEvent.violated(
                                        c, c.getName() + " implements internal " + i.getName()));
                            }
                        }
                    }
                });
    }

    private static void report(ConditionEvents events, JavaClass owner, String member, Set<JavaClass> types) {
        for (JavaClass t : types) {
            if (isInternal(t)) {
                events.add(SimpleConditionEvent.violated(owner, member + " exposes internal type " + t.getName()));
            }
        }
    }

    private static boolean isInternal(JavaClass c) {
        return c.getPackageName().contains(".internal");
    }
}
