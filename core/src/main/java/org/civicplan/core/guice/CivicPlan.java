package org.civicplan.core.guice;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds injectors the way civicplan expects them: production stage (singletons built eagerly, so
 * wiring errors surface at start-up, all together), explicit bindings only, no circular proxies,
 * exact binding annotations.
 */
public final class CivicPlan {
    private CivicPlan() {}

    public static Injector createInjector(Module... modules) {
        List<Module> all = new ArrayList<>();
        all.add(binder -> {
            binder.requireExplicitBindings();
            binder.disableCircularProxies();
            binder.requireExactBindingAnnotations();
            binder.requireAtInjectOnConstructors();
        });
        all.addAll(List.of(modules));
        return Guice.createInjector(Stage.PRODUCTION, all);
    }
}
