package org.civicplan.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Item 6, run by {@link Suite} in a child JVM with a small heap: builds the store, then exports
 * to a temporary file and prints one line {@code RESULT format count bytes millis peakHeapBytes
 * peakRssKb peakAfterGcBytes baselineBytes}, all measured from the end of the store's construction (generating
 * the synthetic portfolio is the harness's cost). Peak heap is the most heap in use, garbage
 * included, sampled every 20 ms; peak after GC is the most heap still in use right after any
 * collection, young ones included (close to what the export keeps); baseline is the heap in use
 * when the export starts (the store, collected). Exits non-zero when the
 * export fails (an {@link OutOfMemoryError} included).
 *
 * <p>Usage: {@code MemoryCheck json|csv|xlsx|xlsx-workbook [S|M|L] [H2-DIR]}; H2-DIR holds the
 * review benchmarks' H2 store ({@link ReviewData}), which {@link Suite} loads beforehand in a JVM
 * with a large heap.
 *
 * <ul>
 *   <li>{@code json}, {@code csv}, {@code xlsx}: every generated measurement (10^6 at L), streamed:
 *       JSON from the generator, CSV and the "xlsx-measurements" sheets from {@code
 *       store.measurements().forEach} of a {@link GeneratedStore}.
 *   <li>{@code xlsx-workbook}: the whole portfolio's "xlsx" workbook (one appendix sheet per plan,
 *       6,000 at L), over the H2 store in H2-DIR, or without it over a {@link GeneratedStore} that
 *       keeps the items in memory. The count printed is the number of worksheets in the file.
 * </ul>
 */
public final class MemoryCheck {
    /**
     * System property: milliseconds between forced full collections during the export (default 0,
     * none). With it, peak after GC is the largest live set seen, at the cost of the collections'
     * time; without it, young collections leave dead objects in the old generation in the figure.
     */
    static final String LIVE_EVERY = "civicplan.memory.liveEvery";

    private MemoryCheck() {}

    public static void main(String[] args) throws IOException {
        String format = args[0];
        PortfolioGenerator.Size size = PortfolioGenerator.Size.valueOf(args.length > 1 ? args[1] : "L");
        Optional<Path> h2 = args.length > 2 ? Optional.of(Path.of(args[2])) : Optional.empty();
        XlsxMemory.Export export = XlsxMemory.prepare(format, size, h2);
        Path file = Files.createTempFile("civicplan-memory-", "." + format);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // the store is built: start from a collected heap, so the peaks are the export's
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong();
        AtomicLong peakAfterGc = new AtomicLong();
        listenToCollections(peakAfterGc);
        long liveEvery = Long.getLong(LIVE_EVERY, 0);
        Thread sampler = new Thread(() -> {
            long lastFullGc = System.nanoTime();
            while (true) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                if (liveEvery > 0 && System.nanoTime() - lastFullGc > liveEvery * 1_000_000) {
                    System.gc(); // a full collection: what is left is live, and the listener records it
                    lastFullGc = System.nanoTime();
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        try {
            long started = System.nanoTime();
            long count;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                count = export.run(out);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            long peakHeap = Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
            long rss = peakRssKb();
            long afterGc = peakAfterGc.get();
            sampler.interrupt();
            // read back after the figures are taken: the count printed is what the file holds
            long written = XlsxMemory.written(format, file);
            // the workbook: at least an appendix sheet per plan (a city plan and its unit plans per program)
            boolean complete = format.equals("xlsx-workbook")
                    ? written >= (long) size.programs() * (1 + PortfolioGenerator.UNIT_PLANS)
                    : written == count;
            if (!complete) {
                System.out.println("the " + format + " file holds " + written + " where the store handed " + count);
                System.exit(3);
            }
            System.out.println("RESULT " + format + " " + written + " " + Files.size(file) + " " + millis + " "
                    + peakHeap + " " + rss + " " + afterGc + " " + baseline);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Records the most heap in use after any collection (young ones included) from now on. */
    static void listenToCollections(AtomicLong peakAfterGc) {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(
                        (notification, handback) -> {
                            if (!notification
                                    .getType()
                                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                                return;
                            }
                            GcInfo info = GarbageCollectionNotificationInfo.from(
                                            (CompositeData) notification.getUserData())
                                    .getGcInfo();
                            long used = 0;
                            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                                MemoryUsage after = info.getMemoryUsageAfterGc().get(pool.getName());
                                if (pool.getType() == MemoryType.HEAP && after != null) {
                                    used += after.getUsed();
                                }
                            }
                            peakAfterGc.accumulateAndGet(used, Math::max);
                        },
                        null,
                        null);
            }
        }
    }

    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
