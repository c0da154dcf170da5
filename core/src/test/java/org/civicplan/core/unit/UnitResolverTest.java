package org.civicplan.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.model.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link UnitResolver} on the test directory and on small directories built here. */
class UnitResolverTest {
    private static final UnitResolver R = TestUnitDirectory.RESOLVER;
    private static final UnitCode HN = UnitCode.of("HN");

    private static UnitResolution in(String text, String context) {
        return R.resolve(text, UnitCode.of(context)).resolution();
    }

    private static UnitResolution.Resolved one(String code) {
        return new UnitResolution.Resolved(UnitCode.of(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sở KH&CN", "Sở KHCN", "Sở KH-CN", "Sở Khoa học và Công nghệ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"})
    void scienceDepartmentAbbreviations(String text) {
        assertThat(in(text, "HN")).isEqualTo(one("HN-SKHCN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sở KH&ĐT", "Sở KH-ĐT", "Sở KHĐT", "Sở Kế hoạch và Đầu tư", "sở kế hoạch và đầu tư"})
    void planningDepartmentAbbreviations(String text) {
        assertThat(in(text, "HN")).isEqualTo(one("HN-SKHDT"));
    }

    @Test
    void oldAndNewToneMarksAreOne() {
        assertThat(in("Uỷ ban nhân dân quận Ba Đình", "HN")).isEqualTo(one("HN-BADINH"));
        assertThat(in("Ủy ban nhân dân quận Ba Đình", "HN")).isEqualTo(one("HN-BADINH"));
        assertThat(in("Bộ Văn hoá, Thể thao và Du lịch", "CP")).isEqualTo(one("BVHTTDL"));
        UnitResolver health = new UnitResolver(
                UnitDirectory.of(List.of(
                        OrgUnit.of("VSKNN", "Viện Sức khỏe nghề nghiệp và môi trường", UnitKind.INSTITUTE),
                        OrgUnit.of("CDTNĐ", "Cục Đường thủy nội địa Việt Nam", UnitKind.CENTRAL_DEPARTMENT))),
                UnitAliases.none());
        assertThat(health.resolve("Viện Sức khoẻ nghề nghiệp và môi trường").resolution())
                .isEqualTo(one("VSKNN"));
        assertThat(health.resolve("Cục Đường thuỷ nội địa Việt Nam").resolution())
                .isEqualTo(one("CDTNĐ"));
    }

    @Test
    void peoplesCommitteeAndCityAbbreviations() {
        assertThat(R.resolve("UBND TP Hà Nội").resolution()).isEqualTo(one("HN"));
        assertThat(R.resolve("Ủy ban nhân dân Thành phố Hà Nội").resolution()).isEqualTo(one("HN"));
        assertThat(in("UBND Thành phố", "HN-SKHDT")).isEqualTo(one("HN"));
        assertThat(R.resolve("HN-SKHDT").resolution()).isEqualTo(one("HN-SKHDT"));
    }

    @Test
    void compressedListsSplitIntoTheirUnits() {
        assertThat(in("các Sở: Tài chính, Nội vụ, Kế hoạch và Đầu tư", "HN"))
                .isEqualTo(new UnitResolution.Several(List.of(one("HN-STC"), one("HN-SNV"), one("HN-SKHDT"))));
        assertThat(in("UBND các quận: Ba Đình, Tây Hồ", "HN"))
                .isEqualTo(new UnitResolution.Several(List.of(one("HN-BADINH"), one("HN-TAYHO"))));
    }

    @Test
    void collectivesAreNoOneUnitButExpandThroughKinds() {
        UnitResolution departments = in("các sở, ban, ngành", "HN");
        assertThat(departments).isInstanceOf(UnitResolution.Collective.class);
        UnitResolution.Collective c = (UnitResolution.Collective) departments;
        assertThat(c.kinds()).containsExactly(UnitKind.DEPARTMENT);
        List<OrgUnit> hanoi = c.expand(R, HN);
        assertThat(hanoi).hasSizeGreaterThan(15).allMatch(u -> u.kind() == UnitKind.DEPARTMENT);
        assertThat(hanoi).allMatch(u -> R.provinceOf(u.code()).equals(R.provinceOf(HN)));
        assertThat(hanoi)
                .extracting(OrgUnit::code)
                .contains(UnitCode.of("HN-STC"))
                .doesNotContain(UnitCode.of("HCM-STC"));

        assertThat(in("các đơn vị liên quan", "HN")).isEqualTo(new UnitResolution.Collective(java.util.Set.of(), true));
        assertThat(in("UBND các quận, huyện, thị xã", "HN"))
                .isEqualTo(new UnitResolution.Collective(java.util.Set.of(UnitKind.DISTRICT), false));
        UnitResolution.Collective ministries = (UnitResolution.Collective) in("các bộ, cơ quan ngang bộ", "CP");
        assertThat(ministries.kinds()).containsExactly(UnitKind.MINISTRY);
        assertThat(ministries.expand(R, UnitCode.of("CP")))
                .extracting(OrgUnit::code)
                .contains(UnitCode.of("BTC"), UnitCode.of("UBDT"))
                .doesNotContain(UnitCode.of("HN-STC"));
    }

    @Test
    void aBarePlaceNameIsNeverResolvedAlone() {
        // "Hoàn Kiếm" alone may be the district's or the ward's committee, or another body of the place
        assertThat(in("Hoàn Kiếm", "HN"))
                .isEqualTo(new UnitResolution.Ambiguous(
                        List.of(UnitCode.of("HN-HOANKIEM"), UnitCode.of("HN-P-HOANKIEM"))));
        assertThat(in("ba đình", "HN"))
                .isEqualTo(new UnitResolution.Ambiguous(List.of(UnitCode.of("HN-BADINH"), UnitCode.of("HN-P-BADINH"))));
        // one local unit of that name is still only a candidate
        assertThat(in("Tây Hồ", "HN")).isEqualTo(new UnitResolution.Ambiguous(List.of(UnitCode.of("HN-TAYHO"))));
        // in another province's document the name is no unit of its own
        assertThat(in("Hoàn Kiếm", "HCM")).isEqualTo(new UnitResolution.Unknown());
    }

    @Test
    void aListHeadDecidesWhatBarePlaceNamesAre() {
        assertThat(in("UBND các quận: Ba Đình, Tây Hồ", "HN"))
                .isEqualTo(new UnitResolution.Several(List.of(one("HN-BADINH"), one("HN-TAYHO"))));
        assertThat(in("các phường Hoàn Kiếm, Ba Đình", "HN"))
                .isEqualTo(new UnitResolution.Several(List.of(one("HN-P-HOANKIEM"), one("HN-P-BADINH"))));
        assertThat(in("UBND các quận Hoàn Kiếm", "HN")).isEqualTo(one("HN-HOANKIEM"));
        assertThat(in("quận Hoàn Kiếm", "HN")).isEqualTo(one("HN-HOANKIEM"));
    }

    @Test
    void ambiguityIsReportedWithTheCandidates() {
        assertThat(R.resolve("Sở Tài chính").resolution())
                .isEqualTo(new UnitResolution.Ambiguous(
                        List.of(UnitCode.of("HCM-STC"), UnitCode.of("HN-STC"), UnitCode.of("QNAM-STC"))));
        assertThat(R.resolve("Thành ủy").resolution())
                .isEqualTo(new UnitResolution.Ambiguous(List.of(UnitCode.of("HCM-TU"), UnitCode.of("HN-TU"))));
        // another province's unit is never taken for the context's own
        assertThat(in("Ban Thường vụ Thành ủy", "HCM")).isEqualTo(new UnitResolution.Unknown());
    }

    @Test
    void theTextAsWrittenIsKept() {
        UnitReading reading = R.resolve("  Sở   KH&ĐT ", HN);
        assertThat(reading.text()).isEqualTo("  Sở   KH&ĐT ");
        assertThat(reading.resolution()).isEqualTo(one("HN-SKHDT"));
    }

    @Test
    void aNameNoUnitAnswersToIsUnknownNotAnError() {
        assertThat(R.resolve("Sở Du hành vũ trụ", HN).resolution()).isEqualTo(new UnitResolution.Unknown());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "   ", "12345", "/-,:;"})
    void refusesTextThatCannotBeAName(String text) {
        assertThatThrownBy(() -> R.resolve(text))
                .isInstanceOf(CivicPlanException.class)
                .isExactlyInstanceOf(InvalidUnitNameException.class)
                .satisfies(e -> {
                    InvalidUnitNameException ex = (InvalidUnitNameException) e;
                    assertThat(ex.input()).isEqualTo(text);
                    assertThat(ex.text().vi()).contains("\"" + text + "\"").contains("Tên đơn vị");
                    assertThat(ex.text().en()).contains("\"" + text + "\"").contains("unit name");
                });
    }

    @Test
    void refusesNullAndTooLong() {
        assertThatThrownBy(() -> R.resolve(null)).isExactlyInstanceOf(InvalidUnitNameException.class);
        assertThatThrownBy(() -> R.resolve("Sở ".repeat(200)))
                .isExactlyInstanceOf(InvalidUnitNameException.class)
                .hasMessageContaining("500");
        assertThat(Optional.of(R.describe(UnitCode.of("HN-SKHDT")))).contains("Sở KH&ĐT (HN-SKHDT)");
    }
}
