package org.civicplan.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicplan.core.model.Measurement;
import org.civicplan.storage.json.PortfolioJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Item 1: the measurement stream (the bulk of a portfolio's JSON) written and read by civicplan
 * ({@link PortfolioJson#writeMeasurements}, {@link PortfolioJson#readMeasurements}) and by a
 * hand-written Jackson streaming loop over the same records and the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {Bench.XMS, Bench.XMX, Bench.PRETOUCH})
@org.openjdk.jmh.annotations.Warmup(iterations = 2, time = 2)
@org.openjdk.jmh.annotations.Measurement(iterations = 3, time = 2)
public class JsonBenchmark {
    @Param({"S", "M"})
    public String size;

    private final PortfolioJson json = PortfolioJson.create();
    private List<Measurement> measurements;
    private byte[] document;
    private ByteArrayOutputStream out;

    /**
     * The measurements of a size and civicplan's document of them, generated and checked ({@link
     * #checkBothSides}) once per size in a JVM, shared by the trials of its four benchmarks (read
     * only: no benchmark changes the records or the bytes); only the last size is kept.
     */
    private record Data(String size, List<Measurement> measurements, byte[] document) {}

    private static Data data;

    @Setup(Level.Trial)
    public void setUp() {
        Data d = data(size, json);
        measurements = d.measurements();
        document = d.document();
        out = new ByteArrayOutputStream(
                (int) PortfolioGenerator.Size.valueOf(size).measurements() * 200);
    }

    private static synchronized Data data(String size, PortfolioJson json) {
        if (data == null || !data.size().equals(size)) {
            data = null; // the previous size's data is garbage before the next is generated
            PortfolioGenerator.Size s = PortfolioGenerator.Size.valueOf(size);
            List<Measurement> measurements = new ArrayList<>((int) s.measurements());
            new PortfolioGenerator(Bench.SEED).measurements(s).forEachRemaining(measurements::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) s.measurements() * 200);
            json.writeMeasurements(measurements, out);
            checkBothSides(json, measurements, out.toByteArray());
            data = new Data(size, measurements, out.toByteArray());
        }
        return data;
    }

    /** Drops the data {@link #setUp} keeps (between sizes). */
    static synchronized void forget() {
        data = null;
    }

    /**
     * Both writers write the same bytes but for civicplan's line break after each measurement (one
     * byte in about 140); both readers read those bytes back into exactly the
     * generated records. Refuses to run otherwise.
     */
    static void checkBothSides(PortfolioJson json, List<Measurement> measurements, byte[] document) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(document.length);
        long written = RawMeasurements.writeJson(measurements, raw);
        byte[] rawBytes = raw.toByteArray();
        // civicplan puts each measurement on its own line; JSON text holds no other raw line break
        ByteArrayOutputStream lines = new ByteArrayOutputStream(document.length);
        for (byte b : document) {
            if (b != '\n') {
                lines.write(b);
            }
        }
        byte[] civicplanBytes = lines.toByteArray();
        int at = java.util.Arrays.mismatch(rawBytes, civicplanBytes);
        if (written != measurements.size() || at >= 0) {
            throw new IllegalStateException("the raw writer writes other bytes than civicplan, line breaks aside ("
                    + rawBytes.length + " against " + civicplanBytes.length + "), from byte " + at + ": "
                    + excerpt(rawBytes, at) + " against " + excerpt(civicplanBytes, at));
        }
        List<Measurement> rawRead = new ArrayList<>();
        RawMeasurements.readJson(new ByteArrayInputStream(document), rawRead::add);
        if (!rawRead.equals(measurements)) {
            throw new IllegalStateException("the raw reader does not read back the same records");
        }
        List<Measurement> civicplanRead = new ArrayList<>();
        json.readMeasurements(new ByteArrayInputStream(document), "m.json", civicplanRead::add);
        if (!civicplanRead.equals(measurements)) {
            throw new IllegalStateException("civicplan's reader does not read back the same records");
        }
    }

    private static String excerpt(byte[] bytes, int at) {
        int from = Math.max(0, at - 40);
        return "«" + new String(bytes, from, Math.min(bytes.length, at + 40) - from, StandardCharsets.UTF_8) + "»";
    }

    @Benchmark
    public int civicplanWrite() {
        out.reset();
        json.writeMeasurements(measurements, out);
        return out.size();
    }

    @Benchmark
    public int rawJacksonWrite() {
        out.reset();
        RawMeasurements.writeJson(measurements, out);
        return out.size();
    }

    @Benchmark
    public long civicplanRead(Blackhole bh) {
        return json.readMeasurements(new ByteArrayInputStream(document), "m.json", bh::consume);
    }

    @Benchmark
    public long rawJacksonRead(Blackhole bh) {
        return RawMeasurements.readJson(new ByteArrayInputStream(document), bh::consume);
    }
}
