package org.civicplan.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class UnitDirectoryTest {
    private final UnitDirectory directory = UnitDirectory.of(TestPortfolios.units());

    @Test
    void findsChildrenAndAncestors() {
        assertThat(directory.size()).isEqualTo(6);
        assertThat(directory.contains(TestPortfolios.SKHCN)).isTrue();
        assertThat(directory.contains(UnitCode.of("NONE"))).isFalse();
        assertThat(directory.children(TestPortfolios.UBND))
                .extracting(OrgUnit::code)
                .containsExactly(TestPortfolios.SKHCN, TestPortfolios.STC, TestPortfolios.STTTT, TestPortfolios.QCG);
        assertThat(directory.ancestors(TestPortfolios.QCG))
                .extracting(OrgUnit::code)
                .containsExactly(TestPortfolios.UBND);
        assertThat(directory.roots()).extracting(OrgUnit::code).containsExactly(TestPortfolios.TU, TestPortfolios.UBND);
        assertThat(directory.nameOf(TestPortfolios.SKHCN)).isEqualTo("Sở KH&CN");
        assertThat(directory.nameOf(UnitCode.of("NONE"))).isEqualTo("NONE");
    }

    @Test
    void sortsByVietnameseCollation() {
        UnitDirectory units = UnitDirectory.of(List.of(
                OrgUnit.of("D", "Đông Anh", UnitKind.DISTRICT),
                OrgUnit.of("B", "Ba Vì", UnitKind.DISTRICT),
                OrgUnit.of("E", "Ê Đê", UnitKind.DISTRICT),
                OrgUnit.of("C", "Cầu Giấy", UnitKind.DISTRICT),
                OrgUnit.of("DA", "Dan Phượng", UnitKind.DISTRICT),
                OrgUnit.of("Z", "Ứng Hòa", UnitKind.DISTRICT),
                OrgUnit.of("U", "Uông Bí", UnitKind.DISTRICT)));
        // Vietnamese order: D before Đ, E before Ê, U before Ư
        assertThat(units.sorted())
                .extracting(OrgUnit::name)
                .containsExactly("Ba Vì", "Cầu Giấy", "Dan Phượng", "Đông Anh", "Ê Đê", "Uông Bí", "Ứng Hòa");
    }

    @Test
    void rootsAndChildrenAreInTheOrderSortingEachWouldGive() {
        // the directory sorts all units once and takes the roots and each unit's children from that
        // order; sorting each list on its own, as it did, gives the same lists (equal names too)
        String[] words = {
            "Sở", "So", "Số", "Ban", "Bản", "Đông", "Dong", "Ủy ban", "Uỷ ban", "Hà Nội", "Ha Noi", "Ê", "E"
        };
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 40; round++) {
            List<OrgUnit> list = new java.util.ArrayList<>();
            int size = 1 + random.nextInt(60);
            for (int i = 0; i < size; i++) {
                String name = words[random.nextInt(words.length)]
                        + (random.nextBoolean() ? "" : " " + words[random.nextInt(words.length)]);
                OrgUnit unit = OrgUnit.of("U" + i, name, UnitKind.DEPARTMENT);
                list.add(i > 0 && random.nextInt(3) > 0 ? unit.withParent(UnitCode.of("U" + random.nextInt(i))) : unit);
            }
            UnitDirectory d = UnitDirectory.of(list);
            java.util.Comparator<OrgUnit> byName = org.civicplan.core.text.VietnameseText.byName(OrgUnit::name);
            List<OrgUnit> all = new java.util.ArrayList<>(list);
            all.sort(byName);
            assertThat(d.sorted()).containsExactlyElementsOf(all);
            List<OrgUnit> roots = new java.util.ArrayList<>(
                    list.stream().filter(u -> u.parent().isEmpty()).toList());
            roots.sort(byName);
            assertThat(d.roots()).containsExactlyElementsOf(roots);
            for (OrgUnit parent : list) {
                List<OrgUnit> children = new java.util.ArrayList<>(list.stream()
                        .filter(u -> u.parent().equals(java.util.Optional.of(parent.code())))
                        .toList());
                children.sort(byName);
                assertThat(d.children(parent.code())).containsExactlyElementsOf(children);
            }
            // callers may change the list they get
            d.sorted().clear();
            assertThat(d.sorted()).hasSize(size);
        }
    }

    @Test
    void refusesBrokenTrees() {
        assertThatThrownBy(() -> UnitDirectory.of(
                        List.of(OrgUnit.of("A", "A", UnitKind.DEPARTMENT), OrgUnit.of("A", "B", UnitKind.DEPARTMENT))))
                .isInstanceOf(org.civicplan.core.InvalidInputException.class)
                .hasMessageContaining("duplicate unit code \"A\"");
        assertThatThrownBy(() -> UnitDirectory.of(
                        List.of(OrgUnit.of("A", "A", UnitKind.DEPARTMENT).withParent(UnitCode.of("X")))))
                .hasMessageContaining("unknown parent \"X\"");
        assertThatThrownBy(() -> UnitDirectory.of(List.of(
                        OrgUnit.of("A", "A", UnitKind.DEPARTMENT).withParent(UnitCode.of("B")),
                        OrgUnit.of("B", "B", UnitKind.DEPARTMENT).withParent(UnitCode.of("A")))))
                .hasMessageContaining("parent cycle");
    }
}
