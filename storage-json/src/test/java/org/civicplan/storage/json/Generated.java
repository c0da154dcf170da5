package org.civicplan.storage.json;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import org.civicplan.core.model.Measurement;

/** Measurements made on the fly, one at a time, never held as a list: for tests of streaming. */
final class Generated {
    private Generated() {}

    /** The values {@code value.apply(0)} to {@code value.apply(total - 1)}, made as they are pulled. */
    static Iterator<Measurement> measurements(int total, IntFunction<Measurement> value) {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < total;
            }

            @Override
            public Measurement next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return value.apply(i++);
            }
        };
    }
}
