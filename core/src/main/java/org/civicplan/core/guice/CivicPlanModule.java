package org.civicplan.core.guice;

import static java.util.Objects.requireNonNull;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.Singleton;
import org.civicplan.core.CivicTime;
import org.civicplan.core.export.Exporters;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.service.ReportService;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.service.StandardAccessPolicy;

/**
 * Core wiring: the plan service, the exporter registry, and replaceable defaults for the store (in
 * memory), the access policy (the standard rules) and the clock (system clock, Vietnam's zone).
 * Adapters replace the defaults through {@link CivicPlanBinder}.
 */
public final class CivicPlanModule implements Module {
    private final PortfolioId portfolio;

    public CivicPlanModule(PortfolioId portfolio) {
        this.portfolio = requireNonNull(portfolio, "portfolio is null");
    }

    @Override
    public void configure(Binder binder) {
        binder.bind(PortfolioId.class).toInstance(portfolio);
        CivicPlanBinder civic = CivicPlanBinder.civicPlanBinder(binder);
        civic.storeBinder().setDefault().to(InMemoryPortfolioStore.class);
        civic.accessPolicyBinder().setDefault().to(StandardAccessPolicy.class);
        civic.clockBinder().setDefault().toInstance(CivicTime.systemClock());
        ExporterBinder.exporterBinder(binder);
        binder.bind(StandardAccessPolicy.class).in(Scopes.SINGLETON);
        binder.bind(PlanService.class).in(Scopes.SINGLETON);
        binder.bind(Exporters.class).in(Scopes.SINGLETON);
        binder.bind(ReportService.class).in(Scopes.SINGLETON);
        binder.bind(ReviewService.class).in(Scopes.SINGLETON);
    }

    @Provides
    @Singleton
    InMemoryPortfolioStore inMemoryStore(PortfolioId id) {
        return new InMemoryPortfolioStore(id);
    }
}
