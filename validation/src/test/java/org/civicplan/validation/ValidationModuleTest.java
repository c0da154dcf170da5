package org.civicplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import jakarta.validation.Validator;
import org.civicplan.validation.guice.ValidationModule;
import org.junit.jupiter.api.Test;

class ValidationModuleTest {
    @Test
    void bindsTheCheckWithExplicitBindingsInProduction() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
                binder().requireExactBindingAnnotations();
                install(new ValidationModule());
                install(new ValidationModule()); // installing twice is harmless
            }
        });
        ClarityCheck check = injector.getInstance(ClarityCheck.class);
        assertThat(check).isSameAs(injector.getInstance(ClarityCheck.class));
        assertThat(check.validator()).isSameAs(injector.getInstance(Validator.class));
        assertThat(check.check(Fixtures.valid()).findings()).isEmpty();
    }
}
