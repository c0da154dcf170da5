package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.Lang;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.UnitCode;
import org.civicplan.storage.json.UnitNameResolution.How;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Format version 2's unit aliases ({@code units[].aliases}) and the one-unit fields written by name
 * ({@code assignment.reportingUnit}, {@code assignment.responsible.unit}). The directory holds real
 * names of real bodies (core's {@code unit/test-directory.tsv}) under made-up codes; every unit
 * wording is copied from the unit corpus ({@code core/src/test/resources/org/civicplan/core/unit/corpus},
 * row noted beside it); plans, items and "Sở Y tế Hà Nội" (a unit the file lacks) are illustrative.
 */
class UnitReferencesV2Test {
    private static final String UNITS = """
            {"formatVersion": 2, "id": "p", "name": "P",
             "units": [
              {"code": "CP", "name": "Chính phủ", "kind": "chinh-phu"},
              {"code": "BNNPTNT", "name": "Bộ Nông nghiệp và Phát triển nông thôn", "shortName": "Bộ NN&PTNT",
               "kind": "bo-nganh", "parent": "CP", "aliases": ["Bộ Nông nghiệp và PTNT"]},
              {"code": "HN", "name": "Ủy ban nhân dân thành phố Hà Nội", "kind": "ubnd"},
              {"code": "HN-SKHDT", "name": "Sở Kế hoạch và Đầu tư", "shortName": "Sở KH&ĐT", "kind": "so-nganh", "parent": "HN"},
              {"code": "HN-STC", "name": "Sở Tài chính", "kind": "so-nganh", "parent": "HN"},
              {"code": "HN-SNNPTNT", "name": "Sở Nông nghiệp và Phát triển nông thôn", "shortName": "Sở NN&PTNT",
               "kind": "so-nganh", "parent": "HN"},
              {"code": "HN-SGTVT", "name": "Sở Giao thông vận tải", "kind": "so-nganh", "parent": "HN"},
              {"code": "HN-VBCD1000", "name": "Văn phòng Ban Chỉ đạo quốc gia kỷ niệm 1000 năm Thăng Long",
               "kind": "bcd", "parent": "HN", "aliases": ["Văn phòng Ban Chỉ đạo 1000 năm Thăng Long - Hà Nội"]},
              {"code": "HCM", "name": "Ủy ban nhân dân Thành phố Hồ Chí Minh", "kind": "ubnd"},
              {"code": "HCM-STC", "name": "Sở Tài chính", "kind": "so-nganh", "parent": "HCM"}],
             "plans": [{"id": "K", "issuer": "HN", "title": "K", "status": "du-thao"},
                       {"id": "T", "issuer": "BNNPTNT", "title": "T", "status": "du-thao"}],
             "items": [
            """;

    private final List<UnitNameResolution> told = new ArrayList<>();

    private Portfolio read(String items) {
        String json = UNITS + items + "]}";
        return PortfolioJson.create()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "units.json", told::add);
    }

    private static List<String> problems(Runnable reading, Lang lang) {
        try {
            reading.run();
        } catch (JsonImportException e) {
            return e.problems().stream().map(p -> p.describe(lang)).toList();
        }
        throw new AssertionError("expected the reading to fail");
    }

    /** U197 (D71), U078 (D47), U130 (D69), U159 (D79), U025 (D15). */
    private static final String BY_NAME = """
              {"id": "A", "plan": "K", "number": 1, "kind": "nhiem-vu", "title": "A",
               "assignment": {"leadUnits": ["Văn phòng Ban Chỉ đạo 1000 năm Thăng Long - Hà Nội"],
                              "coordinatingUnits": ["Bộ Nông nghiệp và PTNT"],
                              "reportingUnit": "Sở GTVT",
                              "responsible": {"post": "Giám đốc", "unit": "Sở NN&PTNT"}}},
              {"id": "B", "plan": "K", "number": 2, "kind": "nhiem-vu", "title": "B",
               "assignment": {"leadUnits": ["HN-STC"], "reportingUnit": "HN-STC",
                              "responsible": {"unit": "Sở Kế hoạch và Đầu tư"}}}
            """;

    @Test
    void aliasesAreReadWrittenAndReadBackEqualValidAgainstTheSchema() throws Exception {
        Portfolio p = read(BY_NAME);
        OrgUnit ministry = p.units().stream()
                .filter(u -> u.code().equals(UnitCode.of("BNNPTNT")))
                .findFirst()
                .orElseThrow();
        assertThat(ministry.aliases()).containsExactly("Bộ Nông nghiệp và PTNT");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioJson.create().write(p, out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"aliases\" : [ \"Bộ Nông nghiệp và PTNT\" ]");
        // the one-unit fields are written as codes, as every file civicplan writes
        assertThat(json).contains("\"reportingUnit\" : \"HN-SGTVT\"").contains("\"unit\" : \"HN-SNNPTNT\"");
        // ... and the words the file gave beside them
        assertThat(json)
                .contains("\"reportingUnitAsWritten\" : \"Sở GTVT\"")
                .contains("\"unitAsWritten\" : \"Sở NN&PTNT\"");
        try (InputStream schema = getClass().getResourceAsStream(PortfolioJson.SCHEMA_RESOURCE)) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                            .getSchema(schema)
                            .validate(JsonMapper.builder().build().readTree(json)))
                    .isEmpty();
        }
        Portfolio back = PortfolioJson.create().read(new ByteArrayInputStream(out.toByteArray()), "back.json");
        assertThat(back).isEqualTo(p);
    }

    @Test
    void aNameOnlyAnAliasGivesResolvesToItsUnit() {
        Assignment a = read(BY_NAME).items().get(0).assignment();
        assertThat(a.leadUnits()).containsExactly(UnitCode.of("HN-VBCD1000"));
        assertThat(a.coordinatingUnits()).containsExactly(UnitCode.of("BNNPTNT"));
        assertThat(a.leadAsWritten()).containsExactly("Văn phòng Ban Chỉ đạo 1000 năm Thăng Long - Hà Nội");
        assertThat(a.reportingUnit()).contains(UnitCode.of("HN-SGTVT"));
        assertThat(a.reportingUnitAsWritten()).contains("Sở GTVT");
        assertThat(a.responsible().orElseThrow().unit()).contains(UnitCode.of("HN-SNNPTNT"));
        assertThat(a.responsible().orElseThrow().unitAsWritten()).contains("Sở NN&PTNT");
        // given by code: no words kept; the responsible unit by name keeps its words
        Assignment b = read(BY_NAME).items().get(1).assignment();
        assertThat(b.reportingUnitAsWritten()).isEmpty();
        assertThat(b.responsible().orElseThrow().unitAsWritten()).contains("Sở Kế hoạch và Đầu tư");
        assertThat(told)
                .extracting(UnitNameResolution::pointer, UnitNameResolution::how)
                .contains(
                        tuple("/items/0/assignment/leadUnits/0", How.ALIAS),
                        tuple("/items/0/assignment/coordinatingUnits/0", How.ALIAS));

        // the same file without the aliases: both names are unknown, each a located problem
        String without = BY_NAME;
        List<String> en = problems(
                () -> PortfolioJson.create()
                        .read(
                                new ByteArrayInputStream(
                                        (UNITS.replace(", \"aliases\": [\"Bộ Nông nghiệp và PTNT\"]", "")
                                                                .replace(
                                                                        ", \"aliases\": [\"Văn phòng Ban Chỉ đạo 1000 năm Thăng Long - Hà Nội\"]",
                                                                        "")
                                                        + without + "]}")
                                                .getBytes(StandardCharsets.UTF_8)),
                                "units.json"),
                Lang.EN);
        assertThat(en)
                .anySatisfy(s -> assertThat(s)
                        .matches("units\\.json:\\d+:\\d+ /items/0/assignment/leadUnits/0: .*")
                        .contains("no unit of the file's unit directory"))
                .anySatisfy(s -> assertThat(s).contains("/items/0/assignment/coordinatingUnits/0"));
    }

    @Test
    void reportingUnitAndResponsibleUnitAreResolvedByNameAndTold() {
        Portfolio p = read(BY_NAME);
        Assignment a = p.items().get(0).assignment();
        assertThat(a.reportingUnit()).contains(UnitCode.of("HN-SGTVT"));
        assertThat(a.responsible().orElseThrow().unit()).contains(UnitCode.of("HN-SNNPTNT"));
        assertThat(a.responsible().orElseThrow().post()).contains("Giám đốc");
        Assignment b = p.items().get(1).assignment();
        assertThat(b.reportingUnit()).contains(UnitCode.of("HN-STC"));
        assertThat(b.responsible().orElseThrow().unit()).contains(UnitCode.of("HN-SKHDT"));
        assertThat(told)
                .extracting(UnitNameResolution::pointer, UnitNameResolution::how)
                .contains(
                        tuple("/items/0/assignment/reportingUnit", How.ALIAS),
                        tuple("/items/0/assignment/responsible/unit", How.NAME),
                        tuple("/items/1/assignment/reportingUnit", How.CODE),
                        tuple("/items/1/assignment/responsible/unit", How.NAME));
        UnitNameResolution reporting = told.stream()
                .filter(r -> r.pointer().equals("/items/0/assignment/reportingUnit"))
                .findFirst()
                .orElseThrow();
        assertThat(reporting.location()).matches("units\\.json:\\d+:\\d+ /items/0/assignment/reportingUnit");
        assertThat(reporting.units()).containsExactly(UnitCode.of("HN-SGTVT"));
    }

    /** U133 (D69), U163 (D81), U189 (D83): collective, a list of three, a name two provinces share. */
    private static final String NOT_ONE = """
              {"id": "A", "plan": "K", "number": 1, "kind": "nhiem-vu", "title": "A",
               "assignment": {"leadUnits": ["HN-STC"], "reportingUnit": "các đơn vị liên quan"}},
              {"id": "B", "plan": "K", "number": 2, "kind": "nhiem-vu", "title": "B",
               "assignment": {"leadUnits": ["HN-STC"],
                              "responsible": {"post": "Giám đốc", "unit": "các sở: NN&PTNT, Tài chính, KH&ĐT"}}},
              {"id": "C", "plan": "T", "number": 1, "kind": "nhiem-vu", "title": "C",
               "assignment": {"leadUnits": ["BNNPTNT"], "reportingUnit": "Sở Tài chính"}},
              {"id": "D", "plan": "K", "number": 3, "kind": "nhiem-vu", "title": "D",
               "assignment": {"leadUnits": ["HN-STC"], "responsible": {"unit": "Sở Y tế Hà Nội"}}}
            """;

    @Test
    void aCollectiveAListAnAmbiguousOrAnUnknownNameWhereOneUnitIsNeededIsALocatedProblem() {
        List<String> en = problems(() -> read(NOT_ONE), Lang.EN);
        assertThat(en).hasSize(4);
        assertThat(en.get(0))
                .matches("units\\.json:20:\\d+ /items/0/assignment/reportingUnit: .*")
                .contains("\"các đơn vị liên quan\" refers to units collectively, not to one unit")
                .contains("reportingUnit needs exactly one unit");
        assertThat(en.get(1))
                .matches("units\\.json:23:\\d+ /items/1/assignment/responsible/unit: .*")
                .contains("names 3 units (")
                .contains("(HN-SNNPTNT)")
                .contains("responsible.unit needs exactly one unit: write the code or the name of one of them");
        // in the ministry's plan "Sở Tài chính" is any province's: the candidates are listed
        assertThat(en.get(2))
                .matches("units\\.json:25:\\d+ /items/2/assignment/reportingUnit: .*")
                .contains("names several units")
                .contains("(HCM-STC)")
                .contains("(HN-STC)");
        assertThat(en.get(3))
                .matches("units\\.json:27:\\d+ /items/3/assignment/responsible/unit: .*")
                .contains("add the unit to \"units\"");
        List<String> vi = problems(() -> read(NOT_ONE), Lang.VI);
        assertThat(vi.get(0)).contains("chỉ chung nhiều đơn vị, không phải một đơn vị");
        assertThat(vi.get(1)).contains("chỉ 3 đơn vị").contains("cần đúng một đơn vị");
        assertThat(vi.get(2)).contains("là tên của nhiều đơn vị");
        assertThat(vi.get(3)).contains("không có đơn vị nào");

        assertThat(told)
                .extracting(UnitNameResolution::pointer, UnitNameResolution::how)
                .contains(
                        tuple("/items/0/assignment/reportingUnit", How.NOT_ONE),
                        tuple("/items/1/assignment/responsible/unit", How.NOT_ONE),
                        tuple("/items/2/assignment/reportingUnit", How.AMBIGUOUS),
                        tuple("/items/3/assignment/responsible/unit", How.UNKNOWN));
        UnitNameResolution list = told.stream()
                .filter(r -> r.how() == How.NOT_ONE && !r.units().isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(list.units()).extracting(UnitCode::value).containsExactly("HN-SNNPTNT", "HN-STC", "HN-SKHDT");
    }

    @Test
    void aVersion1FileRefusesAliasesAndTakesTheOneUnitFieldsAsCodes() {
        String v1 = """
                {"formatVersion": 1, "id": "p", "name": "P",
                 "units": [{"code": "HN", "name": "Ủy ban nhân dân thành phố Hà Nội", "kind": "ubnd",
                            "aliases": ["UBND TP"]}]}
                """;
        List<String> en = problems(
                () -> PortfolioJson.create()
                        .read(new ByteArrayInputStream(v1.getBytes(StandardCharsets.UTF_8)), "v1.json"),
                Lang.EN);
        assertThat(en).singleElement().satisfies(s -> assertThat(s)
                .startsWith("v1.json:3:")
                .contains("/units/0")
                .contains("aliases"));
        String codes = """
                {"formatVersion": 1, "id": "p", "name": "P",
                 "units": [{"code": "HN", "name": "Ủy ban nhân dân thành phố Hà Nội", "kind": "ubnd"}],
                 "plans": [{"id": "K", "issuer": "HN", "title": "K", "status": "du-thao"}],
                 "items": [{"id": "A", "plan": "K", "number": 1, "kind": "nhiem-vu", "title": "A",
                   "assignment": {"leadUnits": ["HN"], "reportingUnit": "UBND TP"}}]}
                """;
        // version 1 has codes only: the text is taken as a code (and the dangling check names it)
        Portfolio p = PortfolioJson.create()
                .read(new ByteArrayInputStream(codes.getBytes(StandardCharsets.UTF_8)), "v1.json", told::add);
        assertThat(p.items().get(0).assignment().reportingUnit()).contains(UnitCode.of("UBND TP"));
        assertThat(told).isEmpty();
    }
}
