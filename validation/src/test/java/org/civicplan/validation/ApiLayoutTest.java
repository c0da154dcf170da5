package org.civicplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.validation.guice.ValidationModule;
import org.junit.jupiter.api.Test;

/** No public type of the API mentions an internal type. */
class ApiLayoutTest {
    static final List<Class<?>> API = List.of(
            CivicValidation.class,
            ClarityCheck.class,
            ClarityReport.class,
            ClarityReport.ItemStatus.class,
            ClarityReport.Summary.class,
            Dimension.class,
            Finding.class,
            Rule.class,
            Severity.class,
            Status.class,
            Subject.class,
            Subject.Kind.class,
            ValidationModule.class);

    @Test
    void publicSignaturesUseNoInternalType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : API) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    check(type + "." + m.getName(), m.getGenericReturnType(), leaks);
                    for (Type p : m.getGenericParameterTypes()) {
                        check(type + "." + m.getName(), p, leaks);
                    }
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers())) {
                    for (Type p : c.getGenericParameterTypes()) {
                        check(type + ".<init>", p, leaks);
                    }
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers())) {
                    check(type + "." + f.getName(), f.getGenericType(), leaks);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void injectOnExactlyOneConstructor() {
        long injectable = java.util.Arrays.stream(ClarityCheck.class.getConstructors())
                .filter(c -> c.isAnnotationPresent(jakarta.inject.Inject.class))
                .count();
        assertThat(injectable).isEqualTo(1);
    }

    private static void check(String where, Type type, List<String> leaks) {
        if (type.getTypeName().contains(".internal.")) {
            leaks.add(where + ": " + type.getTypeName());
        }
    }
}
