package org.civicplan.appendix;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.model.UnitKind;
import org.civicplan.testing.TestPortfolios;

/**
 * The unit directory of the layout tests: the test portfolio's units and a few more with the names
 * real plans use. Two district offices share a short name, to be ambiguous. Illustrative.
 */
final class Units {
    private Units() {}

    static UnitDirectory directory() {
        List<OrgUnit> all = new ArrayList<>(TestPortfolios.units());
        UnitCode ubnd = TestPortfolios.UBND;
        all.add(OrgUnit.of("SKHDT", "Sở Kế hoạch và Đầu tư", UnitKind.DEPARTMENT)
                .withParent(ubnd));
        all.add(OrgUnit.of("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", UnitKind.DEPARTMENT)
                .withParent(ubnd));
        all.add(OrgUnit.of("SNV", "Sở Nội vụ", UnitKind.DEPARTMENT).withParent(ubnd));
        all.add(OrgUnit.of("VHTT-BD", "Phòng Văn hóa và Thông tin quận Ba Đình", UnitKind.DEPARTMENT)
                .withShortName("Phòng Văn hóa và Thông tin"));
        all.add(OrgUnit.of("VHTT-HK", "Phòng Văn hóa và Thông tin quận Hoàn Kiếm", UnitKind.DEPARTMENT)
                .withShortName("Phòng Văn hóa và Thông tin"));
        return UnitDirectory.of(all);
    }
}
