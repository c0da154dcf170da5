package org.civicplan.benchmarks;

import java.io.OutputStream;
import java.util.Iterator;
import org.civicplan.core.model.Measurement;

/** The xlsx half of item 6; the export-xlsx module is not in this tree yet. */
final class XlsxMemory {
    private XlsxMemory() {}

    static long export(PortfolioGenerator.Size size, Iterator<Measurement> values, OutputStream out) {
        throw new UnsupportedOperationException("export-xlsx is not merged into this branch yet");
    }
}
