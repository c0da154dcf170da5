package org.civicplan.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.MeasurementAggregation;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.ItemRepository;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.spi.ReviewQueries;
import org.civicplan.testing.ForwardingPortfolioStore;
import org.civicplan.testing.TestPortfolios;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the whole portfolio's workbook reads each plan's items once (the appendix sheet and
 * the public-investment sheet share the read), and writes the same cells as before that change.
 *
 * <p>The portfolio is generated here: the test portfolio's program with its city plan and four
 * unit plans, {@value #ITEMS_PER_PLAN} items each, every third a project and every other project a
 * public-investment candidate, in mixed states. {@code whole-workbook-cells.txt} holds every cell
 * of its workbook in both languages, as written by the exporter before plans were read once (commit
 * 089ed5c); to write it again from the current code, run this test with {@code
 * -Dcivicplan.record=<file>}.
 */
class WholeWorkbookTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 12, 20);
    private static final int ITEMS_PER_PLAN = 12;
    private static final List<UnitCode> UNIT_PLAN_ISSUERS =
            List.of(TestPortfolios.SKHCN, TestPortfolios.STC, TestPortfolios.STTTT, TestPortfolios.QCG);

    @Test
    void everyPlansItemsAreReadOnceForTheWholeWorkbook() {
        Portfolio portfolio = generated();
        CountingStore store = new CountingStore(InMemoryPortfolioStore.of(portfolio));
        export(store, Optional.empty(), Lang.VI);
        List<String> byPlan = portfolio.plans().stream()
                .map(p -> "byPlan " + p.id().value())
                .sorted()
                .toList();
        assertThat(portfolio.plans()).hasSize(1 + UNIT_PLAN_ISSUERS.size());
        // the appendix sheets and the public-investment sheet: one read per plan, nothing else
        assertThat(store.itemReads).containsExactlyElementsOf(byPlan);
    }

    @Test
    void onePlansWorkbookReadsThatPlansItemsOnce() {
        CountingStore store = new CountingStore(InMemoryPortfolioStore.of(generated()));
        export(store, Optional.of(TestPortfolios.PLAN), Lang.EN);
        assertThat(store.itemReads).containsExactly("byPlan " + TestPortfolios.PLAN.value());
    }

    @Test
    void theGeneratedPortfolioHasCandidatesInSeveralPlans() {
        // what the cell comparison below covers: candidates spread over the city plan and unit plans
        assertThat(generated().items().stream()
                        .filter(i -> i.publicInvestment().isPresent())
                        .map(Item::plan)
                        .distinct())
                .hasSizeGreaterThan(3);
    }

    @Test
    void theWholeWorkbooksCellsAreThoseWrittenBeforePlansWereReadOnce() throws IOException {
        for (Lang lang : Lang.values()) {
            String cells = cells(export(InMemoryPortfolioStore.of(generated()), Optional.empty(), lang));
            String recorded = recorded(lang);
            assertThat(cells.lines().filter(l -> l.startsWith(lang.pick("Đầu tư công", "Public investment"))))
                    .as("public-investment rows: title, header, candidates, total")
                    .hasSizeGreaterThan(8);
            assertThat(cells).as(lang.name()).isEqualTo(recorded);
        }
    }

    /** The cells recorded for {@code lang}, or (with {@code civicplan.record}) the current ones, written there. */
    private String recorded(Lang lang) throws IOException {
        String record = System.getProperty("civicplan.record");
        String name = "whole-workbook-cells-" + lang.name().toLowerCase(java.util.Locale.ROOT) + ".txt";
        if (record != null) {
            Path file = Path.of(record).resolve(name);
            Files.writeString(file, cells(export(InMemoryPortfolioStore.of(generated()), Optional.empty(), lang)));
        }
        try (InputStream in = WholeWorkbookTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " next to this test").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every sheet's rows, one line per non-empty row: sheet, row number, the cells' texts. */
    static String cells(byte[] xlsx) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ReadableWorkbook wb =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    List<String> texts = new ArrayList<>();
                    for (Cell cell : row) {
                        texts.add(
                                cell == null
                                        ? ""
                                        : cell.getText().replace("\n", "\\n") + " {" + cell.getDataFormatString()
                                                + "}");
                    }
                    out.append(sheet.getName())
                            .append('\t')
                            .append(row.getRowNum())
                            .append('\t')
                            .append(String.join(" | ", texts))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    private static byte[] export(PortfolioStore store, Optional<PlanId> plan, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter()
                .export(new ExportRequest(store, plan, lang, AS_OF, Optional.of(Period.secondHalf(2021))), out);
        return out.toByteArray();
    }

    /** The test portfolio's program, its city plan and four unit plans of {@value #ITEMS_PER_PLAN} items. */
    static Portfolio generated() {
        Portfolio base = TestPortfolios.portfolio();
        List<Plan> plans = new ArrayList<>(List.of(TestPortfolios.plan()));
        List<Item> items = new ArrayList<>(TestPortfolios.items());
        for (int n = 5; n <= ITEMS_PER_PLAN; n++) {
            items.add(varied(TestPortfolios.item(n), n, 1 + n % 2));
        }
        Plan unitPlan = TestPortfolios.unitPlan();
        for (UnitCode issuer : UNIT_PLAN_ISSUERS) {
            PlanId id = PlanId.of("KH-" + issuer.value() + "-2021");
            plans.add(new Plan(
                    id,
                    unitPlan.program(),
                    unitPlan.parentPlan(),
                    issuer,
                    unitPlan.document(),
                    "Kế hoạch của đơn vị " + issuer.value() + " thực hiện Kế hoạch số 186/KH-UBND",
                    unitPlan.issueBy(),
                    unitPlan.sections(),
                    unitPlan.appendixSections(),
                    unitPlan.status(),
                    0));
            for (int n = 1; n <= ITEMS_PER_PLAN; n++) {
                Item item = TestPortfolios.item(n).toBuilder()
                        .id(ItemId.of(id.value() + "/" + n))
                        .plan(id)
                        .number(n)
                        .section(null)
                        .title("Nhiệm vụ " + n + " của " + issuer.value())
                        .build();
                items.add(varied(item, n + issuer.value().length(), null));
            }
        }
        return new Portfolio(
                base.id(),
                base.name(),
                base.units(),
                base.programs(),
                plans,
                items,
                base.indicators(),
                base.measurements(),
                base.reports(),
                base.adjustments());
    }

    /** Every third item a project, every other project a public-investment candidate; states vary. */
    private static Item varied(Item item, int n, Integer section) {
        Item.Builder b = item.toBuilder().section(section).status(ItemStatus.values()[n % 3]);
        if (ItemStatus.values()[n % 3] == ItemStatus.DONE) {
            b.completedOn(LocalDate.of(2021, 9, 1 + n % 28));
        }
        if (n % 3 == 0) {
            b.kind(ItemKind.PROJECT).deadline(Period.year(2022 + n % 3));
            if (n % 2 == 0) {
                b.publicInvestment(PublicInvestment.of(Vnd.of((10L + n) * 1_000_000_000L), n % 4 == 0 ? "B" : "C"));
            }
        }
        return b.build();
    }

    /**
     * The store seen by the exporter, recording every read of its items; its reviews read the
     * wrapped store (a relational store reviews with its own queries, not through the item
     * repository), so what is recorded is the workbook's own reads.
     */
    static final class CountingStore extends ForwardingPortfolioStore {
        final List<String> itemReads = new ArrayList<>();
        private final PortfolioStore wrapped;
        private final ItemRepository items;

        CountingStore(PortfolioStore wrapped) {
            super(wrapped);
            this.wrapped = wrapped;
            this.items = (ItemRepository) Proxy.newProxyInstance(
                    ItemRepository.class.getClassLoader(), new Class<?>[] {ItemRepository.class}, (p, m, args) -> {
                        if (m.getDeclaringClass() != Object.class) {
                            itemReads.add(m.getName() + (args == null ? "" : " " + describe(args)));
                        }
                        try {
                            return m.invoke(wrapped.items(), args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private static String describe(Object[] args) {
            List<String> out = new ArrayList<>();
            for (Object a : args) {
                out.add(a instanceof PlanId id ? id.value() : String.valueOf(a));
            }
            return String.join(" ", out);
        }

        @Override
        public ItemRepository items() {
            return items;
        }

        @Override
        public Optional<ReviewQueries> reviewQueries() {
            return Optional.of(new MeasurementAggregation(wrapped));
        }
    }
}
