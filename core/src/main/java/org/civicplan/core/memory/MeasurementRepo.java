package org.civicplan.core.memory;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.MeasurementRepository;

/**
 * Measurements in memory, sorted by {@link MeasurementKeys#sortKey} so one indicator's values are a
 * contiguous range; a measurement recorded again replaces the one with the same key.
 */
final class MeasurementRepo implements MeasurementRepository {
    private final StoreLock lock;
    private final MemoryState state;

    MeasurementRepo(StoreLock lock, MemoryState state) {
        this.lock = lock;
        this.state = state;
    }

    @Override
    public void record(Measurement m) {
        synchronized (lock) {
            state.measurements.put(MeasurementKeys.sortKey(m), m);
        }
    }

    @Override
    public void recordAll(Iterable<Measurement> all) {
        lock.transaction(() -> {
            all.forEach(this::record);
            return null;
        });
    }

    @Override
    public Optional<Measurement> find(IndicatorCode indicator, Period period, UnitCode reportedBy) {
        synchronized (lock) {
            return Optional.ofNullable(state.measurements.get(MeasurementKeys.sortKey(indicator, period, reportedBy)));
        }
    }

    @Override
    public List<Measurement> byIndicator(IndicatorCode indicator) {
        synchronized (lock) {
            String prefix = MeasurementKeys.indicatorPrefix(indicator);
            return List.copyOf(state.measurements
                    .subMap(prefix, prefix + Character.MAX_VALUE)
                    .values());
        }
    }

    @Override
    public void forEach(Consumer<Measurement> consumer) {
        List<Measurement> copy;
        synchronized (lock) {
            copy = List.copyOf(state.measurements.values());
        }
        copy.forEach(consumer);
    }

    @Override
    public long count() {
        synchronized (lock) {
            return state.measurements.size();
        }
    }
}
