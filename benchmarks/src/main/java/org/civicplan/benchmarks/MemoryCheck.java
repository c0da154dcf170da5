package org.civicplan.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.civicplan.core.model.Measurement;
import org.civicplan.storage.json.PortfolioJson;

/**
 * Item 6, run by {@link Suite} in a child JVM with a small heap: exports generated measurements,
 * streamed from {@link PortfolioGenerator#measurements}, to a temporary file and prints one line
 * {@code RESULT format count bytes millis peakHeapBytes peakRssKb} (peak heap: the most heap in use, sampled every 20 ms). Exits non-zero when the export
 * fails (an {@link OutOfMemoryError} included).
 *
 * <p>Usage: {@code MemoryCheck json|xlsx|csv [S|M|L]}.
 */
public final class MemoryCheck {
    private MemoryCheck() {}

    public static void main(String[] args) throws IOException {
        String format = args[0];
        PortfolioGenerator.Size size = PortfolioGenerator.Size.valueOf(args.length > 1 ? args[1] : "L");
        Path file = Files.createTempFile("civicplan-memory-", "." + format);
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        Thread sampler = new Thread(() -> {
            java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
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
            Iterator<Measurement> values = new PortfolioGenerator(Bench.SEED).measurements(size);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                count = switch (format) {
                    case "json" -> PortfolioJson.create().writeMeasurements(values, out);
                    case "xlsx" -> XlsxMemory.xlsx(size, out);
                    case "csv" -> XlsxMemory.csv(size, out);
                    default -> throw new IllegalArgumentException("unknown format " + format);
                };
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("RESULT " + format + " " + count + " " + Files.size(file) + " " + millis + " "
                    + Math.max(
                            peak.get(),
                            ManagementFactory.getMemoryMXBean()
                                    .getHeapMemoryUsage()
                                    .getUsed()) + " "
                    + peakRssKb());
        } finally {
            Files.deleteIfExists(file);
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
