package org.civicplan.storage.json.internal;

import static java.util.Objects.requireNonNull;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.MeasurementRepository;

/** Measurements, one sorted file per indicator (see {@link MeasurementFiles}). */
public final class MeasurementRepo implements MeasurementRepository {
    public static final int BATCH = MeasurementFiles.BATCH;

    private final Store store;
    private final MeasurementFiles files;

    public MeasurementRepo(Store store) {
        this.store = store;
        this.files = new MeasurementFiles(store);
    }

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
        store.write(() -> {
            Map<IndicatorCode, TreeMap<String, Measurement>> buffer = new HashMap<>();
            Map<IndicatorCode, List<Path>> runs = new HashMap<>();
            try {
                int buffered = 0;
                for (Measurement m : values) {
                    buffer.computeIfAbsent(m.indicator(), k -> new TreeMap<>()).put(Partitions.sortKey(m), m);
                    if (++buffered >= BATCH) {
                        files.spill(buffer, runs);
                        buffered = 0;
                    }
                }
                if (runs.isEmpty()) {
                    files.mergeBuffer(buffer);
                } else {
                    files.spill(buffer, runs);
                    files.mergeRuns(runs);
                }
            } finally {
                runs.values().forEach(list -> list.forEach(Store::deleteQuietly));
            }
            return null;
        });
    }

    @Override
    public Optional<Measurement> find(IndicatorCode indicator, Period period, UnitCode reportedBy) {
        return store.read(() -> {
            Path target = files.file(indicator);
            Path source = files.source(target);
            if (source == null) {
                return Optional.empty();
            }
            String key = Partitions.sortKey(period, reportedBy);
            Measurement[] found = {null};
            files.scan(target, source, m -> {
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
        return store.read(() -> {
            Path target = files.file(indicator);
            Path source = files.source(target);
            List<Measurement> out = new ArrayList<>();
            if (source != null) {
                files.scan(target, source, m -> out.add(m));
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
        boolean inTx = store.inTransaction();
        TreeMap<IndicatorCode, Path[]> order = store.read(() -> {
            TreeMap<IndicatorCode, Path[]> map = new TreeMap<>();
            for (Path target : files.all()) {
                IndicatorCode code = files.indicator(target);
                if (code != null) {
                    map.put(code, new Path[] {target, files.source(target)});
                }
            }
            return map;
        });
        for (Path[] p : order.values()) {
            if (inTx) {
                files.scan(p[0], p[1], m -> {
                    consumer.accept(m);
                    return true;
                });
            } else {
                try {
                    files.scanUnlocked(p[0], consumer);
                } catch (NoSuchFileException gone) {
                    // removed meanwhile: nothing to read
                }
            }
        }
    }

    @Override
    public long count() {
        return store.read(() -> {
            long total = 0;
            for (Path target : files.all()) {
                Path source = files.source(target);
                if (source != null) {
                    total += files.count(target, source);
                }
            }
            return total;
        });
    }

    /** Reads every file's header, so that unreadable ones are listed as problems. */
    public void check() {
        files.all().forEach(files::indicator);
    }
}
