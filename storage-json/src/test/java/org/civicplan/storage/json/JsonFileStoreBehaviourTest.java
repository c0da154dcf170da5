package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileStoreBehaviourTest {
    @TempDir
    Path dir;

    private JsonFileStore open() {
        return JsonFileStore.open(dir, TestPortfolios.HANOI);
    }

    private JsonFileStore imported() {
        JsonFileStore store = open();
        store.importPortfolio(TestPortfolios.portfolio());
        return store;
    }

    @Test
    void layoutIsOneReadableDocumentPerProgramAndPlanWithSafeNames() throws IOException {
        imported();
        assertThat(dir.resolve("portfolio.json")).exists();
        assertThat(dir.resolve("units.json")).exists();
        assertThat(dir.resolve("programs/07-CTr%2FTU.json")).exists();
        assertThat(dir.resolve("plans/KH-186.json")).exists();
        assertThat(dir.resolve("plans/KH-SKHCN-2021.json")).exists();
        assertThat(dir.resolve("reports/BC-SKHCN-2021-H1.json")).exists();
        assertThat(dir.resolve("adjustments/DC-1.json")).exists();
        assertThat(dir.resolve("measurements/CT07-01.jsonl")).exists();
        assertThat(dir.resolve(JsonFileStore.JOURNAL)).doesNotExist();
        String plan = Files.readString(dir.resolve("plans/KH-186.json"));
        assertThat(plan)
                .contains("\"document\" : \"plan\"")
                .contains("\"title\" : \"Xây dựng Đề án số 1 về đổi mới sáng tạo\"");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }

    @Test
    void dataSurvivesReopening() {
        JsonFileStore first = imported();
        first.audit().append(entry("KH-186/1"));
        JsonFileStore second = open();
        assertThat(second.snapshot()).isEqualTo(first.snapshot());
        assertThat(second.snapshot().name()).isEqualTo("Hà Nội (thử nghiệm)");
        assertThat(second.audit().append(entry("KH-186/2")).sequence()).isEqualTo(2);
        assertThat(second.audit().all()).hasSize(2);
    }

    @Test
    void staleWriteFromAnotherStoreOnTheSameDirectoryIsAConflict() {
        JsonFileStore a = imported();
        JsonFileStore b = open();
        Item seenByA = a.items().get(ItemId.of("KH-186/1"));
        Item seenByB = b.items().get(ItemId.of("KH-186/1"));
        a.items().update(seenByA.toBuilder().title("Sửa bởi A").build());
        assertThatThrownBy(() ->
                        b.items().update(seenByB.toBuilder().title("Sửa bởi B").build()))
                .isInstanceOf(VersionConflictException.class)
                .hasMessageContaining("KH-186/1");
        assertThat(b.items().get(ItemId.of("KH-186/1")).title()).isEqualTo("Sửa bởi A");
        // another item in the same document is its own entity: no conflict
        Item other = b.items().get(ItemId.of("KH-186/2"));
        assertThat(b.items()
                        .update(other.toBuilder().title("B sửa mục 2").build())
                        .version())
                .isEqualTo(2);
        assertThat(a.items().get(ItemId.of("KH-186/2")).title()).isEqualTo("B sửa mục 2");
    }

    @Test
    void aCorruptedFileIsReportedByNameAndTheRestLoads() throws IOException {
        imported();
        Path plan = dir.resolve("plans/KH-186.json");
        String text = Files.readString(plan);
        Files.writeString(plan, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);

        JsonFileStore store = open();
        assertThat(store.problems()).hasSize(1);
        StoreProblem problem = store.problems().get(0);
        assertThat(problem.file()).isEqualTo(plan.toAbsolutePath().normalize());
        assertThat(problem.message().en()).contains("plans/KH-186.json").contains("corrupted");
        assertThat(problem.message().vi()).contains("plans/KH-186.json").contains("bị hỏng");

        assertThat(store.programs().get(TestPortfolios.PROGRAM).title()).startsWith("Đẩy mạnh");
        assertThat(store.plans().get(TestPortfolios.UNIT_PLAN).issuer()).isEqualTo(TestPortfolios.SKHCN);
        assertThat(store.measurements().count()).isEqualTo(5);
        assertThatThrownBy(() -> store.plans().get(TestPortfolios.PLAN))
                .isInstanceOf(UnableToStoreException.class)
                .hasMessageContaining("plans/KH-186.json");
        assertThat(store.items().all()).isEmpty();
    }

    @Test
    void aCorruptedMeasurementFileIsReportedAndTheOthersStillRead() throws IOException {
        imported();
        Files.writeString(dir.resolve("measurements/CT07-02.jsonl"), "{\"formatVersion\": 1, \"indicator\": ");
        JsonFileStore store = open();
        assertThat(store.problems())
                .extracting(p -> p.file().getFileName().toString())
                .containsExactly("CT07-02.jsonl");
        assertThat(store.measurements().byIndicator(TestPortfolios.IND_TFP)).hasSize(2);
        assertThatThrownBy(() -> store.measurements().byIndicator(TestPortfolios.IND_INNOV))
                .isInstanceOf(UnableToStoreException.class)
                .hasMessageContaining("measurements/CT07-02.jsonl");
    }

    @Test
    void aFailureBetweenTemporaryFileAndRenameLeavesTheOldFile() throws IOException {
        imported();
        Path file = dir.resolve("plans/KH-186.json");
        String before = Files.readString(file);
        JsonFileStore failing = JsonFileStore.open(dir, TestPortfolios.HANOI, new JsonFileStore.CommitHook() {
            @Override
            public void beforeRename() {
                throw new SimulatedCrash();
            }
        });
        Plan plan = failing.plans().get(TestPortfolios.PLAN);
        assertThatThrownBy(() -> failing.plans().update(plan.withStatus(PlanStatus.ISSUED)))
                .isInstanceOf(SimulatedCrash.class);
        assertThat(Files.readString(file)).isEqualTo(before);

        JsonFileStore reopened = open();
        assertThat(reopened.plans().get(TestPortfolios.PLAN).status()).isEqualTo(PlanStatus.DRAFT);
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }

    @Test
    void aCrashAfterTheJournalIsCompletedWhenTheStoreIsOpened() {
        imported();
        JsonFileStore failing = JsonFileStore.open(dir, TestPortfolios.HANOI, new JsonFileStore.CommitHook() {
            @Override
            public void beforeRename() {
                throw new SimulatedCrash();
            }
        });
        assertThatThrownBy(() -> failing.inTransaction(tx -> {
                    Plan plan = tx.plans().get(TestPortfolios.PLAN);
                    tx.plans().update(plan.withStatus(PlanStatus.ISSUED));
                    tx.measurements().record(measurement(2030, 7));
                    Item one = tx.items().get(ItemId.of("KH-186/2"));
                    return tx.items().update(one.toBuilder().title("Đã đổi").build());
                }))
                .isInstanceOf(SimulatedCrash.class);
        assertThat(dir.resolve(JsonFileStore.JOURNAL)).exists();

        JsonFileStore reopened = open();
        assertThat(dir.resolve(JsonFileStore.JOURNAL)).doesNotExist();
        assertThat(reopened.plans().get(TestPortfolios.PLAN).status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(reopened.items().get(ItemId.of("KH-186/2")).title()).isEqualTo("Đã đổi");
        assertThat(reopened.measurements().find(TestPortfolios.IND_TFP, Period.year(2030), TestPortfolios.SKHCN))
                .isPresent();
    }

    @Test
    void aCrashBeforeTheJournalLeavesEverythingAsItWas() {
        imported();
        JsonFileStore failing = JsonFileStore.open(dir, TestPortfolios.HANOI, new JsonFileStore.CommitHook() {
            @Override
            public void beforeJournal() {
                throw new SimulatedCrash();
            }
        });
        assertThatThrownBy(() -> failing.inTransaction(tx -> {
                    Plan plan = tx.plans().get(TestPortfolios.PLAN);
                    tx.plans().update(plan.withStatus(PlanStatus.ISSUED));
                    tx.measurements().record(measurement(2030, 7));
                    return null;
                }))
                .isInstanceOf(SimulatedCrash.class);
        JsonFileStore reopened = open();
        assertThat(reopened.plans().get(TestPortfolios.PLAN).status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(reopened.measurements().count()).isEqualTo(5);
    }

    @Test
    void aTornLastAuditLineIsCutWhenTheStoreIsOpened() throws IOException {
        imported().audit().append(entry("KH-186/1"));
        Files.writeString(
                dir.resolve("audit.jsonl"), "{\"sequence\":2,\"at\":\"2021-", java.nio.file.StandardOpenOption.APPEND);
        JsonFileStore reopened = open();
        assertThat(reopened.audit().all()).extracting(AuditEntry::entityId).containsExactly("KH-186/1");
        assertThat(reopened.audit().append(entry("KH-186/2")).sequence()).isEqualTo(2);
        assertThat(open().audit().all()).hasSize(2);
    }

    @Test
    void anotherPortfolioInTheDirectoryIsRefused() {
        open();
        assertThatThrownBy(() -> JsonFileStore.open(dir, PortfolioId.of("hcm")))
                .isInstanceOf(UnableToStoreException.class)
                .hasMessageContaining("hanoi-test")
                .hasMessageContaining("hcm");
    }

    @Test
    void manyMeasurementsAreStreamedInAndOut() {
        JsonFileStore store = open();
        int total = 200_000;
        List<IndicatorCode> indicators =
                List.of(IndicatorCode.of("A"), IndicatorCode.of("B/2"), IndicatorCode.of("C"), IndicatorCode.of("D"));
        Registered.indicatorsAndUnits(store, indicators, Registered.units(total / 9_600 + 1));
        AtomicBoolean consumed = new AtomicBoolean();
        // a one-shot, lazily generated sequence: the store must stream it, not copy it
        Iterable<Measurement> values = () -> {
            if (!consumed.compareAndSet(false, true)) {
                throw new AssertionError("iterated twice");
            }
            return Generated.measurements(
                    total,
                    n -> new Measurement(
                            indicators.get(n % 4),
                            Period.month(2000 + (n / 4) % 200, 1 + (n / 800) % 12),
                            UnitCode.of("U" + (n / 9_600)),
                            MeasuredValue.count(n),
                            Optional.empty()));
        };
        store.measurements().recordAll(values);
        assertThat(store.measurements().count()).isEqualTo(total);

        AtomicLong seen = new AtomicLong();
        List<String> firstKeys = new ArrayList<>();
        Measurement[] previous = {null};
        store.measurements().forEach(m -> {
            if (previous[0] != null && previous[0].indicator().equals(m.indicator())) {
                assertThat(previous[0].period().start().orElseThrow())
                        .isBeforeOrEqualTo(m.period().start().orElseThrow());
            }
            if (firstKeys.size() < 3) {
                firstKeys.add(m.key());
            }
            previous[0] = m;
            seen.incrementAndGet();
        });
        assertThat(seen).hasValue(total);
        assertThat(firstKeys.get(0)).startsWith("A@2000-01@");
        assertThat(store.measurements().find(IndicatorCode.of("B/2"), Period.month(2000, 1), UnitCode.of("U0")))
                .map(m -> m.value().numeric().intValue())
                .contains(1);

        // re-recording a batch replaces by key: the count stays
        store.measurements()
                .recordAll(List.of(new Measurement(
                        IndicatorCode.of("A"),
                        Period.month(2000, 1),
                        UnitCode.of("U0"),
                        MeasuredValue.count(-1),
                        Optional.empty())));
        assertThat(store.measurements().count()).isEqualTo(total);
    }

    private static Measurement measurement(int year, long value) {
        return new Measurement(
                TestPortfolios.IND_TFP,
                Period.year(year),
                TestPortfolios.SKHCN,
                MeasuredValue.count(value),
                Optional.empty());
    }

    private static AuditEntry entry(String item) {
        return new AuditEntry(
                0,
                Instant.parse("2021-07-26T01:00:00Z"),
                Actor.of("SKHCN", "nguyenvana"),
                "assign",
                "item",
                item,
                List.of());
    }

    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }
}
