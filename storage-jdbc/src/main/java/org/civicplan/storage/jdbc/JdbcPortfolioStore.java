package org.civicplan.storage.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.civicplan.core.Message;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.spi.AdjustmentRepository;
import org.civicplan.core.spi.AuditSink;
import org.civicplan.core.spi.IndicatorRepository;
import org.civicplan.core.spi.ItemRepository;
import org.civicplan.core.spi.MeasurementRepository;
import org.civicplan.core.spi.PlanRepository;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.spi.ProgramRepository;
import org.civicplan.core.spi.References;
import org.civicplan.core.spi.ReportRepository;
import org.civicplan.core.spi.ReviewQueries;
import org.civicplan.core.spi.UnitRepository;
import org.civicplan.storage.jdbc.internal.Db;
import org.civicplan.storage.jdbc.internal.Dialect;
import org.civicplan.storage.jdbc.internal.ReferenceQueries;
import org.civicplan.storage.jdbc.internal.SqlReviewQueries;
import org.civicplan.storage.jdbc.internal.Stores;

/**
 * A portfolio kept in a relational database (H2, PostgreSQL, MariaDB/MySQL) through JDBC. Several
 * portfolios (tenants) can share one database: every row carries the portfolio id.
 *
 * <p>Every write runs in a transaction; {@link #inTransaction} makes every operation of the work on
 * the calling thread join one transaction (nested calls join too). Items, plans and the other
 * aggregates are updated optimistically: a stale version is a {@link
 * org.civicplan.core.VersionConflictException}. Failures are translated into the library's
 * exceptions ({@link org.civicplan.core.DuplicateEntityException}, {@link
 * org.civicplan.core.UnableToStoreException} naming the operation and entity, cause kept).
 *
 * <p>SQL is logged at DEBUG under {@value #SQL_LOGGER}.
 */
public final class JdbcPortfolioStore implements PortfolioStore, AutoCloseable {
    /** The logger name SQL statements are logged under, at DEBUG. */
    public static final String SQL_LOGGER = Db.SQL_LOGGER;

    private final PortfolioId portfolio;
    private final Stores stores;
    private final JdbcQueries queries;
    private final ReviewQueries reviewQueries;
    private final Closeable owned;

    private final ItemRepository items;
    private final MeasurementRepository measurements;

    private JdbcPortfolioStore(DataSource dataSource, PortfolioId portfolio, Closeable owned, boolean register) {
        this.portfolio = requireNonNull(portfolio, "portfolio is null");
        Db db = new Db(Db.jdbi(dataSource), Dialect.of(dataSource), portfolio);
        this.stores = new Stores(db);
        this.stores.ensureDurableCommits();
        if (register) {
            this.stores.ensurePortfolio();
        } else if (!this.stores.portfolioIds().contains(portfolio.value())) {
            throw new NoSuchEntityException("portfolio", portfolio.value());
        }
        this.stores.recoverInterruptedImport();
        this.queries = new JdbcQueries(stores);
        this.reviewQueries = new SqlReviewQueries(db);
        this.owned = owned;
        // the references every store checks, before the database's foreign keys could refuse them
        ReferenceQueries references = new ReferenceQueries(db);
        this.items = References.checking(stores.items(), references);
        this.measurements = References.checking(stores.measurements(), references);
    }

    /**
     * Migrates the schema (see {@link JdbcSchema}), then opens the portfolio, registering it if new:
     * for the work that brings a portfolio into being (an import, a set-up).
     */
    public static JdbcPortfolioStore create(DataSource dataSource, PortfolioId portfolio) {
        JdbcSchema.migrate(requireNonNull(dataSource, "dataSource is null"));
        return openOrCreate(dataSource, portfolio);
    }

    /**
     * Opens a portfolio that is already in the (migrated) database; one that is not is a {@link
     * NoSuchEntityException} and nothing is written (see {@link #portfolios} for those there are).
     */
    public static JdbcPortfolioStore open(DataSource dataSource, PortfolioId portfolio) {
        return new JdbcPortfolioStore(requireNonNull(dataSource, "dataSource is null"), portfolio, null, false);
    }

    /** Opens the portfolio in an already migrated database, registering it if new. */
    public static JdbcPortfolioStore openOrCreate(DataSource dataSource, PortfolioId portfolio) {
        return new JdbcPortfolioStore(requireNonNull(dataSource, "dataSource is null"), portfolio, null, true);
    }

    /** The portfolios (tenants) registered in the (migrated) database, by id. */
    public static List<PortfolioId> portfolios(DataSource dataSource) {
        Db db = new Db(
                Db.jdbi(requireNonNull(dataSource, "dataSource is null")), Dialect.of(dataSource), PortfolioId.of("-"));
        return new Stores(db).portfolioIds().stream().map(PortfolioId::of).toList();
    }

    /**
     * Like {@link #create}, and the store owns the data source: {@link #close()} closes it. For the
     * H2 file default, e.g. {@code createOwning(JdbcStores.h2File(dir), id)}.
     */
    public static <D extends DataSource & Closeable> JdbcPortfolioStore createOwning(
            D dataSource, PortfolioId portfolio) {
        JdbcSchema.migrate(requireNonNull(dataSource, "dataSource is null"));
        return new JdbcPortfolioStore(dataSource, portfolio, dataSource, true);
    }

    /** Aggregate queries computed by the database. */
    public JdbcQueries queries() {
        return queries;
    }

    /**
     * What a review reads, computed by the database in a few statements per call: each unit's
     * latest value per indicator inside the period, combined, without reading measurement rows into
     * Java; the program's items' review columns (not whole items); the proposed adjustments of those
     * items (not every adjustment of the portfolio). Equal to {@link
     * org.civicplan.core.review.MeasurementAggregation}, the reference a store without queries of its
     * own is reviewed with (values by {@code compareTo}).
     */
    @Override
    public Optional<ReviewQueries> reviewQueries() {
        return Optional.of(reviewQueries);
    }

    @Override
    public PortfolioId portfolio() {
        return portfolio;
    }

    @Override
    public UnitRepository units() {
        return stores.units();
    }

    @Override
    public ProgramRepository programs() {
        return stores.programs();
    }

    @Override
    public PlanRepository plans() {
        return stores.plans();
    }

    @Override
    public ItemRepository items() {
        return items;
    }

    @Override
    public IndicatorRepository indicators() {
        return stores.indicators();
    }

    @Override
    public MeasurementRepository measurements() {
        return measurements;
    }

    @Override
    public ReportRepository reports() {
        return stores.reports();
    }

    @Override
    public AdjustmentRepository adjustments() {
        return stores.adjustments();
    }

    @Override
    public AuditSink audit() {
        return stores.audit();
    }

    @Override
    public <T> T inTransaction(Function<PortfolioStore, T> work) {
        requireNonNull(work, "work is null");
        Supplier<T> call = () -> work.apply(this);
        return stores.db().transaction(call);
    }

    @Override
    public void importPortfolio(Portfolio imported) {
        stores.db().transaction(() -> {
            References.check(imported, new ReferenceQueries(stores.db()));
            stores.importPortfolio(imported);
            return null;
        });
    }

    @Override
    public Portfolio snapshot() {
        return stores.db()
                .transaction(() -> new Portfolio(
                        portfolio,
                        java.util.Objects.requireNonNullElse(stores.portfolioName(), portfolio.value()),
                        units().all(),
                        programs().all(),
                        plans().all(),
                        items().all(),
                        indicators().all(),
                        stores.allMeasurements(),
                        reports().all(),
                        adjustments().all()));
    }

    /** Closes the data source when the store owns it (see {@link #createOwning}); otherwise does nothing. */
    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new UnableToStoreException(
                        Message.of(
                                "Không đóng được kết nối cơ sở dữ liệu: " + e.getMessage(),
                                "Closing the data source failed: " + e.getMessage()),
                        e);
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcPortfolioStore[" + portfolio + ", " + stores.db().dialect() + "]";
    }
}
