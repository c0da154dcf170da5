package org.civicplan.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.InvalidPeriodException;
import org.civicplan.core.period.ParseContext;
import org.civicplan.core.period.PeriodReader;
import org.civicplan.core.unit.TestUnitDirectory;
import org.civicplan.core.unit.UnitResolver;

/**
 * The readers' ratios to {@code LocalDate.parse} with a {@code d/M/yyyy} formatter, measured for a
 * machine shared with other work: the same passes as {@link PeriodReaderBenchmark} and {@link
 * NameReadersBenchmark} (the deadline, unit and number corpora against as many date strings), run
 * interleaved, each pass timed many times, and each side's fastest pass kept. The fastest pass is the
 * one the other load disturbed least, so the ratio of two fastest passes holds where JMH's averages
 * on a loaded machine swing by whole multiples. It leaves out what only averages show (garbage
 * collection, the slow phrase's share of cache misses): an indication, not a JMH result.
 *
 * <p>{@code java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
 * org.civicplan.benchmarks.ReaderRatios [rounds]}
 */
public final class ReaderRatios {
    private static final DateTimeFormatter D_M_YYYY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private ReaderRatios() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        List<String> phrases = new ArrayList<>();
        List<ParseContext> contexts = new ArrayList<>();
        try (InputStream in = ReaderRatios.class.getResourceAsStream("deadlines.tsv")) {
            if (in == null) {
                throw new IllegalStateException("deadlines.tsv is missing from the benchmark's resources");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                phrases.add(f[1]);
                contexts.add(f[3].isEmpty() ? ParseContext.none() : ParseContext.documentDated(LocalDate.parse(f[3])));
            }
        }
        List<String[]> units = TestUnitDirectory.rows("corpus/units.tsv", 5);
        UnitResolver resolver = TestUnitDirectory.RESOLVER;
        List<String> numbers = new ArrayList<>();
        try (InputStream in = DocumentRef.class.getResourceAsStream("corpus/numbers.tsv")) {
            if (in == null) {
                throw new IllegalStateException("numbers.tsv is missing from the core test jar");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("id\t")) {
                    numbers.add(line.split("\t", -1)[1]);
                }
            }
        }
        Random random = new Random(Bench.SEED);
        String[] dates = new String[Math.max(phrases.size(), Math.max(units.size(), numbers.size()))];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2557)).format(D_M_YYYY);
        }

        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long t = System.nanoTime();
            for (int i = 0; i < phrases.size(); i++) {
                try {
                    sink += PeriodReader.read(phrases.get(i), contexts.get(i)).hashCode();
                } catch (InvalidPeriodException e) {
                    sink += e.kind().ordinal();
                }
            }
            best[0] = Math.min(best[0], System.nanoTime() - t);
            best[1] = Math.min(best[1], datePass(dates, phrases.size()));
            t = System.nanoTime();
            for (String[] u : units) {
                sink += (u[2].equals("-") ? resolver.resolve(u[1]) : resolver.resolve(u[1], UnitCode.of(u[2])))
                        .hashCode();
            }
            best[2] = Math.min(best[2], System.nanoTime() - t);
            best[3] = Math.min(best[3], datePass(dates, units.size()));
            t = System.nanoTime();
            for (String n : numbers) {
                sink += DocumentRef.read(n).hashCode();
            }
            best[4] = Math.min(best[4], System.nanoTime() - t);
            best[5] = Math.min(best[5], datePass(dates, numbers.size()));
        }
        long checksum = 17;
        for (int i = 0; i < phrases.size(); i++) {
            String text;
            try {
                text = stable(PeriodReader.read(phrases.get(i), contexts.get(i)));
            } catch (InvalidPeriodException e) {
                text = e.kind().name() + ": " + e.getMessage();
            }
            checksum = 31 * checksum + text.hashCode();
        }
        for (String[] u : units) {
            checksum = 31 * checksum
                    + stable(u[2].equals("-") ? resolver.resolve(u[1]) : resolver.resolve(u[1], UnitCode.of(u[2])))
                            .hashCode();
        }
        for (String n : numbers) {
            checksum = 31 * checksum + stable(DocumentRef.read(n)).hashCode();
        }
        report("deadline phrases", phrases.size(), best[0], best[1]);
        report("unit wordings", units.size(), best[2], best[3]);
        report("document numbers", numbers.size(), best[4], best[5]);
        System.out.println("(" + rounds + " interleaved rounds, fastest pass of each; results checksum "
                + Long.toHexString(checksum) + ")");
        if (sink == Long.MIN_VALUE) {
            System.out.println("(timing sink " + sink + ")");
        }
    }

    /**
     * A result's text that does not depend on the run: records component by component, sets with
     * their elements sorted (a {@code Set.copyOf} iterates in an order salted per JVM), enums by name.
     */
    static String stable(Object value) {
        if (value instanceof Record r) {
            StringBuilder b = new StringBuilder(r.getClass().getSimpleName()).append('[');
            RecordComponent[] parts = r.getClass().getRecordComponents();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                try {
                    parts[i].getAccessor().setAccessible(true);
                    b.append(parts[i].getName())
                            .append('=')
                            .append(stable(parts[i].getAccessor().invoke(r)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return b.append(']').toString();
        }
        if (value instanceof Set<?> set) {
            List<String> items = new ArrayList<>();
            for (Object item : set) {
                items.add(stable(item));
            }
            Collections.sort(items);
            return items.toString();
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(stable(item));
            }
            return items.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Optional<?> o) {
            return o.map(ReaderRatios::stable).orElse("-");
        }
        return String.valueOf(value);
    }

    private static long datePass(String[] dates, int count) {
        long t = System.nanoTime();
        long sink = 0;
        for (int i = 0; i < count; i++) {
            sink += LocalDate.parse(dates[i], D_M_YYYY).toEpochDay();
        }
        long took = System.nanoTime() - t;
        return sink == Long.MIN_VALUE ? took + 1 : took;
    }

    private static void report(String what, int count, long reader, long dates) {
        System.out.println(String.format(
                Locale.ROOT,
                "%-17s %4d strings: reader %8.1f us, LocalDate.parse %7.1f us, ratio %.2fx",
                what,
                count,
                reader / 1000.0,
                dates / 1000.0,
                (double) reader / dates));
    }
}
