package org.civicplan.testing.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.HashSet;
import java.util.Set;

/**
 * Architecture rules every civicplan module checks (shipped in the core test jar): nothing public
 * outside an {@code internal} package mentions an internal type in its signatures.
 */
public final class CivicPlanArchRules {
    private CivicPlanArchRules() {}

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
