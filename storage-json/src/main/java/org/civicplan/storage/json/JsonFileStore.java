package org.civicplan.storage.json;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.Message;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.AdjustmentRepository;
import org.civicplan.core.spi.AuditSink;
import org.civicplan.core.spi.IndicatorRepository;
import org.civicplan.core.spi.ItemRepository;
import org.civicplan.core.spi.MeasurementRepository;
import org.civicplan.core.spi.PlanRepository;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.spi.ProgramRepository;
import org.civicplan.core.spi.ReportRepository;
import org.civicplan.core.spi.UnitRepository;
import org.civicplan.storage.json.internal.AtomicFiles;
import org.civicplan.storage.json.internal.Codec;
import org.civicplan.storage.json.internal.DirLock;
import org.civicplan.storage.json.internal.FileNames;
import org.civicplan.storage.json.internal.ModelReader;
import org.civicplan.storage.json.internal.ModelWriter;
import org.civicplan.storage.json.internal.Node;
import org.civicplan.storage.json.internal.Partitions;
import org.civicplan.storage.json.internal.Problems;
import org.civicplan.storage.json.internal.StoreDocs;
import org.civicplan.storage.json.internal.StoreDocs.AdjustmentDoc;
import org.civicplan.storage.json.internal.StoreDocs.Doc;
import org.civicplan.storage.json.internal.StoreDocs.Kind;
import org.civicplan.storage.json.internal.StoreDocs.Meta;
import org.civicplan.storage.json.internal.StoreDocs.PlanDoc;
import org.civicplan.storage.json.internal.StoreDocs.ProgramDoc;
import org.civicplan.storage.json.internal.StoreDocs.ReportDoc;
import org.civicplan.storage.json.internal.StoreDocs.UnitsDoc;
import org.civicplan.storage.json.internal.TreeReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

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
    private static final Logger log = LoggerFactory.getLogger(JsonFileStore.class);

    static final int BATCH = 50_000;
    static final String JOURNAL = "commit.journal";
    private static final String JOURNAL_HEAD = "civicplan-commit-journal 1";

    /** Test seam: called at the two points where a crash is interesting. */
    interface CommitHook {
        CommitHook NONE = new CommitHook() {};

        default void beforeJournal() {}

        default void beforeRename() {}
    }

    private final Path dir;
    private final PortfolioId portfolio;
    private final Codec codec;
    private final Partitions partitions;
    private final DirLock lock;
    private final CommitHook hook;
    private final Map<Path, Cached> cache = new HashMap<>();
    private final Map<Path, StoreProblem> problems = new LinkedHashMap<>();
    private Tx tx;
    private long auditCount = -1;
    private Object auditStamp;

    private record Cached(Object stamp, Doc doc) {}

    private static final class Tx {
        final Map<Path, Doc> docs = new LinkedHashMap<>();
        final Map<Path, Kind<?>> kinds = new HashMap<>();
        final Map<Path, Path> partitions = new LinkedHashMap<>();
        final List<AuditEntry> audit = new ArrayList<>();
        // the lock is held for the whole transaction, so a file checked once cannot change under it
        final Set<Path> checked = new java.util.HashSet<>();
        final Map<String, List<Path>> listings = new HashMap<>();
        boolean journaled;
    }

    private JsonFileStore(Path dir, PortfolioId portfolio, JsonReadLimits limits, CommitHook hook) {
        this.dir = requireNonNull(dir, "dir is null").toAbsolutePath().normalize();
        this.portfolio = requireNonNull(portfolio, "portfolio is null");
        this.codec = new Codec(requireNonNull(limits, "limits is null"));
        this.partitions = new Partitions(codec);
        this.hook = hook;
        try {
            Files.createDirectories(this.dir);
        } catch (IOException e) {
            throw unable("Không tạo được thư mục " + dir, "Cannot create the directory " + dir, e);
        }
        this.lock = DirLock.forDirectory(this.dir);
        lock.lock();
        try {
            recover();
            removeStrayTemporaryFiles();
            repairAuditTail();
            openMeta();
            loadAll();
        } finally {
            lock.unlock();
        }
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

    public Path directory() {
        return dir;
    }

    /** The portfolio's display name (from {@code portfolio.json}). */
    public String name() {
        return read(this::portfolioName);
    }

    /** Files that could not be read, as of the last time they were looked at. */
    public List<StoreProblem> problems() {
        return read(() -> List.copyOf(problems.values()));
    }

    @Override
    public PortfolioId portfolio() {
        return portfolio;
    }

    // ---- locking and transactions ----

    private <T> T read(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private <T> T write(Supplier<T> work) {
        lock.lock();
        try {
            if (tx != null) {
                return work.get();
            }
            Tx t = new Tx();
            tx = t;
            boolean committed = false;
            try {
                T result = work.get();
                commit(t);
                committed = true;
                return result;
            } finally {
                tx = null;
                if (!committed) {
                    discard(t);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T inTransaction(Function<PortfolioStore, T> work) {
        return write(() -> work.apply(this));
    }

    private void discard(Tx t) {
        if (t.journaled) {
            return;
        }
        for (Path temp : t.partitions.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                log.warn("cannot delete temporary file {}: {}", temp, e.toString());
            }
        }
    }

    private void commit(Tx t) {
        List<Path[]> moves = new ArrayList<>();
        Path journal = dir.resolve(JOURNAL);
        try {
            for (Map.Entry<Path, Doc> e : t.docs.entrySet()) {
                Path target = e.getKey();
                Path temp = AtomicFiles.writeTemp(target, out -> writeDoc(t.kinds.get(target), e.getValue(), out));
                moves.add(new Path[] {temp, target});
            }
            t.partitions.forEach((target, temp) -> moves.add(new Path[] {temp, target}));
            hook.beforeJournal();
            if (moves.size() > 1) {
                AtomicFiles.write(journal, out -> {
                    StringBuilder sb = new StringBuilder(JOURNAL_HEAD).append('\n');
                    for (Path[] m : moves) {
                        sb.append(dir.relativize(m[0]))
                                .append('\t')
                                .append(dir.relativize(m[1]))
                                .append('\n');
                    }
                    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                });
                t.journaled = true;
            }
            hook.beforeRename();
            Set<Path> dirs = new LinkedHashSet<>();
            for (Path[] m : moves) {
                AtomicFiles.moveIntoPlace(m[0], m[1]);
                dirs.add(m[1].getParent());
            }
            dirs.forEach(AtomicFiles::fsyncDirectory);
            if (t.journaled) {
                Files.delete(journal);
                AtomicFiles.fsyncDirectory(dir);
            }
        } catch (IOException e) {
            cache.clear();
            if (t.journaled) {
                try {
                    recover();
                } catch (RuntimeException again) {
                    e.addSuppressed(again);
                }
            } else {
                for (Path[] m : moves) {
                    try {
                        Files.deleteIfExists(m[0]);
                    } catch (IOException ignored) {
                        // garbage, removed when the store is next opened
                    }
                }
            }
            throw unable("Không ghi được dữ liệu vào " + dir, "Cannot write to " + dir, e);
        }
        for (Map.Entry<Path, Doc> e : t.docs.entrySet()) {
            Object stamp = stamp(e.getKey());
            if (stamp != null) {
                cache.put(e.getKey(), new Cached(stamp, e.getValue()));
            }
        }
        appendAudit(t.audit);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void writeDoc(Kind kind, Doc doc, java.io.OutputStream out) {
        codec.write(out, w -> kind.write(w, doc));
    }

    /** Completes a commit that a crash interrupted: every temporary file the journal names is moved into place. */
    private void recover() {
        Path journal = dir.resolve(JOURNAL);
        if (!Files.exists(journal)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(JOURNAL_HEAD)) {
                throw new IOException("unknown journal format in " + journal);
            }
            Set<Path> dirs = new LinkedHashSet<>();
            int done = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split("\t");
                if (parts.length != 2) {
                    continue;
                }
                Path temp = dir.resolve(parts[0]);
                Path target = dir.resolve(parts[1]);
                if (Files.exists(temp)) {
                    AtomicFiles.moveIntoPlace(temp, target);
                    dirs.add(target.getParent());
                    done++;
                }
            }
            dirs.forEach(AtomicFiles::fsyncDirectory);
            Files.delete(journal);
            AtomicFiles.fsyncDirectory(dir);
            log.warn("completed an interrupted commit in {} ({} files)", dir, done);
        } catch (IOException e) {
            throw unable(
                    "Không hoàn tất được lần ghi dở dang trong " + dir,
                    "Cannot complete the interrupted commit in " + dir,
                    e);
        }
    }

    /**
     * A crash during an append can leave a partial last line in the audit trail. That entry was
     * never acknowledged (the append had not returned), so it is cut off.
     */
    private void repairAuditTail() {
        Path file = auditFile();
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long end = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (end > 0) {
                one.clear();
                channel.read(one, end - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                end--;
            }
            if (end < size) {
                channel.truncate(end);
                channel.force(true);
                log.warn("cut an unfinished last line ({} bytes) from {}", size - end, file);
            }
        } catch (IOException e) {
            log.warn("cannot check the end of {}: {}", file, e.toString());
        }
    }

    private void removeStrayTemporaryFiles() {
        for (String sub : List.of("", "programs", "plans", "reports", "adjustments", "measurements")) {
            Path d = sub.isEmpty() ? dir : dir.resolve(sub);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(d)) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    if (name.startsWith(".") && name.contains(AtomicFiles.TEMP_MARK)) {
                        Files.deleteIfExists(f);
                        log.info("removed unfinished temporary file {}", f);
                    }
                }
            } catch (IOException e) {
                log.warn("cannot clean {}: {}", d, e.toString());
            }
        }
    }

    // ---- documents ----

    private Path metaFile() {
        return dir.resolve("portfolio.json");
    }

    private Path unitsFile() {
        return dir.resolve("units.json");
    }

    private Path programFile(ProgramId id) {
        return dir.resolve("programs").resolve(FileNames.encode(id.value()) + ".json");
    }

    private Path planFile(PlanId id) {
        return dir.resolve("plans").resolve(FileNames.encode(id.value()) + ".json");
    }

    private Path reportFile(ReportId id) {
        return dir.resolve("reports").resolve(FileNames.encode(id.value()) + ".json");
    }

    private Path adjustmentFile(AdjustmentId id) {
        return dir.resolve("adjustments").resolve(FileNames.encode(id.value()) + ".json");
    }

    private Path partitionFile(IndicatorCode code) {
        return dir.resolve("measurements").resolve(FileNames.encode(code.value()) + ".jsonl");
    }

    private Path auditFile() {
        return dir.resolve("audit.jsonl");
    }

    private String name(Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static Object stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(
                    Objects.requireNonNullElse(a.fileKey(), ""),
                    a.lastModifiedTime(),
                    a.size(),
                    Objects.requireNonNullElse(a.creationTime(), FileTime.fromMillis(0)));
        } catch (IOException e) {
            return null;
        }
    }

    /** The document, or null when there is none; a broken file is an {@link UnableToStoreException}. */
    @SuppressWarnings("unchecked")
    private <D extends Doc> D load(Path file, Kind<D> kind) {
        if (tx != null && tx.docs.containsKey(file)) {
            return (D) tx.docs.get(file);
        }
        if (tx != null && tx.checked.contains(file)) {
            Cached known = cache.get(file);
            if (known != null) {
                return (D) known.doc();
            }
            if (!problems.containsKey(file)) {
                return null;
            }
        }
        D doc = loadChecked(file, kind);
        if (tx != null) {
            tx.checked.add(file);
        }
        return doc;
    }

    @SuppressWarnings("unchecked")
    private <D extends Doc> D loadChecked(Path file, Kind<D> kind) {
        Object stamp = stamp(file);
        if (stamp == null) {
            cache.remove(file);
            problems.remove(file);
            return null;
        }
        Cached cached = cache.get(file);
        if (cached != null && cached.stamp().equals(stamp)) {
            return (D) cached.doc();
        }
        D doc;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            doc = codec.read(in, name(file), r -> root -> kind.read(r, root));
        } catch (NoSuchFileException e) {
            cache.remove(file);
            return null;
        } catch (JsonImportException e) {
            throw corrupted(file, e.text(), e);
        } catch (IOException | UncheckedIOException e) {
            throw corrupted(file, Message.of(e.getMessage(), e.getMessage()), e);
        }
        problems.remove(file);
        cache.put(file, new Cached(stamp, doc));
        return doc;
    }

    /** Like {@link #load} for scans: a broken file is skipped (it is in {@link #problems()}). */
    private <D extends Doc> D loadOrSkip(Path file, Kind<D> kind) {
        try {
            return load(file, kind);
        } catch (UnableToStoreException e) {
            return null;
        }
    }

    private UnableToStoreException corrupted(Path file, Message why, Exception cause) {
        Message message = Message.of(
                "Tệp " + name(file) + " trong kho " + dir + " bị hỏng, không đọc được: " + why.vi(),
                "The file " + name(file) + " in the store " + dir + " is corrupted and cannot be read: " + why.en());
        if (!problems.containsKey(file)) {
            log.warn("{}", message.en());
        }
        problems.put(file, new StoreProblem(file, message));
        return new UnableToStoreException(message, cause);
    }

    private List<Path> files(String sub, String suffix) {
        Path d = dir.resolve(sub);
        Set<Path> files = new TreeSet<>();
        List<Path> known = tx == null ? null : tx.listings.get(sub + suffix);
        if (known != null) {
            files.addAll(known);
        } else if (Files.isDirectory(d)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(d)) {
                for (Path f : stream) {
                    String n = f.getFileName().toString();
                    if (n.endsWith(suffix) && !n.startsWith(".")) {
                        files.add(f);
                    }
                }
            } catch (IOException e) {
                throw unable("Không đọc được thư mục " + d, "Cannot list " + d, e);
            }
        }
        if (tx != null) {
            tx.listings.putIfAbsent(sub + suffix, List.copyOf(files));
            for (Path p : tx.docs.keySet()) {
                if (p.getParent().equals(d)) {
                    files.add(p);
                }
            }
            for (Path p : tx.partitions.keySet()) {
                if (p.getParent().equals(d)) {
                    files.add(p);
                }
            }
        }
        return new ArrayList<>(files);
    }

    private <D extends Doc> List<D> docs(String sub, Kind<D> kind) {
        List<D> docs = new ArrayList<>();
        for (Path f : files(sub, ".json")) {
            D d = loadOrSkip(f, kind);
            if (d != null) {
                docs.add(d);
            }
        }
        return docs;
    }

    private <D extends Doc> void stage(Path file, Kind<D> kind, D doc) {
        long next = tx.docs.containsKey(file) ? doc.documentVersion() : doc.documentVersion() + 1;
        tx.docs.put(file, StoreDocs.withVersion(doc, next));
        tx.kinds.put(file, kind);
    }

    private void openMeta() {
        Meta meta;
        try {
            meta = load(metaFile(), StoreDocs.META);
        } catch (UnableToStoreException e) {
            return;
        }
        if (meta == null) {
            write(() -> {
                stage(metaFile(), StoreDocs.META, new Meta(0, portfolio, portfolio.value()));
                return null;
            });
        } else if (!meta.id().equals(portfolio)) {
            throw new UnableToStoreException(Message.of(
                    "Thư mục " + dir + " chứa danh mục \"" + meta.id() + "\", không phải \"" + portfolio + "\"",
                    "The directory " + dir + " holds portfolio \"" + meta.id() + "\", not \"" + portfolio + "\""));
        }
    }

    private void loadAll() {
        loadOrSkip(unitsFile(), StoreDocs.UNITS);
        docs("programs", StoreDocs.PROGRAM);
        docs("plans", StoreDocs.PLAN);
        docs("reports", StoreDocs.REPORT);
        docs("adjustments", StoreDocs.ADJUSTMENT);
        for (Path f : files("measurements", ".jsonl")) {
            partitionIndicator(f);
        }
        if (!problems.isEmpty()) {
            log.warn("opened {} with {} unreadable file(s): {}", dir, problems.size(), problems.keySet());
        }
    }

    private String portfolioName() {
        try {
            Meta meta = load(metaFile(), StoreDocs.META);
            return meta == null ? portfolio.value() : meta.name();
        } catch (UnableToStoreException e) {
            return portfolio.value();
        }
    }

    @Override
    public void importPortfolio(Portfolio p) {
        write(() -> {
            p.units().forEach(units::save);
            p.programs().forEach(programs::create);
            p.plans().forEach(plans::create);
            p.indicators().forEach(indicators::create);
            p.items().forEach(items::create);
            measurements.recordAll(p.measurements());
            p.reports().forEach(reports::create);
            p.adjustments().forEach(adjustments::create);
            Meta meta = loadOrSkip(metaFile(), StoreDocs.META);
            stage(metaFile(), StoreDocs.META, new Meta(meta == null ? 0 : meta.documentVersion(), portfolio, p.name()));
            return null;
        });
    }

    @Override
    public Portfolio snapshot() {
        return read(() -> {
            List<Program> programList = new ArrayList<>();
            List<Indicator> indicatorList = new ArrayList<>();
            for (ProgramDoc d : docs("programs", StoreDocs.PROGRAM)) {
                if (d.program() != null) {
                    programList.add(d.program());
                }
                indicatorList.addAll(d.indicators().values());
            }
            List<Plan> planList = new ArrayList<>();
            List<Item> itemList = new ArrayList<>();
            for (PlanDoc d : docs("plans", StoreDocs.PLAN)) {
                if (d.plan() != null) {
                    planList.add(d.plan());
                }
                itemList.addAll(d.items().values());
            }
            List<Measurement> measurementList = new ArrayList<>();
            measurements.forEach(measurementList::add);
            return new Portfolio(
                    portfolio,
                    portfolioName(),
                    units.all(),
                    programList,
                    planList,
                    itemList,
                    indicatorList,
                    measurementList,
                    reports.all(),
                    adjustments.all());
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete temporary file {}: {}", file, e.toString());
        }
    }

    private static UnableToStoreException unable(String vi, String en, Exception cause) {
        return new UnableToStoreException(
                Message.of(vi + ": " + cause.getMessage(), en + ": " + cause.getMessage()), cause);
    }

    private static <T> List<T> sorted(List<T> values, Comparator<T> order) {
        List<T> copy = new ArrayList<>(values);
        copy.sort(order);
        return List.copyOf(copy);
    }

    // ---- units ----

    private final UnitRepository units = new UnitRepository() {
        @Override
        public void save(OrgUnit unit) {
            requireNonNull(unit, "unit is null");
            write(() -> {
                UnitsDoc doc = Objects.requireNonNullElse(load(unitsFile(), StoreDocs.UNITS), UnitsDoc.EMPTY);
                stage(unitsFile(), StoreDocs.UNITS, doc.with(unit));
                return null;
            });
        }

        @Override
        public Optional<OrgUnit> find(UnitCode code) {
            return read(() -> Optional.ofNullable(load(unitsFile(), StoreDocs.UNITS))
                    .map(d -> d.units().get(code)));
        }

        @Override
        public List<OrgUnit> all() {
            return read(() -> {
                UnitsDoc doc = load(unitsFile(), StoreDocs.UNITS);
                return doc == null ? List.of() : List.copyOf(doc.units().values());
            });
        }
    };

    // ---- programs and indicators ----

    private final class Programs implements ProgramRepository {
        @Override
        public Program create(Program value) {
            return write(() -> {
                ProgramDoc doc = load(programFile(value.id()), StoreDocs.PROGRAM);
                if (doc != null && doc.program() != null) {
                    throw new DuplicateEntityException("program", value.entityId());
                }
                Program stored = value.withVersion(1);
                ProgramDoc base = doc == null ? ProgramDoc.empty(value.id()) : doc;
                stage(programFile(value.id()), StoreDocs.PROGRAM, base.with(stored));
                return stored;
            });
        }

        @Override
        public Program update(Program value) {
            return write(() -> {
                ProgramDoc doc = load(programFile(value.id()), StoreDocs.PROGRAM);
                if (doc == null || doc.program() == null) {
                    throw new NoSuchEntityException("program", value.entityId());
                }
                if (doc.program().version() != value.version()) {
                    throw new VersionConflictException("program", value.entityId(), value.version());
                }
                Program stored = value.withVersion(value.version() + 1);
                stage(programFile(value.id()), StoreDocs.PROGRAM, doc.with(stored));
                return stored;
            });
        }

        @Override
        public Optional<Program> find(ProgramId key) {
            return read(() -> Optional.ofNullable(load(programFile(key), StoreDocs.PROGRAM))
                    .map(ProgramDoc::program));
        }

        @Override
        public Program get(ProgramId key) {
            return find(key).orElseThrow(() -> new NoSuchEntityException("program", key.value()));
        }

        @Override
        public List<Program> all() {
            return read(() -> docs("programs", StoreDocs.PROGRAM).stream()
                    .map(ProgramDoc::program)
                    .filter(Objects::nonNull)
                    .toList());
        }
    }

    private record LocatedIndicator(Path file, ProgramDoc doc, Indicator indicator) {}

    private LocatedIndicator locate(IndicatorCode code) {
        for (Path f : files("programs", ".json")) {
            ProgramDoc d = loadOrSkip(f, StoreDocs.PROGRAM);
            if (d != null && d.indicators().containsKey(code)) {
                return new LocatedIndicator(f, d, d.indicators().get(code));
            }
        }
        return null;
    }

    private final class Indicators implements IndicatorRepository {
        @Override
        public Indicator create(Indicator value) {
            return write(() -> {
                if (locate(value.code()) != null) {
                    throw new DuplicateEntityException("indicator", value.entityId());
                }
                Indicator stored = value.withVersion(1);
                Path file = programFile(value.program());
                ProgramDoc doc = load(file, StoreDocs.PROGRAM);
                stage(file, StoreDocs.PROGRAM, (doc == null ? ProgramDoc.empty(value.program()) : doc).with(stored));
                return stored;
            });
        }

        @Override
        public Indicator update(Indicator value) {
            return write(() -> {
                LocatedIndicator at = locate(value.code());
                if (at == null) {
                    throw new NoSuchEntityException("indicator", value.entityId());
                }
                if (at.indicator().version() != value.version()) {
                    throw new VersionConflictException("indicator", value.entityId(), value.version());
                }
                Indicator stored = value.withVersion(value.version() + 1);
                Path file = programFile(value.program());
                if (file.equals(at.file())) {
                    stage(file, StoreDocs.PROGRAM, at.doc().with(stored));
                } else {
                    stage(at.file(), StoreDocs.PROGRAM, at.doc().without(value.code()));
                    ProgramDoc doc = load(file, StoreDocs.PROGRAM);
                    stage(
                            file,
                            StoreDocs.PROGRAM,
                            (doc == null ? ProgramDoc.empty(value.program()) : doc).with(stored));
                }
                return stored;
            });
        }

        @Override
        public Optional<Indicator> find(IndicatorCode key) {
            return read(() -> Optional.ofNullable(locate(key)).map(LocatedIndicator::indicator));
        }

        @Override
        public Indicator get(IndicatorCode key) {
            return find(key).orElseThrow(() -> new NoSuchEntityException("indicator", key.value()));
        }

        @Override
        public List<Indicator> all() {
            return read(() -> {
                List<Indicator> out = new ArrayList<>();
                docs("programs", StoreDocs.PROGRAM)
                        .forEach(d -> out.addAll(d.indicators().values()));
                return List.copyOf(out);
            });
        }

        @Override
        public List<Indicator> byProgram(ProgramId program) {
            return read(() -> sorted(
                    all().stream().filter(i -> i.program().equals(program)).toList(),
                    Comparator.comparing(Indicator::code)));
        }
    }

    // ---- plans and items ----

    private final class Plans implements PlanRepository {
        @Override
        public Plan create(Plan value) {
            return write(() -> {
                PlanDoc doc = load(planFile(value.id()), StoreDocs.PLAN);
                if (doc != null && doc.plan() != null) {
                    throw new DuplicateEntityException("plan", value.entityId());
                }
                Plan stored = value.withVersion(1);
                stage(
                        planFile(value.id()),
                        StoreDocs.PLAN,
                        (doc == null ? PlanDoc.empty(value.id()) : doc).with(stored));
                return stored;
            });
        }

        @Override
        public Plan update(Plan value) {
            return write(() -> {
                PlanDoc doc = load(planFile(value.id()), StoreDocs.PLAN);
                if (doc == null || doc.plan() == null) {
                    throw new NoSuchEntityException("plan", value.entityId());
                }
                if (doc.plan().version() != value.version()) {
                    throw new VersionConflictException("plan", value.entityId(), value.version());
                }
                Plan stored = value.withVersion(value.version() + 1);
                stage(planFile(value.id()), StoreDocs.PLAN, doc.with(stored));
                return stored;
            });
        }

        @Override
        public Optional<Plan> find(PlanId key) {
            return read(() ->
                    Optional.ofNullable(load(planFile(key), StoreDocs.PLAN)).map(PlanDoc::plan));
        }

        @Override
        public Plan get(PlanId key) {
            return find(key).orElseThrow(() -> new NoSuchEntityException("plan", key.value()));
        }

        @Override
        public List<Plan> all() {
            return read(() -> docs("plans", StoreDocs.PLAN).stream()
                    .map(PlanDoc::plan)
                    .filter(Objects::nonNull)
                    .toList());
        }

        @Override
        public List<Plan> byProgram(ProgramId program) {
            return sorted(
                    all().stream()
                            .filter(p -> p.program().map(program::equals).orElse(false))
                            .toList(),
                    Comparator.comparing(Plan::id));
        }

        @Override
        public List<Plan> children(PlanId parent) {
            return sorted(
                    all().stream()
                            .filter(p -> p.parentPlan().map(parent::equals).orElse(false))
                            .toList(),
                    Comparator.comparing(Plan::id));
        }
    }

    private record LocatedItem(Path file, PlanDoc doc, Item item) {}

    private LocatedItem locate(ItemId id) {
        for (Path f : files("plans", ".json")) {
            PlanDoc d = loadOrSkip(f, StoreDocs.PLAN);
            if (d != null && d.items().containsKey(id)) {
                return new LocatedItem(f, d, d.items().get(id));
            }
        }
        return null;
    }

    private final class Items implements ItemRepository {
        @Override
        public Item create(Item value) {
            return write(() -> {
                if (locate(value.id()) != null) {
                    throw new DuplicateEntityException("item", value.entityId());
                }
                Item stored = value.withVersion(1);
                Path file = planFile(value.plan());
                PlanDoc doc = load(file, StoreDocs.PLAN);
                stage(file, StoreDocs.PLAN, (doc == null ? PlanDoc.empty(value.plan()) : doc).with(stored));
                return stored;
            });
        }

        @Override
        public Item update(Item value) {
            return write(() -> {
                LocatedItem at = current(value);
                Item stored = value.withVersion(value.version() + 1);
                put(at, stored, at.doc().history().getOrDefault(value.id(), List.of()));
                return stored;
            });
        }

        private LocatedItem current(Item value) {
            LocatedItem at = locate(value.id());
            if (at == null) {
                throw new NoSuchEntityException("item", value.entityId());
            }
            if (at.item().version() != value.version()) {
                throw new VersionConflictException("item", value.entityId(), value.version());
            }
            return at;
        }

        private void put(LocatedItem at, Item stored, List<Item> history) {
            Path file = planFile(stored.plan());
            if (file.equals(at.file())) {
                stage(file, StoreDocs.PLAN, at.doc().with(stored).withHistory(stored.id(), history));
            } else {
                stage(at.file(), StoreDocs.PLAN, at.doc().without(stored.id()));
                PlanDoc doc = load(file, StoreDocs.PLAN);
                stage(
                        file,
                        StoreDocs.PLAN,
                        (doc == null ? PlanDoc.empty(stored.plan()) : doc)
                                .with(stored)
                                .withHistory(stored.id(), history));
            }
        }

        @Override
        public Item reregister(Item next) {
            return write(() -> {
                LocatedItem at = current(next);
                List<Item> history = new ArrayList<>(at.doc().history().getOrDefault(next.id(), List.of()));
                history.add(at.item());
                Item stored = next.toBuilder()
                        .revision(at.item().revision() + 1)
                        .version(at.item().version() + 1)
                        .build();
                put(at, stored, history);
                return stored;
            });
        }

        @Override
        public List<Item> history(ItemId item) {
            return read(() -> {
                LocatedItem at = locate(item);
                if (at == null) {
                    return List.of();
                }
                List<Item> all = new ArrayList<>(at.doc().history().getOrDefault(item, List.of()));
                all.add(at.item());
                return List.copyOf(all);
            });
        }

        @Override
        public Optional<Item> find(ItemId key) {
            return read(() -> Optional.ofNullable(locate(key)).map(LocatedItem::item));
        }

        @Override
        public Item get(ItemId key) {
            return find(key).orElseThrow(() -> new NoSuchEntityException("item", key.value()));
        }

        @Override
        public List<Item> all() {
            return read(() -> {
                List<Item> out = new ArrayList<>();
                docs("plans", StoreDocs.PLAN).forEach(d -> out.addAll(d.items().values()));
                return List.copyOf(out);
            });
        }

        private List<Item> where(Predicate<Item> filter, Comparator<Item> order) {
            return sorted(all().stream().filter(filter).toList(), order);
        }

        @Override
        public List<Item> byPlan(PlanId plan) {
            return read(() -> {
                PlanDoc doc = load(planFile(plan), StoreDocs.PLAN);
                List<Item> mine = doc == null
                        ? List.of()
                        : doc.items().values().stream()
                                .filter(i -> i.plan().equals(plan))
                                .toList();
                return sorted(mine, Comparator.comparingInt(Item::number).thenComparing(Item::id));
            });
        }

        @Override
        public List<Item> byUnit(UnitCode unit) {
            return where(i -> i.assignment().involves(unit), Comparator.comparing(Item::id));
        }

        @Override
        public List<Item> overdue(LocalDate asOf) {
            return where(
                    i -> i.status() != ItemStatus.DONE
                            && i.status() != ItemStatus.CANCELLED
                            && i.status() != ItemStatus.SUSPENDED
                            && i.dueDate().map(asOf::isAfter).orElse(false),
                    Comparator.comparing((Item i) -> i.dueDate().orElseThrow()).thenComparing(Item::id));
        }

        @Override
        public List<Item> contributingTo(IndicatorCode indicator) {
            return where(i -> i.indicators().contains(indicator), Comparator.comparing(Item::id));
        }
    }

    // ---- reports and adjustments ----

    private final class Reports implements ReportRepository {
        @Override
        public ProgressReport create(ProgressReport value) {
            return write(() -> {
                Path file = reportFile(value.id());
                if (load(file, StoreDocs.REPORT) != null) {
                    throw new DuplicateEntityException("report", value.entityId());
                }
                ProgressReport stored = value.withVersion(1);
                stage(file, StoreDocs.REPORT, new ReportDoc(0, stored));
                return stored;
            });
        }

        @Override
        public ProgressReport update(ProgressReport value) {
            return write(() -> {
                Path file = reportFile(value.id());
                ReportDoc doc = load(file, StoreDocs.REPORT);
                if (doc == null) {
                    throw new NoSuchEntityException("report", value.entityId());
                }
                if (doc.report().version() != value.version()) {
                    throw new VersionConflictException("report", value.entityId(), value.version());
                }
                ProgressReport stored = value.withVersion(value.version() + 1);
                stage(file, StoreDocs.REPORT, new ReportDoc(doc.documentVersion(), stored));
                return stored;
            });
        }

        @Override
        public Optional<ProgressReport> find(ReportId key) {
            return read(() ->
                    Optional.ofNullable(load(reportFile(key), StoreDocs.REPORT)).map(ReportDoc::report));
        }

        @Override
        public ProgressReport get(ReportId key) {
            return find(key).orElseThrow(() -> new NoSuchEntityException("report", key.value()));
        }

        @Override
        public List<ProgressReport> all() {
            return read(() -> docs("reports", StoreDocs.REPORT).stream()
                    .map(ReportDoc::report)
                    .toList());
        }

        @Override
        public List<ProgressReport> byPeriod(ProgramId program, Period period) {
            return sorted(
                    all().stream()
                            .filter(r ->
                                    r.program().equals(program) && r.period().equals(period))
                            .toList(),
                    Comparator.comparing(ProgressReport::unit));
        }

        @Override
        public Optional<ProgressReport> find(ProgramId program, Period period, UnitCode unit) {
            return byPeriod(program, period).stream()
                    .filter(r -> r.unit().equals(unit))
                    .findFirst();
        }
    }

    private final class Adjustments implements AdjustmentRepository {
        @Override
        public Adjustment create(Adjustment value) {
            return write(() -> {
                Path file = adjustmentFile(value.id());
                if (load(file, StoreDocs.ADJUSTMENT) != null) {
                    throw new DuplicateEntityException("adjustment", value.entityId());
                }
                Adjustment stored = value.withVersion(1);
                stage(file, StoreDocs.ADJUSTMENT, new AdjustmentDoc(0, stored));
                return stored;
            });
        }

        @Override
        public Adjustment update(Adjustment value) {
            return write(() -> {
                Path file = adjustmentFile(value.id());
                AdjustmentDoc doc = load(file, StoreDocs.ADJUSTMENT);
                if (doc == null) {
                    throw new NoSuchEntityException("adjustment", value.entityId());
                }
                if (doc.adjustment().version() != value.version()) {
                    throw new VersionConflictException("adjustment", value.entityId(), value.version());
                }
                Adjustment stored = value.withVersion(value.version() + 1);
                stage(file, StoreDocs.ADJUSTMENT, new AdjustmentDoc(doc.documentVersion(), stored));
                return stored;
            });
        }

        @Override
        public Optional<Adjustment> find(AdjustmentId key) {
            return read(() -> Optional.ofNullable(load(adjustmentFile(key), StoreDocs.ADJUSTMENT))
                    .map(AdjustmentDoc::adjustment));
        }

        @Override
        public Adjustment get(AdjustmentId key) {
            return find(key).orElseThrow(() -> new NoSuchEntityException("adjustment", key.value()));
        }

        @Override
        public List<Adjustment> all() {
            return read(() -> docs("adjustments", StoreDocs.ADJUSTMENT).stream()
                    .map(AdjustmentDoc::adjustment)
                    .toList());
        }

        @Override
        public List<Adjustment> byItem(ItemId item) {
            return sorted(
                    all().stream().filter(a -> a.item().equals(item)).toList(),
                    Comparator.comparing(Adjustment::proposedAt).thenComparing(Adjustment::id));
        }
    }

    // ---- measurements ----

    /** The file to read a partition from: the transaction's staged version, else the file itself. */
    private Path partitionSource(Path target) {
        if (tx != null && tx.partitions.containsKey(target)) {
            return tx.partitions.get(target);
        }
        return Files.exists(target) ? target : null;
    }

    private IndicatorCode partitionIndicator(Path target) {
        Path source = partitionSource(target);
        if (source == null) {
            return null;
        }
        try {
            IndicatorCode code = partitions.indicatorOf(source);
            problems.remove(target);
            return code;
        } catch (JsonImportException e) {
            corrupted(target, e.text(), e);
            return null;
        } catch (IOException e) {
            corrupted(target, Message.of(e.toString(), e.toString()), e);
            return null;
        }
    }

    /** Streams one partition; the consumer returns false to stop. */
    private void scan(Path target, Path source, Predicate<Measurement> consumer) {
        try (Partitions.Reader r = partitions.new Reader(source)) {
            Measurement m;
            while ((m = r.next()) != null) {
                if (!consumer.test(m)) {
                    return;
                }
            }
        } catch (JsonImportException e) {
            throw corrupted(target, e.text(), e);
        } catch (IOException e) {
            throw corrupted(target, Message.of(e.toString(), e.toString()), e);
        }
    }

    private final class Measurements implements MeasurementRepository {
        @Override
        public void record(Measurement measurement) {
            recordAll(List.of(requireNonNull(measurement, "measurement is null")));
        }

        /**
         * Buffers up to {@value #BATCH} values sorted by key; a full buffer is spilled as one sorted
         * run per indicator, and at the end each indicator's file and runs are merged in one pass.
         */
        @Override
        public void recordAll(Iterable<Measurement> values) {
            write(() -> {
                Map<IndicatorCode, TreeMap<String, Measurement>> buffer = new HashMap<>();
                Map<IndicatorCode, List<Path>> runs = new HashMap<>();
                try {
                    int buffered = 0;
                    for (Measurement m : values) {
                        buffer.computeIfAbsent(m.indicator(), k -> new TreeMap<>())
                                .put(Partitions.sortKey(m), m);
                        if (++buffered >= BATCH) {
                            spill(buffer, runs);
                            buffered = 0;
                        }
                    }
                    if (runs.isEmpty()) {
                        mergeBuffer(buffer);
                    } else {
                        spill(buffer, runs);
                        mergeRuns(runs);
                    }
                } finally {
                    runs.values().forEach(list -> list.forEach(JsonFileStore::deleteQuietly));
                }
                return null;
            });
        }

        private void spill(
                Map<IndicatorCode, TreeMap<String, Measurement>> buffer, Map<IndicatorCode, List<Path>> runs) {
            for (Map.Entry<IndicatorCode, TreeMap<String, Measurement>> e : buffer.entrySet()) {
                Path target = partitionFile(e.getKey());
                try {
                    runs.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(partitions.merge(null, target, e.getKey(), e.getValue()));
                } catch (IOException ex) {
                    throw unable("Không ghi được " + name(target), "Cannot write " + name(target), ex);
                }
            }
            buffer.clear();
        }

        private void mergeRuns(Map<IndicatorCode, List<Path>> runs) {
            for (Map.Entry<IndicatorCode, List<Path>> e : runs.entrySet()) {
                Path target = partitionFile(e.getKey());
                Path source = partitionSource(target);
                try {
                    stagePartition(target, source, partitions.mergeRuns(source, target, e.getKey(), e.getValue()));
                } catch (JsonImportException ex) {
                    throw corrupted(target, ex.text(), ex);
                } catch (IOException ex) {
                    throw unable("Không ghi được " + name(target), "Cannot write " + name(target), ex);
                }
            }
        }

        private void mergeBuffer(Map<IndicatorCode, TreeMap<String, Measurement>> buffer) {
            for (Map.Entry<IndicatorCode, TreeMap<String, Measurement>> e : buffer.entrySet()) {
                Path target = partitionFile(e.getKey());
                Path source = partitionSource(target);
                try {
                    stagePartition(target, source, partitions.merge(source, target, e.getKey(), e.getValue()));
                } catch (JsonImportException ex) {
                    throw corrupted(target, ex.text(), ex);
                } catch (IOException ex) {
                    throw unable("Không ghi được " + name(target), "Cannot write " + name(target), ex);
                }
            }
            buffer.clear();
        }

        private void stagePartition(Path target, Path source, Path temp) {
            if (source != null && !source.equals(target)) {
                deleteQuietly(source);
            }
            tx.partitions.put(target, temp);
        }

        @Override
        public Optional<Measurement> find(IndicatorCode indicator, Period period, UnitCode reportedBy) {
            return read(() -> {
                Path target = partitionFile(indicator);
                Path source = partitionSource(target);
                if (source == null) {
                    return Optional.empty();
                }
                String key = Partitions.sortKey(period, reportedBy);
                Measurement[] found = {null};
                scan(target, source, m -> {
                    int c = Partitions.sortKey(m).compareTo(key);
                    if (c == 0) {
                        found[0] = m;
                    }
                    return c < 0;
                });
                return Optional.ofNullable(found[0]);
            });
        }

        @Override
        public List<Measurement> byIndicator(IndicatorCode indicator) {
            return read(() -> {
                Path target = partitionFile(indicator);
                Path source = partitionSource(target);
                List<Measurement> out = new ArrayList<>();
                if (source != null) {
                    scan(target, source, m -> out.add(m));
                }
                return List.copyOf(out);
            });
        }

        /**
         * Streams every value in key order. Outside a transaction the files are listed under the
         * lock and read without it: each file is replaced atomically, so an open file keeps its
         * content while writers go on.
         */
        @Override
        public void forEach(Consumer<Measurement> consumer) {
            boolean inTx = lock.heldByCurrentThread() && tx != null;
            TreeMap<IndicatorCode, Path[]> order = read(() -> {
                TreeMap<IndicatorCode, Path[]> map = new TreeMap<>();
                for (Path target : files("measurements", ".jsonl")) {
                    IndicatorCode code = partitionIndicator(target);
                    if (code != null) {
                        map.put(code, new Path[] {target, partitionSource(target)});
                    }
                }
                return map;
            });
            for (Path[] p : order.values()) {
                if (inTx) {
                    scan(p[0], p[1], m -> {
                        consumer.accept(m);
                        return true;
                    });
                } else {
                    try {
                        scanUnlocked(p[0], consumer);
                    } catch (NoSuchFileException gone) {
                        // removed meanwhile: nothing to read
                    }
                }
            }
        }

        private void scanUnlocked(Path target, Consumer<Measurement> consumer) throws NoSuchFileException {
            try (Partitions.Reader r = partitions.new Reader(target)) {
                Measurement m;
                while ((m = r.next()) != null) {
                    consumer.accept(m);
                }
            } catch (NoSuchFileException e) {
                throw e;
            } catch (JsonImportException e) {
                throw read(() -> corrupted(target, e.text(), e));
            } catch (IOException e) {
                throw read(() -> corrupted(target, Message.of(e.toString(), e.toString()), e));
            }
        }

        @Override
        public long count() {
            return read(() -> {
                long total = 0;
                for (Path target : files("measurements", ".jsonl")) {
                    Path source = partitionSource(target);
                    if (source == null) {
                        continue;
                    }
                    try {
                        total += partitions.count(source);
                    } catch (IOException e) {
                        throw corrupted(target, Message.of(e.toString(), e.toString()), e);
                    }
                }
                return total;
            });
        }
    }

    // ---- audit ----

    private long auditCount() {
        Path file = auditFile();
        Object stamp = stamp(file);
        if (stamp == null) {
            return 0;
        }
        if (auditCount >= 0 && stamp.equals(auditStamp)) {
            return auditCount;
        }
        try {
            auditCount = partitions.count(file);
            auditStamp = stamp;
            return auditCount;
        } catch (IOException e) {
            throw corrupted(file, Message.of(e.toString(), e.toString()), e);
        }
    }

    private List<AuditEntry> readAudit() {
        Path file = auditFile();
        List<AuditEntry> out = new ArrayList<>();
        if (Files.exists(file)) {
            Problems found = new Problems(name(file), 1);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                    JsonParser parser = codec.jsons().streaming().createParser(in)) {
                TreeReader tree = new TreeReader(parser, found);
                ModelReader reader = new ModelReader(found);
                boolean head = true;
                while (tree.next() != null) {
                    Node node = tree.readCurrent("");
                    if (head) {
                        reader.checkFormatVersion(node);
                        head = false;
                        continue;
                    }
                    AuditEntry e = reader.auditEntry(node);
                    found.throwIfAny();
                    out.add(e);
                }
            } catch (JsonImportException e) {
                throw corrupted(file, e.text(), e);
            } catch (IOException e) {
                throw corrupted(file, Message.of(e.toString(), e.toString()), e);
            }
        }
        if (tx != null) {
            out.addAll(tx.audit);
        }
        return out;
    }

    private void appendAudit(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Path file = auditFile();
        try (FileChannel channel = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            if (channel.size() == 0) {
                channel.write(ByteBuffer.wrap(
                        ("{\"formatVersion\":" + ModelReader.FORMAT_VERSION + ",\"document\":\"audit\"}\n")
                                .getBytes(StandardCharsets.UTF_8)));
            }
            for (AuditEntry entry : entries) {
                ByteArrayOutputStream line = new ByteArrayOutputStream(256);
                try (JsonGenerator g = codec.jsons().compact().createGenerator(line)) {
                    new ModelWriter(g).auditEntry(entry);
                }
                line.write('\n');
                channel.write(ByteBuffer.wrap(line.toByteArray()));
                channel.force(false);
            }
        } catch (IOException e) {
            throw unable("Không ghi được nhật ký " + name(file), "Cannot append to " + name(file), e);
        }
    }

    private final AuditSink audit = new AuditSink() {
        @Override
        public AuditEntry append(AuditEntry entry) {
            requireNonNull(entry, "entry is null");
            return write(() -> {
                AuditEntry stored = entry.withSequence(auditCount() + tx.audit.size() + 1);
                tx.audit.add(stored);
                return stored;
            });
        }

        @Override
        public List<AuditEntry> forEntity(String entityType, String entityId) {
            return read(() -> readAudit().stream()
                    .filter(e ->
                            e.entityType().equals(entityType) && e.entityId().equals(entityId))
                    .toList());
        }

        @Override
        public List<AuditEntry> all() {
            return read(() -> List.copyOf(readAudit()));
        }
    };

    private final Programs programs = new Programs();
    private final Indicators indicators = new Indicators();
    private final Plans plans = new Plans();
    private final Items items = new Items();
    private final Reports reports = new Reports();
    private final Adjustments adjustments = new Adjustments();
    private final Measurements measurements = new Measurements();

    @Override
    public UnitRepository units() {
        return units;
    }

    @Override
    public ProgramRepository programs() {
        return programs;
    }

    @Override
    public PlanRepository plans() {
        return plans;
    }

    @Override
    public ItemRepository items() {
        return items;
    }

    @Override
    public IndicatorRepository indicators() {
        return indicators;
    }

    @Override
    public MeasurementRepository measurements() {
        return measurements;
    }

    @Override
    public ReportRepository reports() {
        return reports;
    }

    @Override
    public AdjustmentRepository adjustments() {
        return adjustments;
    }

    @Override
    public AuditSink audit() {
        return audit;
    }
}
