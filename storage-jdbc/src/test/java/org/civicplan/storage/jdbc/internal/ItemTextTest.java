package org.civicplan.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class ItemTextTest {
    @Test
    void everySampleItemRoundTrips() {
        for (Item item : TestPortfolios.items()) {
            assertThat(ItemText.read(ItemText.write(item))).isEqualTo(item);
        }
    }

    @Test
    void everyOptionalPartAndAwkwardTextRoundTrips() {
        String awkward = "a=b \\n không phải xuống dòng \\ \r\n thật sự\n=== 𝔘 “ngoặc”";
        Item item = TestPortfolios.item(2).toBuilder()
                .content(awkward)
                .product(new Product(Optional.empty(), Optional.of("x=y"), Optional.of(0)))
                .publicInvestment(new PublicInvestment(
                        new Vnd(new java.math.BigInteger("123456789012345678")),
                        Optional.empty(),
                        Optional.of("ghi chú")))
                .prerequisite(ItemId.of("KH-186/1"))
                .completedOn(LocalDate.of(2022, 2, 28))
                .assignment(new Assignment(
                        List.of(UnitCode.of("A"), UnitCode.of("B")),
                        List.of(),
                        Optional.of(new Official(Optional.empty(), Optional.empty(), Optional.empty())),
                        Optional.of(UnitCode.of("C")),
                        Optional.of("vì | lý do"),
                        new Resources(
                                List.of(new FundingLine(FundingSource.ODA, 2024, Vnd.of(5))),
                                true,
                                Optional.of(12),
                                Optional.of("nhân lực"))))
                .revision(3)
                .version(17)
                .build();
        assertThat(ItemText.read(ItemText.write(item))).isEqualTo(item);
        assertThat(ItemText.write(item)).doesNotContain("\r").contains("content=a=b \\\\n");
    }

    @Test
    void foreignTextIsRefused() {
        assertThatThrownBy(() -> ItemText.read("{\"id\":1}"))
                .isInstanceOf(UnableToStoreException.class)
                .hasMessageContaining("civicplan-item 1");
    }
}
