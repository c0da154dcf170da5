package org.civicplan.appendix.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.civicplan.appendix.UnitMention;
import org.civicplan.appendix.UnitMention.Status;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.unit.UnitAliases;
import org.civicplan.core.unit.UnitResolver;
import org.junit.jupiter.api.Test;

/** Unit names as lead and coordinating cells write them, through core's resolver (illustrative names). */
class ResolverUnitsTest {
    private final ResolverUnits units = new ResolverUnits(
            new UnitResolver(
                    UnitDirectory.of(List.of(
                            OrgUnit.of("STC", "Sở Tài chính", UnitKind.DEPARTMENT),
                            OrgUnit.of("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", UnitKind.DEPARTMENT),
                            OrgUnit.of("SKHCN", "Sở Khoa học và Công nghệ", UnitKind.DEPARTMENT)
                                    .withShortName("Sở KH&CN"),
                            OrgUnit.of("P1", "Phòng Tư pháp quận 1", UnitKind.DEPARTMENT)
                                    .withShortName("Phòng Tư pháp"),
                            OrgUnit.of("P3", "Phòng Tư pháp quận 3", UnitKind.DEPARTMENT)
                                    .withShortName("Phòng Tư pháp"),
                            OrgUnit.of("UBND-BD", "Ủy ban nhân dân quận Ba Đình", UnitKind.DISTRICT),
                            OrgUnit.of("UBND-HK", "Ủy ban nhân dân quận Hoàn Kiếm", UnitKind.DISTRICT))),
                    UnitAliases.none()),
            Optional.empty());

    @Test
    void aCompressedListGivesEachMember() {
        assertThat(units.read("UBND các quận: Ba Đình, Hoàn Kiếm"))
                .extracting(UnitMention::status, UnitMention::units)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Status.RESOLVED, List.of(UnitCode.of("UBND-BD"))),
                        org.assertj.core.groups.Tuple.tuple(Status.RESOLVED, List.of(UnitCode.of("UBND-HK"))));
    }

    @Test
    void abbreviationsAreReadAsTheResolverReadsThem() {
        assertThat(units.read("Sở KH-CN"))
                .extracting(UnitMention::units)
                .containsExactly(List.of(UnitCode.of("SKHCN")));
    }

    @Test
    void commasInsideAUnitsNameAreKept() {
        assertThat(units.read("Sở Văn hóa, Thể thao và Du lịch, Sở Tài chính"))
                .extracting(UnitMention::written, UnitMention::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sở Văn hóa, Thể thao và Du lịch", Status.RESOLVED),
                        org.assertj.core.groups.Tuple.tuple("Sở Tài chính", Status.RESOLVED));
    }

    @Test
    void namesMatchWithoutDiacriticsCaseOrSpacingAndByShortNameOrCode() {
        assertThat(units.read("so tai chinh; Sở KH&CN\n- SVHTTDL."))
                .extracting(UnitMention::units)
                .containsExactly(
                        List.of(UnitCode.of("STC")), List.of(UnitCode.of("SKHCN")), List.of(UnitCode.of("SVHTTDL")));
    }

    @Test
    void groupsAreCollectiveAndTakeTheRestOfTheirPart() {
        assertThat(units.read("Sở Tài chính, các sở, ban, ngành liên quan; UBND các quận, huyện"))
                .extracting(UnitMention::written, UnitMention::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sở Tài chính", Status.RESOLVED),
                        org.assertj.core.groups.Tuple.tuple("các sở, ban, ngành liên quan", Status.COLLECTIVE),
                        org.assertj.core.groups.Tuple.tuple("UBND các quận, huyện", Status.COLLECTIVE));
        assertThat(units.read("Sở, ngành liên quan"))
                .containsExactly(new UnitMention("Sở, ngành liên quan", Status.COLLECTIVE, List.of()));
        assertThat(units.read("Sở Ngoại vụ, các đơn vị liên quan"))
                .extracting(UnitMention::status)
                .containsExactly(Status.UNKNOWN, Status.COLLECTIVE);
    }

    @Test
    void aSharedNameIsAmbiguousAndAnUnknownNameUnknown() {
        List<UnitMention> read = units.read("Phòng Tư pháp, Sở Ngoại vụ");
        assertThat(read.get(0).status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(read.get(0).units()).containsExactlyInAnyOrder(UnitCode.of("P1"), UnitCode.of("P3"));
        assertThat(read.get(1)).isEqualTo(new UnitMention("Sở Ngoại vụ", Status.UNKNOWN, List.of()));
        assertThat(units.read(" ; \n")).isEmpty();
    }
}
