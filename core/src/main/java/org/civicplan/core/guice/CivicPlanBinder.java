package org.civicplan.core.guice;

import static java.util.Objects.requireNonNull;

import com.google.inject.Binder;
import com.google.inject.multibindings.OptionalBinder;
import java.time.Clock;
import org.civicplan.core.spi.AccessPolicy;
import org.civicplan.core.spi.PortfolioStore;

/**
 * Binder DSL for adapters: {@code civicPlanBinder(binder).bindStore().to(JdbcPortfolioStore.class)}
 * replaces the in-memory default; likewise the access policy and the clock.
 */
public final class CivicPlanBinder {
    private final Binder binder;

    private CivicPlanBinder(Binder binder) {
        this.binder = requireNonNull(binder, "binder is null").skipSources(CivicPlanBinder.class);
    }

    public static CivicPlanBinder civicPlanBinder(Binder binder) {
        return new CivicPlanBinder(binder);
    }

    /** Replace the store: {@code bindStore().to(...)}. */
    public com.google.inject.binder.LinkedBindingBuilder<PortfolioStore> bindStore() {
        return storeBinder().setBinding();
    }

    public com.google.inject.binder.LinkedBindingBuilder<AccessPolicy> bindAccessPolicy() {
        return accessPolicyBinder().setBinding();
    }

    public com.google.inject.binder.LinkedBindingBuilder<Clock> bindClock() {
        return clockBinder().setBinding();
    }

    OptionalBinder<PortfolioStore> storeBinder() {
        return OptionalBinder.newOptionalBinder(binder, PortfolioStore.class);
    }

    OptionalBinder<AccessPolicy> accessPolicyBinder() {
        return OptionalBinder.newOptionalBinder(binder, AccessPolicy.class);
    }

    OptionalBinder<Clock> clockBinder() {
        return OptionalBinder.newOptionalBinder(binder, Clock.class);
    }
}
