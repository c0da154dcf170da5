package org.civicplan.examples.embedding;

import javax.sql.DataSource;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.service.PlanService;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;

/**
 * A city system passes its own PostgreSQL {@link DataSource} (its pool, its credentials, its
 * schema): civicplan migrates its tables (in their own Flyway history table, next to the system's
 * own migrations) and works in the tenant given. The system keeps owning the pool.
 */
public final class PostgresDataSourceExample {
    private PostgresDataSourceExample() {}

    /** Loads the sample into the city's database (once) and returns the number of overdue items on the review date. */
    public static int run(DataSource citySystemDataSource, PortfolioId tenant) {
        JdbcPortfolioStore store = JdbcPortfolioStore.create(citySystemDataSource, tenant);
        if (store.programs().find(Program07Sample.PROGRAM).isEmpty()) {
            var sample = Program07Sample.portfolio();
            store.importPortfolio(new org.civicplan.core.model.Portfolio(
                    tenant,
                    sample.name(),
                    sample.units(),
                    sample.programs(),
                    sample.plans(),
                    sample.items(),
                    sample.indicators(),
                    sample.measurements(),
                    sample.reports(),
                    sample.adjustments()));
        }
        return PlanService.of(store).overdue(Program07Sample.REVIEW_DATE).size();
    }

    public static void main(String[] args) {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/test");
        ds.setUser(args.length > 1 ? args[1] : "postgres");
        System.out.println("Quá hạn / overdue: " + run(ds, PortfolioId.of("hanoi")));
    }
}
