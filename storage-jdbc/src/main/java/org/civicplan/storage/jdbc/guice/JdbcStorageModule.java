package org.civicplan.storage.jdbc.guice;

import static java.util.Objects.requireNonNull;
import static org.civicplan.core.guice.CivicPlanBinder.civicPlanBinder;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;

/**
 * Replaces the in-memory store with the JDBC store: on an H2 file database in a directory (the
 * store owns it and closes it with {@link JdbcPortfolioStore#close()}), or on a data source the
 * application supplies (and closes). The schema is migrated when the store is built.
 */
public final class JdbcStorageModule implements Module {
    private final Path h2Directory;
    private final DataSource dataSource;

    /** An embedded H2 file database under {@code h2Directory}. */
    public JdbcStorageModule(Path h2Directory) {
        this.h2Directory = requireNonNull(h2Directory, "h2Directory is null");
        this.dataSource = null;
    }

    /** The application's data source (H2, PostgreSQL, MariaDB/MySQL). */
    public JdbcStorageModule(DataSource dataSource) {
        this.h2Directory = null;
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
    }

    @Override
    public void configure(Binder binder) {
        civicPlanBinder(binder).bindStore().to(JdbcPortfolioStore.class);
    }

    @Provides
    @Singleton
    JdbcPortfolioStore store(PortfolioId portfolio) {
        if (dataSource != null) {
            return JdbcPortfolioStore.create(dataSource, portfolio);
        }
        return JdbcPortfolioStore.createOwning(JdbcStores.h2File(h2Directory), portfolio);
    }
}
