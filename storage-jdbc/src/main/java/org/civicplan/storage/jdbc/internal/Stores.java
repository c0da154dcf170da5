package org.civicplan.storage.jdbc.internal;

import java.util.List;
import java.util.function.Function;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Portfolio;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The repositories of one portfolio on one {@link Db}, and the operations that span them. */
public final class Stores {
    private static final Logger log = LoggerFactory.getLogger(Stores.class);

    private final Db db;
    private final UnitRepo units;
    private final ProgramRepo programs;
    private final PlanRepo plans;
    private final ItemRepo items;
    private final IndicatorRepo indicators;
    private final MeasurementRepo measurements;
    private final ReportRepo reports;
    private final AdjustmentRepo adjustments;
    private final AuditRepo audit;

    public Stores(Db db) {
        this.db = db;
        this.units = new UnitRepo(db);
        this.programs = new ProgramRepo(db);
        this.plans = new PlanRepo(db);
        this.items = new ItemRepo(db);
        this.indicators = new IndicatorRepo(db);
        this.measurements = new MeasurementRepo(db);
        this.reports = new ReportRepo(db);
        this.adjustments = new AdjustmentRepo(db);
        this.audit = new AuditRepo(db);
    }

    /** The ids of the portfolios registered in the database, sorted. */
    public java.util.List<String> portfolioIds() {
        return db.run(Op.read("portfolio", null), h -> h.createQuery(
                        "SELECT portfolio_id FROM portfolios ORDER BY portfolio_id")
                .mapTo(String.class)
                .list());
    }

    /**
     * On an H2 file database whose commits are written late ({@code WRITE_DELAY} above 0, H2's
     * default 500 ms), sets {@code WRITE_DELAY} to 0, so that a commit acknowledged is on disk, for
     * a data source the caller built too ({@code JdbcStores.pool} already opens with it). The
     * setting is the database's and persistent; where the user may not change it (no admin rights)
     * a warning says so. Returns true when it was changed.
     */
    public boolean ensureDurableCommits() {
        if (db.dialect() != Dialect.H2) {
            return false;
        }
        return db.run(Op.read("portfolio", db.portfolio()), h -> {
            boolean file = h.createQuery("SELECT DATABASE_PATH()")
                    .mapTo(String.class)
                    .findOne()
                    .isPresent();
            // H2 lists the setting twice once it was set: any value above 0 counts
            String delay = h
                    .createQuery(
                            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")
                    .mapTo(String.class)
                    .stream()
                    .map(String::trim)
                    .filter(v -> !v.equals("0"))
                    .findFirst()
                    .orElse("0");
            if (!file || "0".equals(delay)) {
                return false;
            }
            try {
                h.execute("SET WRITE_DELAY 0");
                log.info("H2 WRITE_DELAY was {} ms; set to 0 so that a commit is on disk when it returns", delay);
                return true;
            } catch (RuntimeException refused) {
                log.warn(
                        "H2 writes commits up to {} ms late (WRITE_DELAY) and this user may not change it: a"
                                + " commit acknowledged just before the process dies can be lost; open the database"
                                + " with ;WRITE_DELAY=0 in its URL",
                        delay);
                return false;
            }
        });
    }

    /** Registers the portfolio (its row holds the audit sequence) unless it is already there. */
    public void ensurePortfolio() {
        boolean present = db.run(
                Op.read("portfolio", db.portfolio()),
                h -> h.createQuery("SELECT COUNT(*) FROM portfolios WHERE portfolio_id = :portfolio")
                                .bind("portfolio", db.portfolio())
                                .mapTo(Long.class)
                                .one()
                        > 0);
        if (present) {
            return;
        }
        try {
            db.run(Op.write("create", "portfolio", db.portfolio()), h -> h.createUpdate(
                            "INSERT INTO portfolios (portfolio_id, audit_seq) VALUES (:portfolio, 0)")
                    .bind("portfolio", db.portfolio())
                    .execute());
        } catch (org.civicplan.core.DuplicateEntityException raced) {
            // another process registered it first: that is what we wanted
        }
    }

    /**
     * Imports in one transaction, in dependency order, each kind in batches; on PostgreSQL every
     * table but the units with one {@code COPY} (see {@link #importRows(Portfolio, boolean)}; the measurements of
     * indicators the import brings, see {@link #onlyImportedIndicators}). On PostgreSQL the tables
     * that later rows' foreign keys point to are analysed as soon as they are filled (see {@link
     * #analyze}).
     */
    public void importPortfolio(Portfolio p) {
        // inside a caller's transaction the caller's commit decides; otherwise an import into an
        // empty portfolio is journaled (see recoverInterruptedImport)
        boolean journaled = !db.inTransaction() && markImportIfEmpty();
        if (!journaled || db.dialect() != Dialect.H2) {
            importRows(p);
        } else {
            try {
                importInChunks(p);
            } catch (RuntimeException e) {
                // refused midway (a duplicate, a broken reference): what was committed goes
                recoverInterruptedImport();
                throw e;
            }
        }
        if (journaled) {
            setImportPending(false);
        }
    }

    /** Rows an H2 import commits at a time (see {@link #importInChunks}). */
    static final int H2_CHUNK = 500;

    /**
     * A journaled import on H2, committed {@value #H2_CHUNK} rows at a time: the mark, not one
     * transaction, makes it all or nothing. H2 2.5 (MVStore) killed while committing one large
     * transaction reopened with the commit half applied, or with its indexes disagreeing ("Row not
     * found in primary index", every read of the table then timing out on a lock): a torn commit
     * the mark cannot undo when the rows cannot even be deleted. Small commits keep such a window
     * short and its damage small.
     */
    private void importInChunks(Portfolio p) {
        chunks(Op.write("import", "unit", null), p.units(), units::saveAll);
        chunks(Op.write("import", "program", null), p.programs(), programs::createAll);
        chunks(Op.write("import", "plan", null), p.plans(), plans::createAll);
        chunks(Op.write("import", "indicator", null), p.indicators(), indicators::createAll);
        chunks(Op.write("import", "item", null), p.items(), items::createAll);
        chunks(Op.write("import", "measurement", null), p.measurements(), measurements::recordAll);
        chunks(Op.write("import", "report", null), p.reports(), reports::createAll);
        chunks(Op.write("import", "adjustment", null), p.adjustments(), adjustments::createAll);
    }

    private <T> void chunks(Op op, List<T> rows, java.util.function.BiConsumer<Handle, List<T>> write) {
        for (int from = 0; from < rows.size(); from += H2_CHUNK) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + H2_CHUNK));
            db.run(op, h -> {
                step(op, () -> write.accept(h, chunk));
                return null;
            });
        }
    }

    /**
     * The tables an import fills, each row's children before it: the order an interrupted import's
     * rows are deleted in. The audit trail is not among them; nothing deletes from it.
     */
    static final List<String> IMPORTED_TABLES = List.of(
            "adjustments",
            "report_spent",
            "report_items",
            "report_texts",
            "reports",
            "measurements",
            "indicator_targets",
            "item_history",
            "item_prerequisites",
            "item_indicators",
            "item_funding",
            "item_units",
            "items",
            "indicators",
            "plan_appendix_sections",
            "plans",
            "steering_members",
            "program_indicators",
            "program_sections",
            "program_texts",
            "programs",
            "units");

    /**
     * Marks the portfolio as being imported into, in a transaction of its own, when it holds no
     * rows yet; true when marked. Only an import into an empty portfolio can be undone by deleting
     * the portfolio's rows.
     */
    private boolean markImportIfEmpty() {
        return db.run(Op.write("import", "portfolio", db.portfolio()), h -> {
            for (String table : IMPORTED_TABLES) {
                boolean any = h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE portfolio_id = :portfolio")
                                .bind("portfolio", db.portfolio())
                                .mapTo(Long.class)
                                .one()
                        > 0;
                if (any) {
                    return false;
                }
            }
            setPending(h, true);
            return true;
        });
    }

    private void setImportPending(boolean pending) {
        db.run(Op.write("import", "portfolio", db.portfolio()), h -> {
            setPending(h, pending);
            return null;
        });
    }

    private void setPending(Handle h, boolean pending) {
        h.createUpdate("UPDATE portfolios SET import_pending = :pending WHERE portfolio_id = :portfolio")
                .bind("pending", pending)
                .bind("portfolio", db.portfolio())
                .execute();
    }

    /**
     * Undoes an import that was marked (see {@link #importPortfolio}) and never cleared: the process
     * died during it, or after its commit and before the mark was cleared (then the import was never
     * reported as done). Deletes the portfolio's imported rows in one transaction, then clears the
     * mark in another, so an interruption of this recovery leaves the mark and the next open finishes
     * it. Returns true when an import was undone.
     *
     * <p>Why: killed while committing a large import, H2 2.5 (MVStore) reopened with a part of the
     * import visible (all items of 3,004, a quarter of their unit links, none of their indicators)
     * or with reads timing out on the killed transaction's locks (RELIABILITY.md).
     */
    public boolean recoverInterruptedImport() {
        boolean pending = db.run(Op.read("portfolio", db.portfolio()), h -> h.createQuery(
                        "SELECT import_pending FROM portfolios WHERE portfolio_id = :portfolio")
                .bind("portfolio", db.portfolio())
                .mapTo(Boolean.class)
                .findOne()
                .orElse(false));
        if (!pending) {
            return false;
        }
        db.run(Op.write("recover", "portfolio", db.portfolio()), h -> {
            for (String table : IMPORTED_TABLES) {
                h.createUpdate("DELETE FROM " + table + " WHERE portfolio_id = :portfolio")
                        .bind("portfolio", db.portfolio())
                        .execute();
            }
            return null;
        });
        setImportPending(false);
        log.info("portfolio {}: an import interrupted before it finished was undone", db.portfolio());
        return true;
    }

    /**
     * On PostgreSQL every aggregate the import brings goes in with one {@code COPY} per table, its
     * child rows too; the units stay upserts and the measurements are
     * copied when {@link #onlyImportedIndicators}. Elsewhere every table goes in batches.
     *
     * <p>Why {@code COPY} needs no upsert here: each aggregate was a plain {@code INSERT} in batches,
     * which fails on a key already stored (committed, or being inserted by another transaction, which
     * the {@code INSERT} waits for); a {@code COPY} checks the same unique keys the same way and
     * fails the same. Their child rows (an item's units, funding, indicators and prerequisites, a
     * program's texts, sections, indicators and committee, a plan's appendix sections, an
     * indicator's targets, a report's texts, lines and spending) are keyed by their parent's key and
     * an ordinal the import numbers from 0, and their foreign key to the parent means none can exist
     * before the parent does. The units are upserts ({@link UnitRepo#saveAll}: an import may bring
     * units already stored, which it replaces) and stay so.
     */
    private void importRows(Portfolio p) {
        importRows(p, db.dialect() == Dialect.POSTGRESQL);
    }

    /**
     * The import's rows, with {@code COPY} where {@code copy} (PostgreSQL only), else every table in
     * batches: the path H2 and MariaDB take, which a test compares the {@code COPY} path with.
     */
    void importRows(Portfolio p, boolean copy) {
        db.run(Op.write("import", "portfolio", db.portfolio()), h -> {
            Function<String, RowSink> rows = copy ? RowSink.copies(h) : RowSink.batches(h);
            step(Op.write("import", "unit", null), () -> units.saveAll(h, p.units()));
            analyze(h, "units", p.units().size());
            step(Op.write("import", "program", null), () -> programs.createAll(rows, p.programs()));
            analyze(h, "programs", p.programs().size());
            step(Op.write("import", "plan", null), () -> plans.createAll(rows, p.plans()));
            analyze(h, "plans", p.plans().size());
            step(Op.write("import", "indicator", null), () -> indicators.createAll(rows, p.indicators()));
            analyze(h, "indicators", p.indicators().size());
            step(Op.write("import", "item", null), () -> items.createAll(rows, p.items()));
            analyze(h, "items", p.items().size());
            step(
                    Op.write("import", "measurement", null),
                    () -> measurements.importAll(h, p.measurements(), copy && onlyImportedIndicators(p)));
            step(Op.write("import", "report", null), () -> reports.createAll(rows, p.reports()));
            step(Op.write("import", "adjustment", null), () -> adjustments.createAll(rows, p.adjustments()));
            h.createUpdate("UPDATE portfolios SET portfolio_name = :name WHERE portfolio_id = :portfolio")
                    .bind("name", p.name())
                    .bind("portfolio", db.portfolio())
                    .execute();
            return null;
        });
    }

    /**
     * True when every measurement of {@code p} is of an indicator {@code p} itself brings. Those
     * indicators were just inserted in this transaction by a plain {@code INSERT}, which fails on an
     * indicator already there (committed, or being inserted by another transaction); the
     * measurements' foreign key then means no stored measurement, committed or not, can have any of
     * their keys, and no other transaction can add one before this one commits (it cannot see the
     * indicators). So they may be written without an upsert ({@code COPY} on PostgreSQL), whatever
     * else the portfolio holds.
     */
    static boolean onlyImportedIndicators(Portfolio p) {
        java.util.Set<org.civicplan.core.model.IndicatorCode> imported = new java.util.HashSet<>();
        p.indicators().forEach(i -> imported.add(i.code()));
        for (Measurement m : p.measurements()) {
            if (!imported.contains(m.indicator())) {
                return false;
            }
        }
        return true;
    }

    /** The portfolio's name as imported, else its id. */
    public String portfolioName() {
        return db.run(Op.read("portfolio", db.portfolio()), h -> h.createQuery(
                        "SELECT portfolio_name FROM portfolios WHERE portfolio_id = :portfolio")
                .bind("portfolio", db.portfolio())
                .mapTo(String.class)
                .findOne()
                .orElse(null));
    }

    /**
     * Rows a bulk write adds to a table before its statistics are refreshed. PostgreSQL checks each
     * foreign key with a cached query planned from the referenced table's statistics; a table filled
     * in this transaction (or not yet visited by autovacuum) has none, and the planner then picks
     * any index that starts with {@code portfolio_id} and filters the rest: with 2,000 indicators
     * each measurement's check took about 100 µs instead of 10 (10^5 measurements: 11.4 s, 1.9 s
     * after {@code ANALYZE}).
     */
    static final int ANALYZE_AFTER = 500;

    /** How long {@code ANALYZE} may wait for its lock (another session analysing or vacuuming the table). */
    static final String ANALYZE_LOCK_TIMEOUT = "2s";

    /**
     * Refreshes the planner's statistics of {@code table} (a constant) after {@code rows} were
     * written, on PostgreSQL, for {@link #ANALYZE_AFTER} rows or more, and only when the statistics
     * count fewer rows than were written. {@code ANALYZE} counts this transaction's own rows. Runs
     * under a savepoint, waiting at most {@link #ANALYZE_LOCK_TIMEOUT} for its lock: where it is
     * refused or times out (no owner rights, a PostgreSQL-compatible database that does not allow
     * it in a transaction, another session analysing the table) the import goes on.
     */
    private void analyze(Handle h, String table, int rows) {
        if (db.dialect() != Dialect.POSTGRESQL || rows < ANALYZE_AFTER) {
            return;
        }
        String savepoint = "civicplan_analyze";
        h.savepoint(savepoint);
        try {
            // statistics that already count at least these rows are good enough; a table that
            // another session is analysing or vacuuming is not waited for more than a moment
            double known = h.createQuery("SELECT reltuples FROM pg_class WHERE oid = to_regclass(:table)")
                    .bind("table", table)
                    .mapTo(Double.class)
                    .findOne()
                    .orElse(-1.0);
            if (known < rows) {
                String timeout = h.createQuery("SELECT current_setting('lock_timeout')")
                        .mapTo(String.class)
                        .one();
                h.createQuery("SELECT set_config('lock_timeout', :value, true)")
                        .bind("value", ANALYZE_LOCK_TIMEOUT)
                        .mapTo(String.class)
                        .one();
                h.execute("ANALYZE " + table);
                h.createQuery("SELECT set_config('lock_timeout', :value, true)")
                        .bind("value", timeout)
                        .mapTo(String.class)
                        .one();
            }
            h.releaseSavepoint(savepoint);
        } catch (RuntimeException refused) {
            // also undoes the lock time-out set above
            h.rollbackToSavepoint(savepoint);
            log.debug("ANALYZE {} refused or timed out; the import goes on without fresh statistics", table, refused);
        }
    }

    private static void step(Op op, Runnable work) {
        try {
            work.run();
        } catch (org.civicplan.core.CivicPlanException e) {
            throw e;
        } catch (RuntimeException e) {
            throw SqlErrors.translate(e, op);
        }
    }

    public List<Measurement> allMeasurements() {
        return measurements.list();
    }

    public Db db() {
        return db;
    }

    public UnitRepo units() {
        return units;
    }

    public ProgramRepo programs() {
        return programs;
    }

    public PlanRepo plans() {
        return plans;
    }

    public ItemRepo items() {
        return items;
    }

    public IndicatorRepo indicators() {
        return indicators;
    }

    public MeasurementRepo measurements() {
        return measurements;
    }

    public ReportRepo reports() {
        return reports;
    }

    public AdjustmentRepo adjustments() {
        return adjustments;
    }

    public AuditRepo audit() {
        return audit;
    }
}
