package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.AccessDeniedException;
import org.civicplan.core.CivicTime;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.period.Period;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.service.StandardAccessPolicy;
import org.civicplan.core.spi.Action;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.export.xlsx.XlsxExporter;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing an appendix into a plan through the plan service: a dry run writes nothing; into a
 * draft, matched items (by STT, then task) are updated and new rows registered; into an issued
 * plan, changes become adjustment proposals; any error or refusal leaves the store as it was.
 * The changed appendix is illustrative, built on the test portfolio's plan.
 */
class AppendixImportTest {
    private static final Actor UBND = new Actor(TestPortfolios.UBND, "can-bo-ubnd");
    private static final Actor SKHCN = new Actor(TestPortfolios.SKHCN, "can-bo-skhcn");
    private static final ItemId FIRST = ItemId.of("KH-186/1");

    private final InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
    private final PlanService service = PlanService.of(store);

    @TempDir
    Path dir;

    /** Item 1's deadline moved, item 3 as it is, item 4 by its task under "-", a new item 5; item 2 left out. */
    private Path changed(boolean withNewRow) throws IOException {
        Path file = dir.resolve(withNewRow ? "phu-luc-moi.xlsx" : "phu-luc-sua.xlsx");
        try (XlsxFixture x = new XlsxFixture(file).sheet("Phụ lục")) {
            x.row(0, "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành");
            x.row(1, "I. Hoàn thiện cơ chế, chính sách");
            x.row(2, "1", "Xây dựng Đề án số 1 về đổi mới sáng tạo", "Sở KH&CN", "Quý II/2022");
            x.row(3, "3", "Tổ chức Techfest Hà Nội hằng năm", "UBND quận Cầu Giấy", "Hằng năm");
            x.row(4, "-", "Ban hành quy chế quản lý nhiệm vụ khoa học và công nghệ", "Sở KH&CN", "Trước 26/7/2021");
            if (withNewRow) {
                x.row(
                        5,
                        "5",
                        "Xây dựng cơ sở dữ liệu chuyên gia khoa học và công nghệ",
                        "Sở Khoa học và Công nghệ",
                        "Năm 2022");
            }
        }
        return file;
    }

    @Test
    void theOwnExportImportsBackUnchanged() throws IOException {
        Path file = dir.resolve("appendix.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxExporter()
                    .export(
                            new ExportRequest(
                                    store,
                                    Optional.of(TestPortfolios.PLAN),
                                    Lang.VI,
                                    LocalDate.of(2021, 7, 20),
                                    Optional.empty()),
                            out);
        }
        ImportSummary summary =
                new AppendixImport(service).dryRun(file, new ImportTarget.Existing(TestPortfolios.PLAN), UBND);
        assertThat(summary.read()).isEqualTo(4);
        assertThat(summary.unchanged()).isEqualTo(4);
        assertThat(summary.changed()).isZero();
        assertThat(summary.created()).isZero();
        assertThat(summary.clean()).isTrue();
    }

    @Test
    void aDryRunSaysWhatWouldChangeAndWritesNothing() throws IOException {
        List<Item> before = store.items().byPlan(TestPortfolios.PLAN);
        ImportSummary summary =
                new AppendixImport(service).dryRun(changed(true), new ImportTarget.Existing(TestPortfolios.PLAN), UBND);
        assertThat(summary.read()).isEqualTo(4);
        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.changed()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(2);
        assertThat(summary.notInAppendix()).isEqualTo(1);
        assertThat(summary.reading().units().resolved()).isEqualTo(4);
        assertThat(summary.reading().deadlines().read()).isEqualTo(4);
        ItemChange first = summary.changes().get(0);
        assertThat(first.item()).isEqualTo(FIRST);
        assertThat(first.matchedBy()).contains("STT");
        assertThat(first.fields()).containsExactly("thời hạn / deadline");
        assertThat(summary.changes().get(2).matchedBy()).contains("tên / title");
        assertThat(summary.changes().get(2).item()).isEqualTo(ItemId.of("KH-186/4"));
        assertThat(summary.written()).isFalse();
        assertThat(String.join("\n", summary.lines(Lang.VI)))
                .contains("Nhiệm vụ: 4 đọc được, 1 mới, 1 thay đổi, 2 không đổi")
                .contains("[cập nhật] KH-186/1 (STT 1, khớp theo STT): thời hạn / deadline")
                .contains("Chạy thử: không ghi gì.");
        assertThat(store.items().byPlan(TestPortfolios.PLAN)).isEqualTo(before);
    }

    @Test
    void intoADraftMatchedItemsAreUpdatedAndNewRowsRegisteredAudited() throws IOException {
        ImportSummary summary =
                new AppendixImport(service).run(changed(true), new ImportTarget.Existing(TestPortfolios.PLAN), UBND);
        assertThat(summary.written()).isTrue();
        Item first = store.items().get(FIRST);
        assertThat(first.deadline()).contains(Period.quarter(2022, 2));
        assertThat(first.content()).isEqualTo(TestPortfolios.item(1).content()); // not shown, kept
        Item fresh = store.items().get(ItemId.of("KH-186/5"));
        assertThat(fresh.number()).isEqualTo(5);
        assertThat(fresh.assignment().leadUnits()).containsExactly(TestPortfolios.SKHCN);
        assertThat(fresh.section()).contains(1);
        assertThat(fresh.deadline()).contains(Period.year(2022));
        assertThat(store.items().byPlan(TestPortfolios.PLAN)).hasSize(5); // item 2 kept
        assertThat(service.auditTrail("item", FIRST.value()))
                .extracting(e -> e.action())
                .contains("update-item");
        assertThat(service.auditTrail("item", "KH-186/5"))
                .extracting(e -> e.action())
                .contains("register-item");
    }

    @Test
    void intoAnIssuedPlanChangesBecomeAdjustmentProposalsAndNewRowsAreRefused() throws IOException {
        Plan plan = store.plans().get(TestPortfolios.PLAN);
        store.plans().update(plan.withStatus(PlanStatus.ISSUED).withDocument(DocumentRef.parse("186/KH-UBND")));
        AppendixImport importer = new AppendixImport(service);
        List<org.civicplan.core.model.Adjustment> earlier = store.adjustments().byItem(FIRST); // the portfolio's own

        ImportSummary refused = importer.run(changed(true), new ImportTarget.Existing(TestPortfolios.PLAN), SKHCN);
        assertThat(refused.written()).isFalse();
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.text(Lang.VI)).startsWith("phu-luc-moi.xlsx!'Phụ lục'!6:6: kế hoạch KH-186 đã ban hành");
        });
        assertThat(store.adjustments().byItem(FIRST)).isEqualTo(earlier);

        ImportSummary proposed = importer.run(changed(false), new ImportTarget.Existing(TestPortfolios.PLAN), SKHCN);
        assertThat(proposed.written()).isTrue();
        assertThat(proposed.issued()).isTrue();
        assertThat(store.adjustments().byItem(FIRST))
                .filteredOn(a -> !earlier.contains(a))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo(AdjustmentStatus.PROPOSED);
                    assertThat(a.proposed().deadline()).contains(Period.quarter(2022, 2));
                    assertThat(a.reason()).contains("phu-luc-sua.xlsx").contains("thời hạn");
                    assertThat(a.proposedBy()).isEqualTo(TestPortfolios.SKHCN);
                });
        assertThat(store.items().get(FIRST).deadline()).contains(Period.quarter(2021, 4)); // not edited
    }

    @Test
    void aRefusalHalfWayLeavesTheStoreAsItWas() throws IOException {
        StandardAccessPolicy standard = new StandardAccessPolicy();
        PlanService noRegistering = new PlanService(
                store,
                (actor, action, target) -> {
                    if (action == Action.REGISTER_ITEM) {
                        throw new AccessDeniedException(Message.of("không được đăng ký", "may not register"));
                    }
                    standard.check(actor, action, target);
                },
                CivicTime.systemClock());
        Path file = changed(true);
        assertThatThrownBy(() -> new AppendixImport(noRegistering)
                        .run(file, new ImportTarget.Existing(TestPortfolios.PLAN), UBND))
                .isInstanceOf(AccessDeniedException.class);
        // the update of item 1 came first and was rolled back with the refused registration
        assertThat(store.items().get(FIRST).deadline()).contains(Period.quarter(2021, 4));
        assertThat(store.items().byPlan(TestPortfolios.PLAN)).hasSize(4);
        assertThat(service.auditTrail("item", FIRST.value())).isEmpty();
    }

    @Test
    void aNewDraftPlanIsCreatedWithTheItemsAndSections() throws IOException {
        PlanId id = PlanId.of("KH-200");
        DocumentRef number = DocumentRef.read("200/KH-UBND").ref().withDate(LocalDate.of(2022, 3, 1));
        ImportSummary summary = new AppendixImport(service)
                .run(
                        changed(true),
                        new ImportTarget.NewDraft(id, TestPortfolios.PROGRAM, number, Optional.empty()),
                        UBND);
        assertThat(summary.planCreated()).isTrue();
        assertThat(summary.created()).isEqualTo(4);
        Plan plan = store.plans().get(id);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.issuer()).isEqualTo(TestPortfolios.UBND);
        assertThat(plan.document()).contains(number);
        assertThat(plan.appendixSections()).containsExactly("Hoàn thiện cơ chế, chính sách");
        assertThat(store.items().byPlan(id)).extracting(Item::number).containsExactlyInAnyOrder(1, 3, 4, 5);
        assertThat(store.items().get(ItemId.of("KH-200/4")).title())
                .isEqualTo("Ban hành quy chế quản lý nhiệm vụ khoa học và công nghệ");
    }

    @Test
    void theOfficialsDeadlineWordsAreKeptBesideThePeriod() throws IOException {
        Path file = dir.resolve("phu-luc-loi-van.xlsx");
        try (XlsxFixture x = new XlsxFixture(file).sheet("Phụ lục")) {
            x.row(0, "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành");
            // the deadline phrase is P071 of core's period corpus, as a plan wrote it (SOURCES S46)
            x.row(1, "1", "Xây dựng Đề án số 1 về đổi mới sáng tạo", "Sở KH&CN", "hoàn thành trước ngày 10/12/2023");
        }

        ImportSummary summary =
                new AppendixImport(service).run(file, new ImportTarget.Existing(TestPortfolios.PLAN), UBND);

        assertThat(summary.changed()).isEqualTo(1);
        Item first = store.items().get(FIRST);
        assertThat(first.deadline()).contains(new Period.Before(LocalDate.of(2023, 12, 10)));
        assertThat(first.deadlineAsWritten())
                .hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("hoàn thành trước ngày 10/12/2023"));
        assertThat(first.deadlineText(Lang.VI)).contains("hoàn thành trước ngày 10/12/2023");
    }
}
