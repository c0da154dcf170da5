package org.civicplan.examples.sample;

import java.util.List;
import java.util.Map;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;

/**
 * The unit directory of the illustrative sample: the city's party committee, council and people's
 * committee, the steering committee, departments, five districts, universities, an institute, an
 * association and two generic enterprises. Enterprise names are invented and marked "(minh họa)".
 */
final class Program07Units {
    static final UnitCode TU = UnitCode.of("TU");
    static final UnitCode HDND = UnitCode.of("HDND");
    static final UnitCode UBND = UnitCode.of("UBND");
    static final UnitCode BCD07 = UnitCode.of("BCD07");
    static final UnitCode VPUBND = UnitCode.of("VPUBND");
    static final UnitCode SKHCN = UnitCode.of("SKHCN");
    static final UnitCode STTTT = UnitCode.of("STTTT");
    static final UnitCode SKHDT = UnitCode.of("SKHDT");
    static final UnitCode STC = UnitCode.of("STC");
    static final UnitCode SGDDT = UnitCode.of("SGDDT");
    static final UnitCode SCT = UnitCode.of("SCT");
    static final UnitCode SYT = UnitCode.of("SYT");
    static final UnitCode SNV = UnitCode.of("SNV");
    static final UnitCode STP = UnitCode.of("STP");
    static final UnitCode SNNPTNT = UnitCode.of("SNNPTNT");
    static final UnitCode SXD = UnitCode.of("SXD");
    static final UnitCode STNMT = UnitCode.of("STNMT");
    static final UnitCode SLDTBXH = UnitCode.of("SLDTBXH");
    static final UnitCode CTK = UnitCode.of("CTK");
    static final UnitCode QCG = UnitCode.of("QCG");
    static final UnitCode QHBT = UnitCode.of("QHBT");
    static final UnitCode QHD = UnitCode.of("QHD");
    static final UnitCode HDA = UnitCode.of("HDA");
    static final UnitCode HTT = UnitCode.of("HTT");
    static final UnitCode DHQGHN = UnitCode.of("DHQGHN");
    static final UnitCode DHBKHN = UnitCode.of("DHBKHN");
    static final UnitCode VHLKHCN = UnitCode.of("VHLKHCN");
    static final UnitCode HHDNNVV = UnitCode.of("HHDNNVV");
    static final UnitCode DNCNTD = UnitCode.of("DNCNTD");
    static final UnitCode DNKNST = UnitCode.of("DNKNST");

    /** The post that answers for an item a unit leads (rõ người): the head of the unit. */
    private static final Map<UnitCode, String> HEAD_POSTS = Map.ofEntries(
            Map.entry(UBND, "Chủ tịch UBND Thành phố"),
            Map.entry(VPUBND, "Chánh Văn phòng UBND Thành phố"),
            Map.entry(SKHCN, "Giám đốc Sở Khoa học và Công nghệ"),
            Map.entry(STTTT, "Giám đốc Sở Thông tin và Truyền thông"),
            Map.entry(SKHDT, "Giám đốc Sở Kế hoạch và Đầu tư"),
            Map.entry(STC, "Giám đốc Sở Tài chính"),
            Map.entry(SGDDT, "Giám đốc Sở Giáo dục và Đào tạo"),
            Map.entry(SCT, "Giám đốc Sở Công Thương"),
            Map.entry(SYT, "Giám đốc Sở Y tế"),
            Map.entry(SNV, "Giám đốc Sở Nội vụ"),
            Map.entry(STP, "Giám đốc Sở Tư pháp"),
            Map.entry(SNNPTNT, "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
            Map.entry(SXD, "Giám đốc Sở Xây dựng"),
            Map.entry(STNMT, "Giám đốc Sở Tài nguyên và Môi trường"),
            Map.entry(SLDTBXH, "Giám đốc Sở Lao động - Thương binh và Xã hội"),
            Map.entry(QCG, "Chủ tịch UBND quận Cầu Giấy"),
            Map.entry(QHBT, "Chủ tịch UBND quận Hai Bà Trưng"),
            Map.entry(QHD, "Chủ tịch UBND quận Hà Đông"),
            Map.entry(HDA, "Chủ tịch UBND huyện Đông Anh"),
            Map.entry(HTT, "Chủ tịch UBND huyện Thạch Thất"));

    private Program07Units() {}

    static List<OrgUnit> units() {
        return List.of(
                OrgUnit.of("TU", "Thành ủy Hà Nội", UnitKind.PARTY_COMMITTEE).withShortName("Thành ủy"),
                OrgUnit.of("HDND", "Hội đồng nhân dân Thành phố Hà Nội", UnitKind.PEOPLES_COUNCIL)
                        .withShortName("HĐND Thành phố"),
                OrgUnit.of("UBND", "Ủy ban nhân dân Thành phố Hà Nội", UnitKind.PEOPLES_COMMITTEE)
                        .withShortName("UBND Thành phố"),
                OrgUnit.of("BCD07", "Ban Chỉ đạo Chương trình số 07-CTr/TU", UnitKind.STEERING_COMMITTEE)
                        .withParent(TU)
                        .withShortName("BCĐ Chương trình 07"),
                department("VPUBND", "Văn phòng Ủy ban nhân dân Thành phố", "Văn phòng UBND TP"),
                department("SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN"),
                department("STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT"),
                department("SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"),
                department("STC", "Sở Tài chính", "Sở Tài chính"),
                department("SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
                department("SCT", "Sở Công Thương", "Sở Công Thương"),
                department("SYT", "Sở Y tế", "Sở Y tế"),
                department("SNV", "Sở Nội vụ", "Sở Nội vụ"),
                department("STP", "Sở Tư pháp", "Sở Tư pháp"),
                department("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"),
                department("SXD", "Sở Xây dựng", "Sở Xây dựng"),
                department("STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT"),
                department("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH"),
                // A central (General Statistics Office) agency located in the city: no parent here.
                OrgUnit.of("CTK", "Cục Thống kê Thành phố Hà Nội", UnitKind.DEPARTMENT)
                        .withShortName("Cục Thống kê TP"),
                district("QCG", "Ủy ban nhân dân quận Cầu Giấy", "UBND quận Cầu Giấy"),
                district("QHBT", "Ủy ban nhân dân quận Hai Bà Trưng", "UBND quận Hai Bà Trưng"),
                district("QHD", "Ủy ban nhân dân quận Hà Đông", "UBND quận Hà Đông"),
                district("HDA", "Ủy ban nhân dân huyện Đông Anh", "UBND huyện Đông Anh"),
                district("HTT", "Ủy ban nhân dân huyện Thạch Thất", "UBND huyện Thạch Thất"),
                OrgUnit.of("DHQGHN", "Đại học Quốc gia Hà Nội", UnitKind.UNIVERSITY)
                        .withShortName("ĐHQG Hà Nội"),
                OrgUnit.of("DHBKHN", "Đại học Bách khoa Hà Nội", UnitKind.UNIVERSITY)
                        .withShortName("ĐH Bách khoa Hà Nội"),
                OrgUnit.of("VHLKHCN", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", UnitKind.INSTITUTE)
                        .withShortName("Viện Hàn lâm KH&CN VN"),
                OrgUnit.of("HHDNNVV", "Hiệp hội Doanh nghiệp nhỏ và vừa Thành phố Hà Nội", UnitKind.ORGANISATION)
                        .withShortName("Hiệp hội DNNVV Hà Nội"),
                OrgUnit.of("DNCNTD", "Tổng Công ty Công nghệ Thủ đô (minh họa)", UnitKind.ENTERPRISE)
                        .withShortName("TCT Công nghệ Thủ đô (minh họa)"),
                OrgUnit.of("DNKNST", "Công ty cổ phần Khởi nghiệp Sáng tạo Hà Nội (minh họa)", UnitKind.ENTERPRISE)
                        .withShortName("Công ty Khởi nghiệp Sáng tạo (minh họa)"));
    }

    /** The head of the unit as a post, the usual "responsible official" of an appendix row. */
    static Official head(UnitCode unit) {
        String post = HEAD_POSTS.get(unit);
        if (post == null) {
            throw new IllegalArgumentException("no head post for unit " + unit);
        }
        return Official.post(post, unit);
    }

    private static OrgUnit department(String code, String name, String shortName) {
        return OrgUnit.of(code, name, UnitKind.DEPARTMENT).withParent(UBND).withShortName(shortName);
    }

    private static OrgUnit district(String code, String name, String shortName) {
        return OrgUnit.of(code, name, UnitKind.DISTRICT).withParent(UBND).withShortName(shortName);
    }
}
