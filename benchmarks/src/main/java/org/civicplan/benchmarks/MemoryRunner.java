package org.civicplan.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the checks of item 6: {@link MemoryCheck} in a child JVM with a small heap, its output parsed. */
final class MemoryRunner {
    private MemoryRunner() {}

    /**
     * One check of item 6 in a child JVM with {@code heap} (e.g. {@code -Xmx64m}). For
     * "xlsx-workbook" with an {@code h2} directory, the check exports the review benchmarks' H2
     * store of that size in {@code h2}, loading it first (in this JVM, not timed) when the review
     * group has not.
     */
    static MemoryResult memoryCheck(String heap, String format, String size, Path h2)
            throws IOException, InterruptedException {
        if (!format.equals("xlsx-workbook") || h2 == null) {
            return memoryCheck(heap, format, size, List.of());
        }
        System.setProperty(Bench.H2_DIR, h2.toString());
        try (BenchDb db = BenchDb.h2("review", true)) {
            ReviewData.ensureLoaded(
                    db, size, () -> new PortfolioGenerator(Bench.SEED).generate(PortfolioGenerator.Size.valueOf(size)));
        } catch (RuntimeException e) {
            return MemoryResult.failed(format, size, heap, "loading H2: " + e);
        }
        MemoryResult result =
                memoryCheck(heap, format, size, List.of(h2.resolve("review").toString()));
        return new MemoryResult(
                format + " (H2)",
                result.size(),
                result.heap(),
                result.passed(),
                result.count(),
                result.bytes(),
                result.millis(),
                result.peakHeapBytes(),
                result.peakRssKb(),
                result.peakAfterGcBytes(),
                result.baselineBytes(),
                result.detail());
    }

    private static MemoryResult memoryCheck(String heap, String format, String size, List<String> extra)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(format, size));
        args.addAll(extra);
        List<String> lines = child(heap, args);
        for (String line : lines) {
            if (line.startsWith("RESULT ")) {
                String[] f = line.split(" ");
                return new MemoryResult(
                        format,
                        size,
                        heap,
                        true,
                        Long.parseLong(f[2]),
                        Long.parseLong(f[3]),
                        Long.parseLong(f[4]),
                        Long.parseLong(f[5]),
                        Long.parseLong(f[6]),
                        Long.parseLong(f[7]),
                        Long.parseLong(f[8]),
                        "");
            }
        }
        return MemoryResult.failed(format, size, heap, detail(lines));
    }

    private static String detail(List<String> lines) {
        return lines.stream()
                .filter(l -> l.contains("Exception") || l.contains("Error"))
                .findFirst()
                .orElse(lines.isEmpty() ? "no output" : lines.get(lines.size() - 1));
    }

    /** Runs {@link MemoryCheck} in a child JVM; its output lines, with a last line "EXIT n" if it failed. */
    private static List<String> child(String heap, List<String> args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(
                List.of(java, heap, "-cp", System.getProperty("java.class.path"), MemoryCheck.class.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        int exit = p.waitFor();
        if (exit != 0) {
            lines.removeIf(l -> l.startsWith("RESULT ") || l.startsWith("POPULATED "));
            lines.add("exit " + exit);
        }
        return lines;
    }
}
