package org.civicplan.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.model.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A directory's own aliases ({@link OrgUnit#aliases}, as stores and format-version-2 files carry
 * them) reach the resolver through {@link UnitAliases#of}: wordings of the unit corpus that only a
 * registered alias names resolve with them and are unknown without.
 */
class UnitAliasesTest {
    /** The test directory's units (real names, made-up codes), with or without their registered aliases. */
    private static UnitDirectory directory(boolean withAliases) {
        List<OrgUnit> units = new ArrayList<>();
        for (String[] row : TestUnitDirectory.rows("test-directory.tsv", 7)) {
            OrgUnit unit = new OrgUnit(
                    UnitCode.of(row[0]),
                    row[3],
                    TestUnitDirectory.dash(row[4]),
                    UnitKind.fromCode(row[1]),
                    TestUnitDirectory.dash(row[2]).map(UnitCode::of));
            if (withAliases && !row[5].equals("-")) {
                unit = unit.withAliases(List.of(row[5].split("\\|")));
            }
            units.add(unit);
        }
        return UnitDirectory.of(units);
    }

    private static UnitResolution resolve(UnitDirectory directory, String text, String context) {
        return new UnitResolver(directory, UnitAliases.of(directory))
                .resolve(text, UnitCode.of(context))
                .resolution();
    }

    /** Corpus rows (units.tsv; sources D47, D53, D71 in corpus/SOURCES.md), expectations by hand. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "U078|Bộ Nông nghiệp và PTNT|NAN|BNNPTNT",
                "U088|SỞ NÔNG NGHIỆP & PTNT TỈNH QUẢNG NAM|QNAM|QNAM-SNNPTNT",
                "U197|Văn phòng Ban Chỉ đạo 1000 năm Thăng Long - Hà Nội|HN|HN-VBCD1000"
            })
    void aWordingOnlyARegisteredAliasNamesResolvesThroughTheUnitsAliases(
            String row, String wording, String context, String expected) {
        assertThat(resolve(directory(true), wording, context))
                .as(row)
                .isEqualTo(new UnitResolution.Resolved(UnitCode.of(expected)));
        assertThat(resolve(directory(false), wording, context)).as(row).isInstanceOf(UnitResolution.Unknown.class);
    }

    @Test
    void ofCollectsEachUnitsAliasesAndThePlacesOfPeoplesCommitteesAtTheTop() {
        UnitDirectory d = directory(true);
        UnitAliases aliases = UnitAliases.of(d);
        assertThat(aliases.aliasesOf(UnitCode.of("HN-QPTD")))
                .containsExactly("Quỹ Phát triển đất TP", "Quỹ Phát triển đất thành phố Hà Nội");
        assertThat(aliases.aliasesOf(UnitCode.of("HN-STC"))).isEmpty();
        // "Ủy ban nhân dân thành phố Hà Nội": the place, with and without "thành phố" (folded)
        assertThat(aliases.placesOf(UnitCode.of("HN"))).containsExactly("thanh pho ha noi", "ha noi");
        assertThat(aliases.placesOf(UnitCode.of("QNAM"))).containsExactly("tinh quang nam", "quang nam");
        // a People's Committee under another unit, or another kind of unit at the top, is no place
        assertThat(aliases.placesOf(UnitCode.of("HN-TU"))).isEmpty();
        assertThat(UnitAliases.of(UnitDirectory.empty()).aliases()).isEmpty();
    }
}
