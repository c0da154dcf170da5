package org.civicplan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.civicplan.appendix.FormCollection;
import org.civicplan.appendix.FormCollector;
import org.civicplan.appendix.ReportForms;
import org.civicplan.core.CivicTime;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanSections;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.period.Period;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.service.ReportService;
import org.civicplan.core.service.StandardAccessPolicy;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 16: collecting a folder of 100 unit report forms (five items each, as sent, statuses
 * pre-filled) into an in-memory store: every form read, checked against its checksum and the store,
 * and recorded as the unit's draft through the report service. The first operation creates the
 * drafts, the following ones replace them, as a corrected round does. Generated, illustrative data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {Bench.XMS, Bench.XMX, Bench.PRETOUCH})
@org.openjdk.jmh.annotations.Warmup(iterations = 2, time = 2)
@org.openjdk.jmh.annotations.Measurement(iterations = 5, time = 2)
public class FormCollectionBenchmark {
    static final int UNITS = 100;
    static final int ITEMS_PER_UNIT = 5;
    static final ProgramId PROGRAM = ProgramId.of("BENCH-CTr");
    static final Period PERIOD = Period.firstHalf(2022);

    private Path folder;
    private FormCollector collector;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        InMemoryPortfolioStore store = new InMemoryPortfolioStore(PortfolioId.of("bench-forms"));
        UnitCode city = UnitCode.of("UBND");
        store.units().save(OrgUnit.of("UBND", "Ủy ban nhân dân Thành phố", UnitKind.PEOPLES_COMMITTEE));
        store.programs()
                .create(new Program(
                        PROGRAM,
                        Optional.empty(),
                        "Chương trình giả lập cho đo hiệu năng",
                        city,
                        Optional.empty(),
                        Period.years(2021, 2025),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        0));
        PlanId plan = PlanId.of("KH-BENCH");
        store.plans()
                .create(new Plan(
                        plan,
                        Optional.of(PROGRAM),
                        Optional.empty(),
                        city,
                        Optional.empty(),
                        "Kế hoạch giả lập",
                        Optional.empty(),
                        PlanSections.EMPTY,
                        List.of(),
                        PlanStatus.DRAFT,
                        0));
        int number = 1;
        for (int u = 0; u < UNITS; u++) {
            UnitCode code = UnitCode.of(String.format("DV%03d", u));
            store.units()
                    .save(OrgUnit.of(code.value(), "Đơn vị giả lập số " + (u + 1), UnitKind.DEPARTMENT)
                            .withParent(city));
            for (int i = 0; i < ITEMS_PER_UNIT; i++, number++) {
                store.items()
                        .create(Item.builder(ItemId.of("KH-BENCH/" + number), plan, number)
                                .title("Nhiệm vụ giả lập số " + number)
                                .deadline(Period.quarter(2022, i % 4 + 1))
                                .assignment(new Assignment(
                                        List.of(code),
                                        List.of(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Resources.NONE))
                                .build());
            }
        }
        folder = Files.createTempDirectory("civicplan-forms-");
        List<Path> written = new ReportForms(store).writeAll(PROGRAM, PERIOD, folder);
        if (written.size() != UNITS) {
            throw new IllegalStateException("expected " + UNITS + " forms, wrote " + written.size());
        }
        StandardAccessPolicy policy = new StandardAccessPolicy();
        collector = new FormCollector(
                new PlanService(store, policy, CivicTime.systemClock()),
                new ReportService(store, policy, CivicTime.systemClock()));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(files::add);
        }
        for (Path p : files) {
            Files.deleteIfExists(p);
        }
    }

    @Benchmark
    public FormCollection collectHundredForms() {
        return collect();
    }

    /**
     * The yardstick: every cell's text of every sheet of the same 100 files with fastexcel-reader,
     * nothing else (no checks, no store).
     */
    @Benchmark
    public long plainFastexcelPass() throws IOException {
        return plainPass();
    }

    long plainPass() throws IOException {
        long sink = 0;
        List<Path> forms;
        try (Stream<Path> all = Files.list(folder)) {
            forms = all.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        for (Path form : forms) {
            try (ReadableWorkbook wb = new ReadableWorkbook(form.toFile())) {
                for (Sheet sheet : wb.getSheets().toList()) {
                    try (Stream<Row> rows = sheet.openStream()) {
                        sink += rows.mapToLong(row -> {
                                    long n = 0;
                                    for (Cell cell : row) {
                                        if (cell != null) {
                                            n += cell.getText().length();
                                        }
                                    }
                                    return n;
                                })
                                .sum();
                    }
                }
            }
        }
        return sink;
    }

    FormCollection collect() {
        FormCollection collected = collector.collectFolder(folder, PROGRAM, PERIOD, "bench");
        if (collected.receipts().stream().anyMatch(r -> !r.recorded())) {
            throw new IllegalStateException("a form was refused: " + collected.receipts());
        }
        return collected;
    }
}
