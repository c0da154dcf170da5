package org.civicplan.appendix.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicplan.appendix.UnitMention;
import org.civicplan.appendix.UnitMention.Status;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.model.UnitKind;
import org.junit.jupiter.api.Test;

/** Unit names as lead and coordinating cells write them (illustrative names). */
class DirectoryUnitsTest {
    private final DirectoryUnits units = new DirectoryUnits(UnitDirectory.of(List.of(
            OrgUnit.of("STC", "Sở Tài chính", UnitKind.DEPARTMENT),
            OrgUnit.of("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", UnitKind.DEPARTMENT),
            OrgUnit.of("SKHCN", "Sở Khoa học và Công nghệ", UnitKind.DEPARTMENT).withShortName("Sở KH&CN"),
            OrgUnit.of("P1", "Phòng Tư pháp quận 1", UnitKind.DEPARTMENT).withShortName("Phòng Tư pháp"),
            OrgUnit.of("P3", "Phòng Tư pháp quận 3", UnitKind.DEPARTMENT).withShortName("Phòng Tư pháp"))));

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
        assertThat(units.read("so tai chinh; SỞ KH & CN\n- SVHTTDL."))
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
