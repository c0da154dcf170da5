package org.civicplan.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;

/**
 * Measurements whose writes are checked by {@link References} first; a bulk write checks each
 * value as the store pulls it (remembering the indicators and units already found), so a stream is
 * still read once and a reference to nothing rolls the whole write back.
 */
final class CheckedMeasurements implements MeasurementRepository {
    private final MeasurementRepository delegate;
    private final References.Known known;

    CheckedMeasurements(MeasurementRepository delegate, References.Known known) {
        this.delegate = requireNonNull(delegate, "delegate is null");
        this.known = requireNonNull(known, "known is null");
    }

    @Override
    public void record(Measurement measurement) {
        References.check(measurement, known);
        delegate.record(measurement);
    }

    @Override
    public void recordAll(Iterable<Measurement> measurements) {
        requireNonNull(measurements, "measurements is null");
        References.Known remembered = References.remembering(known);
        delegate.recordAll(() -> {
            Iterator<Measurement> it = measurements.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Measurement next() {
                    Measurement m = it.next();
                    References.check(m, remembered);
                    return m;
                }
            };
        });
    }

    @Override
    public Optional<Measurement> find(IndicatorCode indicator, Period period, UnitCode reportedBy) {
        return delegate.find(indicator, period, reportedBy);
    }

    @Override
    public List<Measurement> byIndicator(IndicatorCode indicator) {
        return delegate.byIndicator(indicator);
    }

    @Override
    public void forEach(Consumer<Measurement> consumer) {
        delegate.forEach(consumer);
    }

    @Override
    public long count() {
        return delegate.count();
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
