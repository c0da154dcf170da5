package org.civicplan.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.unit.TestUnitDirectory;
import org.civicplan.core.unit.UnitResolver;
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
 * Issue 15: resolving the unit-name corpus (213 wordings from published documents) and reading the
 * document-number corpus (145 numbers) against the yardstick of parsing as many dates with {@code
 * LocalDate.parse} and a {@code d/M/yyyy} formatter, in the same run. One operation is one pass
 * over a corpus (or as many dates); the target is at most 5× the dates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgs = {Bench.XMS, Bench.XMX, Bench.PRETOUCH})
@org.openjdk.jmh.annotations.Warmup(iterations = 3, time = 1)
@org.openjdk.jmh.annotations.Measurement(iterations = 5, time = 1)
public class NameReadersBenchmark {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final UnitResolver resolver = TestUnitDirectory.RESOLVER;
    private String[] wordings;
    private UnitCode[] contexts;
    private String[] numbers;
    private String[] datesForUnits;
    private String[] datesForNumbers;

    @Setup(Level.Trial)
    public void setUp() {
        List<String[]> units = TestUnitDirectory.rows("corpus/units.tsv", 5);
        wordings = new String[units.size()];
        contexts = new UnitCode[units.size()];
        for (int i = 0; i < units.size(); i++) {
            wordings[i] = units.get(i)[1];
            contexts[i] = units.get(i)[2].equals("-") ? null : UnitCode.of(units.get(i)[2]);
        }
        numbers = numberTexts();
        Random random = new Random(Bench.SEED);
        datesForUnits = dates(random, wordings.length);
        datesForNumbers = dates(random, numbers.length);
    }

    @Benchmark
    public void resolveUnitCorpus(Blackhole bh) {
        for (int i = 0; i < wordings.length; i++) {
            bh.consume(
                    contexts[i] == null ? resolver.resolve(wordings[i]) : resolver.resolve(wordings[i], contexts[i]));
        }
    }

    @Benchmark
    public void parseDatesAsManyAsUnits(Blackhole bh) {
        for (String date : datesForUnits) {
            bh.consume(LocalDate.parse(date, DATE));
        }
    }

    @Benchmark
    public void readNumberCorpus(Blackhole bh) {
        for (String number : numbers) {
            bh.consume(DocumentRef.read(number));
        }
    }

    @Benchmark
    public void parseDatesAsManyAsNumbers(Blackhole bh) {
        for (String date : datesForNumbers) {
            bh.consume(LocalDate.parse(date, DATE));
        }
    }

    private static String[] dates(Random random, int count) {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            LocalDate d = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(12_000));
            out[i] = d.format(DATE);
        }
        return out;
    }

    private static String[] numberTexts() {
        try (InputStream in = DocumentRef.class.getResourceAsStream("corpus/numbers.tsv")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("id\t")) {
                    out.add(line.split("\t", -1)[1]);
                }
            }
            return out.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
