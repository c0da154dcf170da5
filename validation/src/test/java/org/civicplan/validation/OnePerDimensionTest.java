package org.civicplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.Resources;
import org.junit.jupiter.api.Test;

/** Eight items, each failing exactly one dimension: the report names exactly those eight gaps. */
class OnePerDimensionTest {
    @Test
    void eachItemFailsExactlyItsDimension() {
        Assignment base = Fixtures.assignment();
        List<Item> items = new ArrayList<>(Fixtures.items(9));
        // 2: person — no responsible official
        items.set(
                1,
                items.get(1).toBuilder()
                        .assignment(new Assignment(
                                base.leadUnits(),
                                base.coordinatingUnits(),
                                Optional.empty(),
                                base.reportingUnit(),
                                base.leadRationale(),
                                base.resources()))
                        .build());
        // 3: task — a title that says nothing of its own, and content that only repeats it
        items.set(
                2,
                items.get(2).toBuilder()
                        .title("Tổ chức triển khai thực hiện")
                        .content("Tổ chức triển khai thực hiện")
                        .build());
        // 4: time — no deadline
        items.set(3, items.get(3).toBuilder().deadline(null).build());
        // 5: responsibility — a district leads a city-wide scheme without a reason
        items.set(
                4,
                items.get(4).toBuilder()
                        .assignment(new Assignment(
                                List.of(Fixtures.QBD),
                                base.coordinatingUnits(),
                                base.responsible(),
                                Optional.of(Fixtures.QBD),
                                Optional.empty(),
                                base.resources()))
                        .build());
        // 6: product — no description
        items.set(
                5,
                items.get(5).toBuilder()
                        .product(new Product(
                                Optional.of(ProductKind.SCHEME_DOCUMENT), Optional.of("  "), Optional.empty()))
                        .build());
        // 7: authority — a scheme approved by a department
        items.set(
                6,
                items.get(6).toBuilder()
                        .approvalLevel(org.civicplan.core.model.ApprovalLevel.DEPARTMENT)
                        .build());
        // 8: resources — nothing said
        items.set(
                7,
                items.get(7).toBuilder()
                        .assignment(new Assignment(
                                base.leadUnits(),
                                base.coordinatingUnits(),
                                base.responsible(),
                                base.reportingUnit(),
                                base.leadRationale(),
                                Resources.NONE))
                        .build());
        // 9: measurable — no indicator, no quantity
        items.set(8, items.get(8).toBuilder().indicators(List.of()).build());

        ClarityReport report = ClarityCheck.create().check(Fixtures.portfolio(items));

        assertThat(report.findings())
                .extracting(f -> f.subject().number().orElseThrow(), Finding::dimension, Finding::code, Finding::path)
                .containsExactly(
                        tuple(2, Dimension.PERSON, "person.responsible.missing", "items[2].assignment.responsible"),
                        tuple(3, Dimension.TASK, "task.content.missing", "items[3].content"),
                        tuple(4, Dimension.TIME, "time.deadline.missing", "items[4].deadline"),
                        tuple(
                                5,
                                Dimension.RESPONSIBILITY,
                                "responsibility.lead.scope",
                                "items[5].assignment.leadUnits[0]"),
                        tuple(6, Dimension.PRODUCT, "product.description.missing", "items[6].product.description"),
                        tuple(7, Dimension.AUTHORITY, "authority.level.mismatch", "items[7].approvalLevel"),
                        tuple(8, Dimension.RESOURCES, "resources.missing", "items[8].assignment.resources"),
                        tuple(9, Dimension.MEASURABLE, "measurable.missing", "items[9].indicators"));

        assertThat(report.status(ItemId.of("KH-UBND-2021/1"), Dimension.PERSON)).isEqualTo(Status.PASS);
        for (int n = 2; n <= 9; n++) {
            ClarityReport.ItemStatus status = report.items().get(n - 1);
            Dimension failing = Dimension.values()[n - 2];
            assertThat(status.status()).as("item %d", n).containsEntry(failing, Status.FAIL);
            assertThat(status.status().values().stream().filter(s -> s != Status.PASS))
                    .as("item %d", n)
                    .hasSize(1);
        }
        ClarityReport.Summary summary = report.summary();
        assertThat(summary.errors()).isEqualTo(8);
        assertThat(summary.warnings()).isZero();
        assertThat(summary.itemsWithoutErrors()).isEqualTo(1);
        assertThat(summary.failingItems()).containsEntry(Dimension.PERSON, 1).containsEntry(Dimension.STRUCTURE, 0);

        // person, task, time, product and resources are required for submission; the rest for issuing
        assertThat(report.readyFor(Stage.DRAFT)).isTrue();
        assertThat(report.readyFor(Stage.SUBMISSION)).isFalse();
        assertThat(report.blocking(Stage.SUBMISSION))
                .extracting(Finding::dimension)
                .containsExactly(
                        Dimension.PERSON, Dimension.TASK, Dimension.TIME, Dimension.PRODUCT, Dimension.RESOURCES);
        assertThat(report.blocking(Stage.ISSUE)).hasSize(8);

        assertThat(report.findings().get(0).message(Lang.VI))
                .isEqualTo("Chưa có người chịu trách nhiệm: ghi rõ họ tên hoặc chức vụ (ví dụ Giám đốc Sở)");
        assertThat(report.findings().get(0).message(Lang.EN))
                .isEqualTo("No responsible official: name the official or the post (e.g. Director of the Department)");
        assertThat(report.findings().get(3).message(Lang.VI))
                .isEqualTo(
                        "Đơn vị \"UBND quận Ba Đình\" (Quận, huyện, thị xã) chủ trì nhiệm vụ phạm vi toàn Thành phố mà không"
                                + " nêu lý do: giao đơn vị cấp Thành phố chủ trì hoặc nêu rõ lý do");
        assertThat(report.findings().get(5).message(Lang.EN))
                .isEqualTo(
                        "A Scheme item is not approved by \"Department\"; acceptable: Party Committee or its Standing"
                                + " Board; City People's Council; City People's Committee; Chair of the City People's Committee");
    }
}
