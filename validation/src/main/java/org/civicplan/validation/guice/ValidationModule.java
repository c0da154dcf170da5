package org.civicplan.validation.guice;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.civicplan.validation.CivicValidation;
import org.civicplan.validation.ClarityCheck;

/**
 * Binds the validation module: the {@link ValidatorFactory} (civicplan's Hibernate Validator
 * bootstrap), its {@link Validator} and the {@link ClarityCheck}, all singletons, with explicit
 * bindings only.
 */
public final class ValidationModule implements Module {
    @Override
    public void configure(Binder binder) {
        binder.bind(ClarityCheck.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    ValidatorFactory validatorFactory() {
        return CivicValidation.validatorFactory();
    }

    @Provides
    @Singleton
    Validator validator(ValidatorFactory factory) {
        return factory.getValidator();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationModule;
    }

    @Override
    public int hashCode() {
        return ValidationModule.class.hashCode();
    }
}
