package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.storage.json.guice.JsonStorageModule;
import org.junit.jupiter.api.Test;

/** Nothing public mentions an internal type; injectable classes have exactly one @Inject constructor. */
class PublicApiTest {
    private static final List<Class<?>> API = List.of(
            PortfolioJson.class,
            JsonFileStore.class,
            JsonExporter.class,
            JsonImportException.class,
            JsonProblem.class,
            JsonReadLimits.class,
            StoreProblem.class,
            ReviewJson.class,
            JsonStorageModule.class);

    @Test
    void publicSignaturesUseNoInternalTypes() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : API) {
            List<Executable> members = new ArrayList<>();
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    members.add(m);
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers())) {
                    members.add(c);
                }
            }
            for (Executable e : members) {
                List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
                if (e instanceof Method m) {
                    types.add(m.getGenericReturnType());
                }
                for (Type t : types) {
                    if (t.getTypeName().contains(".internal.")) {
                        leaks.add(type.getSimpleName() + "." + e.getName() + ": " + t.getTypeName());
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void exactlyOneInjectConstructor() {
        long injectable = java.util.Arrays.stream(JsonExporter.class.getConstructors())
                .filter(c -> c.isAnnotationPresent(jakarta.inject.Inject.class))
                .count();
        assertThat(injectable).isEqualTo(1);
    }
}
