package org.civicplan.storage.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.VersionConflictException;
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
import org.civicplan.core.spi.UnitRepository;
import org.civicplan.storage.json.internal.Journal;
import org.civicplan.storage.json.internal.Jsons;
import org.civicplan.storage.json.internal.MeasurementRepo;
import org.civicplan.storage.json.internal.PortfolioRepo;
import org.civicplan.storage.json.internal.Store;

/**
 * A portfolio kept as a directory of JSON files, people-readable and diff-friendly:
 *
 * <pre>
 * portfolio.json                 id and name
 * units.json                     the unit directory
 * programs/&lt;id&gt;.json            a program and its indicators
 * plans/&lt;id&gt;.json               a plan, its items and their earlier revisions
 * reports/&lt;id&gt;.json             a progress report
 * adjustments/&lt;id&gt;.json         an adjustment proposal
 * measurements/&lt;indicator&gt;.jsonl one indicator's values, one per line, sorted
 * audit.jsonl                    the audit trail, append-only, one entry per line
 * </pre>
 *
 * File names are ids with unsafe characters written as {@code %XX} ({@code 07-CTr/TU} becomes
 * {@code 07-CTr%2FTU.json}).
 *
 * <p>Guarantees. Every file is replaced atomically (temporary file, fsync, rename, directory
 * fsync): a crash leaves the old or the new file. A write that touches several files (a
 * transaction) first records them in {@code commit.journal}; opening the store completes an
 * interrupted commit, so a transaction is all-or-nothing across files too. Every entity has its own
 * version; a write re-reads the document under the store lock (a lock shared by all stores on the
 * directory in this process, plus an OS file lock against other processes) and refuses a stale
 * version with {@link VersionConflictException}. A file that cannot be read is listed by {@link
 * #problems()} and logged; the rest of the store works, and using the broken document fails with
 * {@link UnableToStoreException} naming the file. Audit entries are appended (each line fsynced)
 * after the transaction's files are in place.
 *
 * <p>Measurements are streamed: {@code recordAll} merges sorted batches of at most {@value
 * #BATCH} values into each indicator's file, {@code forEach} reads one value at a time, so memory
 * does not grow with the number of values.
 */
public final class JsonFileStore implements PortfolioStore {
    static final int BATCH = MeasurementRepo.BATCH;
    static final String JOURNAL = Journal.FILE;

    /** Test seam: called at the two points where a crash is interesting. */
    interface CommitHook extends org.civicplan.storage.json.internal.CommitHook {}

    private final Store store;
    private final PortfolioRepo.Repos repos;
    private final PortfolioRepo whole;
    private final ItemRepository items;
    private final MeasurementRepository measurements;

    private JsonFileStore(
            Path dir,
            PortfolioId portfolio,
            JsonReadLimits limits,
            org.civicplan.storage.json.internal.CommitHook hook) {
        this.store = new Store(dir, portfolio, limits, hook);
        this.repos = new PortfolioRepo.Repos(store);
        this.whole = new PortfolioRepo(store, repos);
        this.items = References.checking(repos.items(), References.in(this));
        this.measurements = References.checking(repos.measurements(), References.in(this));
        // under the lock: finish an interrupted commit, clean up after a crash, then read every file
        store.read(() -> {
            store.journal().recover();
            store.journal().removeStrayTemporaryFiles();
            store.audit().repairTail();
            whole.open();
            whole.checkAll();
            return null;
        });
    }

    /** Opens (creating if needed) the store in {@code directory} for the portfolio. */
    public static JsonFileStore open(Path directory, PortfolioId portfolio) {
        return open(directory, portfolio, JsonReadLimits.DEFAULT);
    }

    public static JsonFileStore open(Path directory, PortfolioId portfolio, JsonReadLimits limits) {
        return new JsonFileStore(directory, portfolio, limits, CommitHook.NONE);
    }

    static JsonFileStore open(Path directory, PortfolioId portfolio, CommitHook hook) {
        return new JsonFileStore(directory, portfolio, JsonReadLimits.DEFAULT, hook);
    }

    /**
     * The portfolio a store directory holds, read from its {@code portfolio.json} without opening
     * the store or writing anything; empty when the directory holds none.
     *
     * @throws UnableToStoreException when {@code portfolio.json} is there but cannot be read
     */
    public static Optional<PortfolioId> portfolioIn(Path directory) {
        Path meta = directory.resolve("portfolio.json");
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        try {
            tools.jackson.databind.JsonNode id = new Jsons(JsonReadLimits.DEFAULT)
                    .compact()
                    .readTree(meta.toFile())
                    .get("id");
            if (id == null || !id.isString()) {
                throw new IllegalArgumentException("no \"id\"");
            }
            return Optional.of(PortfolioId.of(id.asString()));
        } catch (RuntimeException e) {
            throw new UnableToStoreException(
                    Message.of(
                            "Không đọc được mã danh mục trong " + meta + ": " + e.getMessage(),
                            "Cannot read the portfolio id in " + meta + ": " + e.getMessage()),
                    e);
        }
    }

    public Path directory() {
        return store.dir();
    }

    /** The portfolio's display name (from {@code portfolio.json}). */
    public String name() {
        return store.read(whole::name);
    }

    /** Files that could not be read, as of the last time they were looked at. */
    public List<StoreProblem> problems() {
        return store.read(store.documents()::problems);
    }

    @Override
    public PortfolioId portfolio() {
        return store.portfolio();
    }

    @Override
    public <T> T inTransaction(Function<PortfolioStore, T> work) {
        return store.write(() -> work.apply(this));
    }

    @Override
    public void importPortfolio(Portfolio p) {
        // every reference checked against the portfolio and the store (as every store does), then written
        store.write(() -> {
            References.check(p, References.in(this));
            whole.importPortfolio(p);
            return null;
        });
    }

    @Override
    public Portfolio snapshot() {
        return whole.snapshot();
    }

    @Override
    public UnitRepository units() {
        return repos.units();
    }

    @Override
    public ProgramRepository programs() {
        return repos.programs();
    }

    @Override
    public PlanRepository plans() {
        return repos.plans();
    }

    @Override
    public ItemRepository items() {
        return items;
    }

    @Override
    public IndicatorRepository indicators() {
        return repos.indicators();
    }

    @Override
    public MeasurementRepository measurements() {
        return measurements;
    }

    @Override
    public ReportRepository reports() {
        return repos.reports();
    }

    @Override
    public AdjustmentRepository adjustments() {
        return repos.adjustments();
    }

    @Override
    public AuditSink audit() {
        return store.audit();
    }
}
