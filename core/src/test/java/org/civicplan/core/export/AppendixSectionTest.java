package org.civicplan.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class AppendixSectionTest {
    private static final Plan TWO_SECTIONS = TestPortfolios.plan();

    private static Item item(int number, Integer section) {
        return TestPortfolios.item(number).toBuilder().section(section).build();
    }

    private static List<Integer> numbers(AppendixSection section) {
        return section.items().stream().map(Item::number).toList();
    }

    @Test
    void sectionsInOrderWithRomanNumeralsEvenWhenEmpty() {
        List<AppendixSection> sections =
                AppendixSection.of(TWO_SECTIONS, List.of(item(1, 1), item(2, 1), item(3, 1)), Lang.VI);
        assertThat(sections)
                .extracting(AppendixSection::numeral, AppendixSection::heading, AppendixSection::headed)
                .containsExactly(
                        tuple("I", "Hoàn thiện cơ chế, chính sách", true),
                        tuple("II", "Phát triển hạ tầng đổi mới sáng tạo", true));
        assertThat(numbers(sections.get(0))).containsExactly(1, 2, 3);
        assertThat(sections.get(1).items()).isEmpty();
    }

    @Test
    void itemsOfNoSectionOrAnUnknownOneComeLastUnderOtherTasksInThePlansOrder() {
        List<Item> items = List.of(item(1, 2), item(2, null), item(3, 1), item(4, 7), item(5, 2));
        List<AppendixSection> vi = AppendixSection.of(TWO_SECTIONS, items, Lang.VI);
        assertThat(vi).hasSize(3);
        assertThat(numbers(vi.get(0))).containsExactly(3);
        assertThat(numbers(vi.get(1))).containsExactly(1, 5);
        assertThat(vi.get(2).numeral()).isEqualTo("III");
        assertThat(vi.get(2).heading()).isEqualTo("Nhiệm vụ khác");
        assertThat(numbers(vi.get(2))).containsExactly(2, 4);
        assertThat(AppendixSection.of(TWO_SECTIONS, items, Lang.EN).get(2).heading())
                .isEqualTo("Other tasks");
    }

    @Test
    void aPlanWithoutSectionsHasOneSectionWithoutHeadingAndNoItemsNoSection() {
        Plan none = TestPortfolios.unitPlan();
        List<AppendixSection> sections = AppendixSection.of(none, List.of(item(1, 1), item(2, null)), Lang.VI);
        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).headed()).isFalse();
        assertThat(numbers(sections.get(0))).containsExactly(1, 2);
        assertThat(AppendixSection.of(none, List.of(), Lang.VI)).isEmpty();
    }

    @Test
    void attachedToNamesThePlansDocumentElseItsTitle() {
        assertThat(AppendixSection.attachedTo(TWO_SECTIONS, Lang.VI))
                .isEqualTo("(Kèm theo Kế hoạch thực hiện Chương trình số 07-CTr/TU)");
        Plan issued = TWO_SECTIONS.withDocument(DocumentRef.parse("186/KH-UBND").withDate(LocalDate.of(2021, 7, 26)));
        assertThat(AppendixSection.attachedTo(issued, Lang.VI))
                .isEqualTo("(Kèm theo Kế hoạch số 186/KH-UBND ngày 26/07/2021)");
        assertThat(AppendixSection.attachedTo(issued, Lang.EN))
                .isEqualTo("(Attached to Plan No. 186/KH-UBND of 26/07/2021)");
    }
}
