package org.civicplan.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.civicplan.core.period.InvalidPeriodException;
import org.civicplan.core.period.ParseContext;
import org.civicplan.core.period.PeriodReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The deadline reader over the real phrases of the corpus ({@code deadlines.tsv}, a copy of core's
 * test corpus) against {@link LocalDate#parse} with a {@code d/M/yyyy} formatter over as many date
 * strings, in the same run: the price of reading what officials write instead of a bare date.
 * One operation reads the whole list; target: the reader at most 5× the plain date parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgs = {Bench.XMS, Bench.XMX, Bench.PRETOUCH})
@org.openjdk.jmh.annotations.Warmup(iterations = 3, time = 2)
@org.openjdk.jmh.annotations.Measurement(iterations = 5, time = 2)
public class PeriodReaderBenchmark {
    private static final DateTimeFormatter D_M_YYYY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private String[] phrases;
    private ParseContext[] contexts;
    private String[] dates;

    @Setup(Level.Trial)
    public void load() throws IOException {
        List<String> p = new ArrayList<>();
        List<ParseContext> c = new ArrayList<>();
        try (InputStream in = PeriodReaderBenchmark.class.getResourceAsStream("deadlines.tsv")) {
            if (in == null) {
                throw new IllegalStateException("deadlines.tsv is missing from the benchmark's resources");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                p.add(f[1]);
                c.add(f[3].isEmpty() ? ParseContext.none() : ParseContext.documentDated(LocalDate.parse(f[3])));
            }
        }
        phrases = p.toArray(String[]::new);
        contexts = c.toArray(ParseContext[]::new);
        Random random = new Random(Bench.SEED);
        dates = new String[phrases.length];
        for (int i = 0; i < dates.length; i++) {
            LocalDate d = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2557));
            dates[i] = d.format(D_M_YYYY);
        }
    }

    @Benchmark
    public void periodReader(Blackhole bh) {
        for (int i = 0; i < phrases.length; i++) {
            try {
                bh.consume(PeriodReader.read(phrases[i], contexts[i]));
            } catch (InvalidPeriodException e) {
                bh.consume(e.kind());
            }
        }
    }

    @Benchmark
    public void localDateParse(Blackhole bh) {
        for (String d : dates) {
            bh.consume(LocalDate.parse(d, D_M_YYYY));
        }
    }
}
