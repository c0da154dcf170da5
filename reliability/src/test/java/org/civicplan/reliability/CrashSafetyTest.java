package org.civicplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.storage.jdbc.DamagedDatabaseException;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcSchema;
import org.civicplan.storage.jdbc.JdbcStores;
import org.civicplan.storage.jdbc.TestDatabase;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Child JVMs ({@link CrashChild}) write and are killed with SIGKILL ({@link
 * Process#destroyForcibly()}) at random moments. Afterwards the JSON store opens without problems,
 * every document parses, the two items each transaction changed agree (old or new, never half),
 * and nothing acknowledged as committed is lost; a JDBC import killed midway left all of it or
 * none.
 */
class CrashSafetyTest {
    /** Kills of the JSON store writer in the normal build; the issue asks for at least 100. */
    static final int JSON_KILLS = Integer.getInteger("civicplan.crash.jsonKills", 100);
    /** Parallel children (separate directories), so 100 kills fit in the build's time. */
    static final int JSON_PARALLEL = 4;

    static final int JDBC_KILLS = Integer.getInteger("civicplan.crash.jdbcKills", 20);
    static final int PG_KILLS = Integer.getInteger("civicplan.crash.pgKills", 5);

    @TempDir
    Path work;

    @Test
    // 71 s on a quiet machine; over 6 min at load 21-23 on two cores: the limit catches a hang, not slowness
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void jsonStoreSurvivesSigkill() throws Exception {
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < JSON_PARALLEL; i++) {
            Path dir = work.resolve("json-" + i);
            JsonFileStore store = JsonFileStore.open(dir, TestPortfolios.HANOI);
            store.importPortfolio(TestPortfolios.portfolio());
            // start with A and B equal, so "they agree" holds before the first child commits too
            store.items().update(CrashChild.withQuantity(store.items().get(CrashChild.B), 0));
            store.items().update(CrashChild.withQuantity(store.items().get(CrashChild.A), 0));
            dirs.add(dir);
        }
        Random random = new Random(20211026L);
        long[] acknowledged = new long[JSON_PARALLEL];
        int kills = 0;
        int roundsWithCommits = 0;
        AtomicLong commits = new AtomicLong();
        while (kills < JSON_KILLS) {
            List<Child> children = new ArrayList<>();
            for (int i = 0; i < JSON_PARALLEL && kills + children.size() < JSON_KILLS; i++) {
                children.add(Child.start(work, "json", dirs.get(i).toString()));
            }
            for (Child c : children) {
                c.awaitLine("ready", 60);
            }
            Thread.sleep(random.nextInt(20, 400));
            for (Child c : children) {
                c.kill();
            }
            for (int i = 0; i < children.size(); i++) {
                Child c = children.get(i);
                c.awaitKilled();
                kills++;
                // the child went on from what the last check found; it acknowledged up to `last`
                long last = c.lastCommitted();
                if (last > acknowledged[i]) {
                    roundsWithCommits++;
                    commits.addAndGet(last - acknowledged[i]);
                }
                acknowledged[i] = verifyJson(dirs.get(i), Math.max(acknowledged[i], last), c);
            }
        }
        System.out.printf(
                "crash safety: JSON store killed %d times with SIGKILL, %d commits acknowledged (%d kills after at"
                        + " least one), 0 lost or torn%n",
                kills, commits.get(), roundsWithCommits);
        // a child that never got to commit would pass every check above: the kills must land on work
        assertThat(commits.get()).as("commits acknowledged before the kills").isGreaterThanOrEqualTo(kills);
        assertThat(roundsWithCommits)
                .as("kills that came after at least one acknowledged commit")
                .isGreaterThanOrEqualTo(kills / 2);
    }

    /**
     * Opens (and so recovers) the store; every document parses; A and B agree; nothing acknowledged
     * is lost (a killed child's last lines may not reach us, so "acknowledged" can only be too low).
     * Returns the quantity found.
     */
    private static long verifyJson(Path dir, long acknowledged, Child child) throws IOException {
        JsonFileStore store = JsonFileStore.open(dir, TestPortfolios.HANOI);
        assertThat(store.problems()).as(child.describe()).isEmpty();
        Item a = store.items().get(CrashChild.A);
        Item b = store.items().get(CrashChild.B);
        int qa = a.product().quantity().orElse(0);
        int qb = b.product().quantity().orElse(0);
        assertThat(qa).as("both items from the same transaction").isEqualTo(qb);
        assertThat((long) qa)
                .as("every acknowledged commit is kept; " + child.describe())
                .isGreaterThanOrEqualTo(acknowledged);
        // every JSON document left in the directory parses
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                try (var in = Files.newInputStream(f)) {
                    tools.jackson.databind.json.JsonMapper.builder().build().readTree(in);
                }
            }
        }
        assertThat(store.snapshot().items())
                .hasSize(TestPortfolios.portfolio().items().size());
        return qa;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void h2ImportKilledMidwayIsAllOrNothing() throws Exception {
        // a database file per round: a round H2 cannot read after the kill does not spoil the others
        killImports(
                "h2",
                k -> {
                    String url = "jdbc:h2:file:"
                            + work.resolve("h2-" + k).resolve("civicplan").toAbsolutePath();
                    try (var pool = JdbcStores.pool(url, "", "")) {
                        JdbcSchema.migrate(pool);
                    }
                    return url;
                },
                "",
                "",
                JDBC_KILLS);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void postgresImportKilledMidwayIsAllOrNothing() throws Exception {
        try (var db = TestDatabase.postgres()) {
            JdbcSchema.migrate(db.pool());
            killImports("postgresql", k -> db.url(), db.user(), db.password(), PG_KILLS);
        }
    }

    private void killImports(
            String name, java.util.function.IntFunction<String> urlOfRound, String user, String password, int kills)
            throws Exception {
        Random random = new Random(7L);
        long importMillis = timeOneImport(urlOfRound.apply(kills), user, password, PortfolioId.of("crash-timed"));
        int full = 0;
        int none = 0;
        int unreadable = 0;
        int finishedFirst = 0;
        for (int k = 0; k < kills; k++) {
            String url = urlOfRound.apply(k);
            PortfolioId id = PortfolioId.of("crash-" + k);
            Child c = Child.start(work, "jdbc", url, user, password, id.value());
            c.awaitLine("ready", 60); // printed just before importPortfolio starts
            // a random point inside the import as timed on this machine, so the kills land during it
            Thread.sleep(random.nextLong(0, Math.max(2, importMillis * 9 / 10)));
            if (c.process.isAlive()) {
                c.kill();
                c.awaitKilled();
            } else {
                // ended by itself: only a finished import may do that
                assertThat(c.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                c.drain();
                assertThat(c.lines)
                        .as("a child that ended before the kill; %s", c.describe())
                        .contains("imported");
                assertThat(c.process.exitValue()).as(c.describe()).isZero();
            }
            // "imported": the import committed before the kill, so it must be there, whole
            boolean killedMidway = !c.lines.contains("imported");
            if (!killedMidway) {
                finishedFirst++;
            }
            int[] counts = countAfterReopen(url, user, password, id);
            if (counts == null) {
                unreadable++;
                continue;
            }
            int expected = TestPortfolios.portfolio().items().size() + CrashChild.EXTRA_ITEMS;
            assertThat(counts[0])
                    .as("import %d: all items or none; %s", k, c.describe())
                    .isIn(0, expected);
            if (counts[0] == 0) {
                assertThat(killedMidway)
                        .as("import %d acknowledged but absent; %s", k, c.describe())
                        .isTrue();
                none++;
                assertThat(counts[1]).as("import %d: no plans either", k).isZero();
                assertThat(counts[2]).as("import %d: no measurements either", k).isZero();
            } else {
                full++;
                assertThat(counts[2])
                        .isEqualTo(TestPortfolios.portfolio().measurements().size());
            }
        }
        System.out.printf(
                "crash safety: %s import killed %d times: %d complete, %d absent, 0 partial, %d unreadable after the kill,"
                        + " %d finished before the kill (%d reads retried after a lock time-out)%n",
                name, kills, full, none, unreadable, finishedFirst, REOPENED.get());
        // see RELIABILITY.md: H2 once could not read a table after a kill during a large commit
        assertThat(full + none).as("rounds verified").isGreaterThanOrEqualTo(kills / 2);
        // the kills must land during imports: started ("ready"), not finished ("imported")
        assertThat(kills - finishedFirst)
                .as("kills that landed during an import")
                .isGreaterThanOrEqualTo(kills / 2);
        assertThat(none).as("imports killed midway and found absent").isPositive();
    }

    /** Kills of {@code civicplan import} per store in the normal build; {@code -Dcivicplan.crash.cliKills=100} for the full run. */
    static final int CLI_KILLS = Integer.getInteger("civicplan.crash.cliKills", 10);

    /**
     * Added to the seed of the CLI kills' random points; {@code -Dcivicplan.crash.cliSeed=N} kills at
     * other points than the normal build's (0) and is printed with every round to repeat one.
     */
    static final long CLI_SEED = Long.getLong("civicplan.crash.cliSeed", 0L);

    @Test
    @Timeout(value = 40, unit = TimeUnit.MINUTES)
    void cliImportIntoH2KilledAnywhereIsAllOrNothing() throws Exception {
        killCliImports(
                "h2",
                k -> "jdbc:h2:file:"
                        + work.resolve("cli-h2-" + k).resolve("civicplan").toAbsolutePath());
    }

    @Test
    @Timeout(value = 40, unit = TimeUnit.MINUTES)
    void cliImportIntoJsonKilledAnywhereIsAllOrNothing() throws Exception {
        killCliImports("json", k -> work.resolve("cli-json-" + k).toString());
    }

    /**
     * {@code civicplan import FILE --store STORE} in a child JVM, killed with SIGKILL at a random
     * moment between its start and 1.2 times the time an unkilled import takes here (so from JVM
     * start-up and reading the file through the schema creation, the writes and the commit to the
     * line printed at the end). That time is the median of three unkilled imports, and of every
     * round's import that ended before its kill point: the machine's load changes during the run,
     * and a window timed once while it was busy let later, faster imports finish before their kill.
     * Afterwards the store opens, and holds the whole import or none of it (every kind of row
     * counted, and the item–unit and item–indicator links); one printed as imported is whole. A
     * store left without the import takes it again (the repair path: the same store, opened again,
     * imports). A store H2 reports damaged (H2 2.5 after a kill, RELIABILITY.md) is counted and
     * printed, not failed, as long as at least half the rounds are verified; the user is told what
     * to do (checked by {@link #damaged}, and by {@code civicplan export} of the damaged store) and
     * the advice is followed: a new database takes the import.
     */
    private void killCliImports(String name, java.util.function.IntFunction<String> storeOfRound) throws Exception {
        PortfolioId id = PortfolioId.of("crash-cli");
        org.civicplan.core.model.Portfolio portfolio = CrashChild.big(id);
        Path file = work.resolve("crash-cli.json");
        try (var out = Files.newOutputStream(file)) {
            org.civicplan.storage.json.PortfolioJson.create().write(portfolio, out);
        }
        long[] expected = counts(portfolio);
        Random random = new Random(name.hashCode() * 31L + CLI_KILLS + CLI_SEED);
        List<Long> durations = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            durations.add(timeCliImport(file, storeOfRound.apply(-t), expected, id));
        }
        int full = 0;
        int none = 0;
        int unreadable = 0;
        int finishedFirst = 0;
        int reimported = 0;
        for (int k = 0; k < CLI_KILLS; k++) {
            String store = storeOfRound.apply(k);
            long importMillis = median(durations);
            long at = random.nextLong(0, importMillis * 6 / 5 + 1);
            Child c = Child.startCli(work, "import", file.toString(), "--store", store, "--no-progress");
            Thread.sleep(at);
            boolean printed;
            if (c.process.isAlive()) {
                c.process.destroyForcibly();
                assertThat(c.process.waitFor(30, TimeUnit.SECONDS))
                        .as(c.describe())
                        .isTrue();
                c.drain();
                printed = c.lines.stream().anyMatch(l -> l.startsWith("Đã nhập"));
            } else {
                c.drain();
                assertThat(c.process.exitValue())
                        .as("an import that ended by itself; %s", c.describe())
                        .isZero();
                printed = true;
                finishedFirst++;
                durations.add(c.millis());
            }
            assertThat(c.stderr()).as("round %d: the child's standard error", k).doesNotContain("Exception");
            long[] found = countStore(name, store, id, c);
            String outcome;
            if (found == null) {
                unreadable++;
                exportSaysDamaged(store, "round " + k);
                // the advice the user gets: the original file into a new database
                String fresh = storeOfRound.apply(CLI_KILLS + k);
                importAgain(name, fresh, portfolio);
                assertThat(countStore(name, fresh, id, c))
                        .as("round %d: imported into a new database", k)
                        .containsExactly(expected);
                outcome = "unreadable (H2 file damaged), imported into a new database";
            } else if (found[0] == 0) {
                assertThat(found)
                        .as("round %d: nothing of the import; %s", k, c.describe())
                        .containsOnly(0L);
                assertThat(printed)
                        .as("round %d: printed as imported but absent; %s", k, c.describe())
                        .isFalse();
                none++;
                // the repair path: the same store takes the import again
                importAgain(name, store, portfolio);
                assertThat(countStore(name, store, id, c))
                        .as("round %d: imported again", k)
                        .containsExactly(expected);
                reimported++;
                outcome = "absent, imported again";
            } else {
                assertThat(found)
                        .as("round %d: the whole import; %s", k, c.describe())
                        .containsExactly(expected);
                full++;
                outcome = printed ? "complete (printed)" : "complete";
            }
            System.out.printf(
                    "crash safety: %s round %d (seed %d) killed at %d ms of a %d ms window: %s%n",
                    name, k, CLI_SEED, at, importMillis * 6 / 5, outcome);
        }
        System.out.printf(
                "crash safety: civicplan import into %s killed %d times at random points within 1.2 x the median"
                        + " import (%d ms at the end): %d complete, %d absent (each imported again), 0 partial,"
                        + " %d unreadable after the kill (H2 file damaged), %d finished before the kill%n",
                name, CLI_KILLS, median(durations), full, none, unreadable, finishedFirst);
        assertThat(reimported).isEqualTo(none);
        // as h2ImportKilledMidwayIsAllOrNothing: H2 may leave a file it cannot read, but not often
        assertThat(full + none).as("rounds verified").isGreaterThanOrEqualTo(CLI_KILLS / 2);
        // kills spread over the whole import: both outcomes seen once there are enough rounds
        if (CLI_KILLS >= 10) {
            assertThat(none).as("kills that left the import absent").isPositive();
            assertThat(CLI_KILLS - finishedFirst)
                    .as("kills that landed before the end")
                    .isGreaterThanOrEqualTo(CLI_KILLS / 2);
        }
    }

    /**
     * The damage H2 reopened some files with after a kill, made on purpose ({@link
     * org.civicplan.storage.jdbc.DamageH2File}); what the tool's user reads then, every build, not
     * only in the rounds where a kill happens to cause it.
     */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void cliSaysADamagedH2StoreIsDamagedAndWhatToDo() throws Exception {
        String url =
                "jdbc:h2:file:" + work.resolve("damaged").resolve("civicplan").toAbsolutePath();
        try (var pool = JdbcStores.pool(url, "", "")) {
            JdbcPortfolioStore.create(pool, TestPortfolios.HANOI).importPortfolio(TestPortfolios.portfolio());
        }
        org.civicplan.storage.jdbc.DamageH2File.removeFirstRowFromPrimaryIndexOnly(url, "", "items");
        exportSaysDamaged(url, "a store with a damaged items index");
    }

    /**
     * {@code civicplan export --format json} of a damaged H2 store: it fails, prints that the
     * database is damaged and what to do, in Vietnamese (the default), without H2's unformatted
     * "{0}" or an exception, and writes no file.
     */
    private void exportSaysDamaged(String store, String what) throws Exception {
        Path out = Files.createTempDirectory(work, "export-").resolve("portfolio.json");
        Child export = Child.startCli(work, "export", "--store", store, "--format", "json", "--out", out.toString());
        assertThat(export.process.waitFor(2, TimeUnit.MINUTES))
                .as(export.describe())
                .isTrue();
        export.drain();
        assertThat(export.process.exitValue()).as(export.describe()).isNotZero();
        assertThat(export.stderr())
                .as("civicplan export of %s", what)
                .contains("cơ sở dữ liệu bị hỏng", "khôi phục tệp .mv.db", "civicplan import")
                .doesNotContain("{0}", "Exception");
        assertThat(out).doesNotExist();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Units, programs, plans, items, indicators, measurements, reports, adjustments, item–unit and item–indicator links. */
    private static long[] counts(org.civicplan.core.model.Portfolio p) {
        long unitLinks = 0;
        long indicatorLinks = 0;
        for (Item item : p.items()) {
            indicatorLinks += item.indicators().size();
            unitLinks += item.assignment().leadUnits().size()
                    + item.assignment().coordinatingUnits().size();
        }
        return new long[] {
            p.units().size(),
            p.programs().size(),
            p.plans().size(),
            p.items().size(),
            p.indicators().size(),
            p.measurements().size(),
            p.reports().size(),
            p.adjustments().size(),
            unitLinks,
            indicatorLinks
        };
    }

    /**
     * Opens the store as the CLI does (a JDBC store migrated first) and counts; null when H2 reports
     * the file damaged (see {@link #damaged}); any other failure fails the round.
     */
    private static long[] countStore(String name, String store, PortfolioId id, Child c) {
        try {
            if (name.equals("json")) {
                if (!Files.exists(Path.of(store))) {
                    return new long[10];
                }
                JsonFileStore json = JsonFileStore.open(Path.of(store), id);
                long[] n = counts(json.snapshot());
                assertThat(json.problems())
                        .as("the store's problems after the kill; %s", c.describe())
                        .isEmpty();
                return n;
            }
            try (var pool = JdbcStores.pool(store, "", "")) {
                return counts(JdbcPortfolioStore.create(pool, id).snapshot());
            }
        } catch (DamagedDatabaseException e) {
            damaged(store, e);
            return null;
        } catch (RuntimeException e) {
            throw new AssertionError("the store does not open or read after the kill: " + e + "; " + c.describe(), e);
        }
    }

    private static void importAgain(String name, String store, org.civicplan.core.model.Portfolio portfolio) {
        if (name.equals("json")) {
            JsonFileStore.open(Path.of(store), portfolio.id()).importPortfolio(portfolio);
            return;
        }
        try (var pool = JdbcStores.pool(store, "", "")) {
            JdbcPortfolioStore.create(pool, portfolio.id()).importPortfolio(portfolio);
        }
    }

    /** Milliseconds from starting the child to its end, for an import that is not killed; it must succeed and be whole. */
    private long timeCliImport(Path file, String store, long[] expected, PortfolioId id) throws Exception {
        Child c = Child.startCli(work, "import", file.toString(), "--store", store, "--no-progress");
        assertThat(c.process.waitFor(10, TimeUnit.MINUTES)).as(c.describe()).isTrue();
        c.drain();
        long millis = c.millis();
        assertThat(c.process.exitValue()).as(c.describe()).isZero();
        assertThat(countStore(store.startsWith("jdbc:") ? "h2" : "json", store, id, c))
                .as("an unkilled import")
                .containsExactly(expected);
        return millis;
    }

    /** How long one import takes here, from "ready" to "imported", in a child that is not killed. */
    private long timeOneImport(String url, String user, String password, PortfolioId id) throws Exception {
        Child c = Child.start(work, "jdbc", url, user, password, id.value());
        c.awaitLine("ready", 60);
        long start = System.nanoTime();
        c.awaitLine("imported", 120);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(c.process.waitFor(30, TimeUnit.SECONDS)).as(c.describe()).isTrue();
        assertThat(c.process.exitValue()).as(c.describe()).isZero();
        return millis;
    }

    static final AtomicLong REOPENED = new AtomicLong();

    /**
     * Items, plans and measurements of the portfolio; null when H2 reports the file damaged (see
     * {@link #damaged}). A real lock time-out on the first read after a kill is retried on a fresh
     * open, at most three times, and counted; null when it stays unreadable.
     */
    private static int[] countAfterReopen(String url, String user, String password, PortfolioId id) {
        for (int attempt = 1; ; attempt++) {
            try (var pool = JdbcStores.pool(url, user, password)) {
                JdbcPortfolioStore store = JdbcPortfolioStore.open(pool, id);
                var snapshot = store.snapshot();
                return new int[] {
                    snapshot.items().size(),
                    snapshot.plans().size(),
                    snapshot.measurements().size()
                };
            } catch (DamagedDatabaseException e) {
                // H2's index disagrees with its table: every open reads the same, no retry helps
                damaged(id.value(), e);
                return null;
            } catch (org.civicplan.core.UnableToStoreException e) {
                if (!String.valueOf(e.getMessage()).contains("Timeout trying to lock")) {
                    throw e;
                }
                if (attempt == 3) {
                    System.out.println("crash safety: still unreadable after three opens: " + id);
                    return null;
                }
                REOPENED.incrementAndGet();
                System.out.println("crash safety: read after kill timed out on a lock, reopening: " + e.getMessage());
            }
        }
    }

    /**
     * A round H2 cannot read after the kill: a secondary index names a row its table lacks (H2
     * 2.5, RELIABILITY.md). The user must be told so, in both languages, with what to do, and not
     * get H2's "Timeout trying to lock table {0}"; printed with the whole cause chain.
     */
    static void damaged(String round, DamagedDatabaseException e) {
        assertThat(e.getMessage())
                .as("what the user reads about a damaged store")
                .contains("the database is damaged", "cơ sở dữ liệu bị hỏng", ".mv.db", "from a backup", "new database")
                .doesNotContain("{0}");
        StringBuilder causes = new StringBuilder();
        for (Throwable t = e.getCause(); t != null && t.getCause() != t; t = t.getCause()) {
            causes.append("\n    caused by ")
                    .append(t.getClass().getName())
                    .append(": ")
                    .append(String.valueOf(t.getMessage()).lines().findFirst().orElse(""));
        }
        System.out.println("crash safety: " + round + " unreadable after the kill (H2 file damaged): "
                + e.getMessage(org.civicplan.core.Lang.EN) + causes);
    }

    /** A child JVM running {@link CrashChild}, its output collected line by line by a reader thread. */
    static final class Child {
        final Process process;
        final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Thread reader;
        /** The child's standard error, kept for failure messages. */
        private final Path errors;

        /** When the child was started, and when it ended (0 while it runs), from {@link System#nanoTime}. */
        private final long started = System.nanoTime();

        private final AtomicLong ended = new AtomicLong();

        private Child(Process process, Path errors) {
            this.process = process;
            this.errors = errors;
            process.onExit().thenRun(() -> ended.set(System.nanoTime()));
            this.reader = new Thread(() -> {
                try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException closed) {
                    // the process was killed: what was read is what it acknowledged
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Path work, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-Xshare:auto",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-cp",
                    System.getProperty("java.class.path"),
                    CrashChild.class.getName()));
            command.addAll(List.of(args));
            Path errors = Files.createTempFile(work, "child-", ".err");
            return new Child(
                    new ProcessBuilder(command)
                            .redirectError(ProcessBuilder.Redirect.to(errors.toFile()))
                            .start(),
                    errors);
        }

        /** {@code civicplan ARGS} (the CLI's main class) in a child JVM. */
        static Child startCli(Path work, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-Xshare:auto",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.civicplan.cli.CivicPlanCli"));
            command.addAll(List.of(args));
            Path errors = Files.createTempFile(work, "cli-", ".err");
            return new Child(
                    new ProcessBuilder(command)
                            .redirectError(ProcessBuilder.Redirect.to(errors.toFile()))
                            .start(),
                    errors);
        }

        /** SIGKILL; fails when the child had already ended by itself. */
        void kill() {
            assertThat(process.isAlive())
                    .as("the child was still running when killed; %s", describe())
                    .isTrue();
            process.destroyForcibly();
        }

        /** Waits for the killed child; its exit status must be SIGKILL's (128 + 9), its output read. */
        void awaitKilled() throws InterruptedException {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(describe()).isTrue();
            drain();
            // 0 only when the import had finished and the child ended between the check and the kill
            int expected = process.exitValue() == 0 && lines.contains("imported") ? 0 : 137;
            assertThat(process.exitValue())
                    .as("exit status of a SIGKILLed child; %s", describe())
                    .isEqualTo(expected);
            assertThat(stderr()).as("the child's standard error").doesNotContain("Exception");
        }

        /** Milliseconds from the start to the end of a child that has ended. */
        long millis() throws InterruptedException {
            process.waitFor();
            while (ended.get() == 0) {
                Thread.sleep(1); // onExit's action runs on another thread just after the exit
            }
            return (ended.get() - started) / 1_000_000;
        }

        String stderr() {
            try {
                return Files.readString(errors);
            } catch (IOException e) {
                return "(standard error unreadable: " + e + ")";
            }
        }

        /** The child's state for a failure message: alive or exit status, last lines, standard error. */
        String describe() {
            String state = process.isAlive() ? "running" : "exit " + process.exitValue();
            // a copy first: the reader thread may append while this runs (a live sub-list then throws)
            List<String> seen = List.copyOf(lines);
            List<String> tail = seen.subList(Math.max(0, seen.size() - 3), seen.size());
            return "child " + state + ", last output " + tail + ", standard error: " + stderr();
        }

        void awaitLine(String wanted, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                if (lines.contains(wanted)) {
                    return;
                }
                if (!process.isAlive() && !reader.isAlive()) {
                    break;
                }
                Thread.sleep(5);
            }
            throw new AssertionError("child did not print " + wanted + "; " + describe());
        }

        void drain() throws InterruptedException {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }

        long lastCommitted() {
            long last = 0;
            for (String l : lines) {
                if (l.startsWith("committed ")) {
                    last = Long.parseLong(l.substring("committed ".length()));
                }
            }
            return last;
        }
    }
}
