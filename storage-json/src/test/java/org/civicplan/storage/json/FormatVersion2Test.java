package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.civicplan.core.Lang;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Deadline;
import org.civicplan.core.period.Period;
import org.civicplan.storage.json.UnitNameResolution.How;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Format version 2 on the shipped example written as officials write (illustrative, assembled from
 * real wordings of the period and unit corpora): deadlines kept as written beside their reading,
 * units named as written and resolved over the file's own directory, every resolution told.
 */
class FormatVersion2Test {
    static final String EXAMPLE = "/samples/officials-wording.v2.portfolio.json";

    private final List<UnitNameResolution> told = new ArrayList<>();

    private Portfolio example() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(EXAMPLE)) {
            return PortfolioJson.create().read(in, "officials-wording.v2.portfolio.json", told::add);
        }
    }

    private static Item item(Portfolio p, String id) {
        return p.items().stream()
                .filter(i -> i.id().equals(ItemId.of(id)))
                .findFirst()
                .orElseThrow();
    }

    private static List<UnitCode> codes(String... values) {
        return java.util.Arrays.stream(values).map(UnitCode::of).toList();
    }

    @Test
    void deadlinesAreKeptAsWrittenBesideTheirReading() throws Exception {
        Portfolio p = example();
        Item one = item(p, "VD-01");
        assertThat(one.deadlineAsWritten().map(Deadline::text)).contains("hoàn thành trước ngày 10/12/2023");
        assertThat(one.deadline()).contains(new Period.Before(LocalDate.of(2023, 12, 10)));
        // no year written: taken from the plan's document date (2023-05-04), and marked as inferred
        Item two = item(p, "VD-02");
        assertThat(two.dueDate()).contains(LocalDate.of(2023, 6, 30));
        assertThat(((Deadline.Dated) two.deadlineAsWritten().orElseThrow()).yearInferred())
                .isTrue();
        // "kể từ ngày ký": anchored on the plan's signing date
        Item three = item(p, "VD-03");
        assertThat(three.deadlineAsWritten()).containsInstanceOf(Deadline.Anchored.class);
        assertThat(three.dueDate()).contains(LocalDate.of(2023, 5, 14));
        // quarterly: the words, and no single due date
        Item four = item(p, "VD-04");
        assertThat(four.deadlineAsWritten()).containsInstanceOf(Deadline.Recurring.class);
        assertThat(four.deadline()).isEmpty();
        assertThat(four.deadlineText(Lang.EN)).contains("định kỳ hàng quý");
        assertThat(item(p, "VD-05").dueDate()).contains(LocalDate.of(2023, 6, 30));
        // a period's code stays a plain deadline, nothing kept as written
        Item six = item(p, "VD-06");
        assertThat(six.deadlineAsWritten()).isEmpty();
        assertThat(six.deadline()).contains(Period.parse("2025-Q4"));
    }

    @Test
    void unitNamesResolveOverTheFilesDirectoryAndAreKeptAsWritten() throws Exception {
        Portfolio p = example();
        Item one = item(p, "VD-01");
        assertThat(one.assignment().leadUnits()).isEqualTo(codes("HN-SGTVT"));
        assertThat(one.assignment().leadAsWritten()).containsExactly("Sở GTVT");
        assertThat(one.assignment().coordinatingUnits()).isEqualTo(codes("HN-SQHKT", "HN-SXD", "HN-TRANSERCO"));
        assertThat(one.assignment().coordinatingAsWritten())
                .containsExactly("các sở QHKT, Xây dựng", "Tổng Công ty Vận tải Hà Nội", "các đơn vị liên quan");
        assertThat(item(p, "VD-02").assignment().coordinatingUnits())
                .isEqualTo(codes("HN-SNNPTNT", "HN-STC", "HN-SKHDT"));
        assertThat(item(p, "VD-03").assignment().coordinatingUnits()).isEqualTo(codes("HN-SNNPTNT", "HN-STC"));
        // codes only: nothing kept as written, as in version 1
        assertThat(item(p, "VD-06").assignment().leadAsWritten()).isEmpty();
        // a name only the unit's registered alias gives ("aliases" in "units"), and the one-unit fields by name
        Item five = item(p, "VD-05");
        assertThat(five.assignment().coordinatingUnits()).isEqualTo(codes("HN-VBCD1000"));
        assertThat(five.assignment().reportingUnit()).contains(UnitCode.of("HN-SNNPTNT"));
        assertThat(item(p, "VD-02").assignment().responsible().orElseThrow().unit())
                .contains(UnitCode.of("HN-SNV"));
        assertThat(p.units().stream().filter(u -> u.code().equals(UnitCode.of("HN-VBCD1000"))))
                .singleElement()
                .satisfies(u ->
                        assertThat(u.aliases()).containsExactly("Văn phòng Ban Chỉ đạo 1000 năm Thăng Long - Hà Nội"));

        Map<String, How> how = new java.util.HashMap<>();
        told.forEach(r -> how.put(r.text(), r.how()));
        assertThat(how)
                .containsEntry("Sở GTVT", How.NAME)
                .containsEntry("các sở QHKT, Xây dựng", How.ALIAS)
                .containsEntry("các đơn vị liên quan", How.COLLECTIVE)
                .containsEntry("HN-STC", How.CODE)
                .containsEntry("Sở Kế hoạch và Đầu tư", How.NAME)
                .containsEntry("Quỹ Phát triển đất TP", How.ALIAS)
                .containsEntry("Văn phòng Ban Chỉ đạo 1000 năm Thăng Long - Hà Nội", How.ALIAS)
                .containsEntry("Sở NN&PTNT", How.NAME)
                .containsEntry("Sở Nội vụ", How.NAME);
        assertThat(told)
                .extracting(UnitNameResolution::pointer)
                .contains("/items/4/assignment/reportingUnit", "/items/1/assignment/responsible/unit");
        Map<How, Integer> counts = new EnumMap<>(How.class);
        told.forEach(r -> counts.merge(r.how(), 1, Integer::sum));
        assertThat(counts).doesNotContainKeys(How.AMBIGUOUS, How.UNKNOWN);
        UnitNameResolution first = told.get(0);
        assertThat(first.location())
                .startsWith("officials-wording.v2.portfolio.json:")
                .endsWith(" /items/0/assignment/leadUnits/0");
    }

    @Test
    void writtenAsVersion2ValidAgainstItsSchemaAndReadBackEqual() throws Exception {
        Portfolio p = example();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioJson.create().write(p, out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"formatVersion\" : 2").contains("\"deadlineAsWritten\"");
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
    void theExampleIsValidAgainstTheVersion2Schema() throws Exception {
        try (InputStream schema = getClass().getResourceAsStream(PortfolioJson.SCHEMA_RESOURCE);
                InputStream in = getClass().getResourceAsStream(EXAMPLE)) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                            .getSchema(schema)
                            .validate(JsonMapper.builder().build().readTree(in)))
                    .isEmpty();
        }
    }

    private static final String TWO_CITIES = """
            {"formatVersion": 2, "id": "p", "name": "P",
             "units": [
              {"code": "BTC", "name": "Bộ Tài chính", "kind": "bo-nganh"},
              {"code": "HN", "name": "Ủy ban nhân dân thành phố Hà Nội", "kind": "ubnd"},
              {"code": "HN-STC", "name": "Sở Tài chính", "kind": "so-nganh", "parent": "HN"},
              {"code": "HCM", "name": "Ủy ban nhân dân Thành phố Hồ Chí Minh", "kind": "ubnd"},
              {"code": "HCM-STC", "name": "Sở Tài chính", "kind": "so-nganh", "parent": "HCM"}],
             "plans": [{"id": "K", "issuer": "BTC", "title": "K", "status": "du-thao"},
                       {"id": "L", "issuer": "HN", "title": "L", "status": "du-thao"}],
             "items": [
              {"id": "A", "plan": "K", "number": 1, "kind": "nhiem-vu", "title": "A",
               "assignment": {"leadUnits": ["Sở Tài chính"], "coordinatingUnits": ["Sở Du lịch Hà Nội"]}},
              {"id": "B", "plan": "L", "number": 1, "kind": "nhiem-vu", "title": "B",
               "deadline": "trước ngày 15/13/2023",
               "assignment": {"leadUnits": ["Sở Tài chính"]}}]}
            """;

    @Test
    void ambiguousAndUnknownNamesAreLocatedProblemsNamingTheCandidates() {
        List<UnitNameResolution> seen = new ArrayList<>();
        assertThatThrownBy(() -> PortfolioJson.create()
                        .read(
                                new ByteArrayInputStream(TWO_CITIES.getBytes(StandardCharsets.UTF_8)),
                                "two.json",
                                seen::add))
                .isInstanceOfSatisfying(JsonImportException.class, e -> {
                    List<String> en = e.problems().stream()
                            .map(pr -> pr.describe(Lang.EN))
                            .toList();
                    assertThat(en)
                            .anySatisfy(s -> assertThat(s)
                                    .startsWith("two.json:12:")
                                    .contains("/items/0/assignment/leadUnits/0")
                                    .contains("names several units")
                                    .contains("(HCM-STC)")
                                    .contains("(HN-STC)"))
                            .anySatisfy(s -> assertThat(s)
                                    .contains("/items/0/assignment/coordinatingUnits/0")
                                    .contains("Sở Du lịch Hà Nội"))
                            .anySatisfy(s -> assertThat(s).contains("/items/1/deadline"));
                    assertThat(e.problems().stream().map(pr -> pr.describe(Lang.VI)))
                            .anySatisfy(s -> assertThat(s).contains("là tên của nhiều đơn vị"));
                });
        // in the Hanoi plan the same name is Hanoi's department: resolved, not ambiguous
        assertThat(seen)
                .extracting(UnitNameResolution::pointer, UnitNameResolution::how)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("/items/0/assignment/leadUnits/0", How.AMBIGUOUS),
                        org.assertj.core.groups.Tuple.tuple("/items/0/assignment/coordinatingUnits/0", How.UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple("/items/1/assignment/leadUnits/0", How.NAME));
        assertThat(seen.get(0).candidates()).isEqualTo(codes("HCM-STC", "HN-STC"));
    }

    @Test
    void version1FilesStillReadAndRefuseTheNewProperties() {
        String v1 = """
                {"formatVersion": 1, "id": "p", "name": "P",
                 "units": [{"code": "HN", "name": "Ủy ban nhân dân thành phố Hà Nội", "kind": "ubnd"}],
                 "plans": [{"id": "K", "issuer": "HN", "title": "K", "status": "du-thao"}],
                 "items": [{"id": "A", "plan": "K", "number": 1, "kind": "nhiem-vu", "title": "A",
                   "deadline": "Quý III/2021", "assignment": {"leadUnits": ["HN"]}}]}
                """;
        Portfolio p =
                PortfolioJson.create().read(new ByteArrayInputStream(v1.getBytes(StandardCharsets.UTF_8)), "v1.json");
        assertThat(p.items().get(0).deadline()).contains(Period.parse("2021-Q3"));
        assertThat(p.items().get(0).deadlineAsWritten()).isEmpty();
        // version 1 takes references as codes, unchanged: no name is resolved, nothing is kept as written
        String named = v1.replace("[\"HN\"]", "[\"UBND Thành phố\"]");
        List<UnitNameResolution> seen = new ArrayList<>();
        Portfolio p1 = PortfolioJson.create()
                .read(new ByteArrayInputStream(named.getBytes(StandardCharsets.UTF_8)), "v1.json", seen::add);
        assertThat(p1.items().get(0).assignment().leadUnits()).containsExactly(UnitCode.of("UBND Thành phố"));
        assertThat(p1.items().get(0).assignment().leadAsWritten()).isEmpty();
        assertThat(seen).isEmpty();
        String asWritten = v1.replace(
                "\"deadline\": \"Quý III/2021\"",
                "\"deadlineAsWritten\": {\"text\": \"x\", \"reading\": \"dated q=on\"}");
        assertThatThrownBy(() -> PortfolioJson.create()
                        .read(new ByteArrayInputStream(asWritten.getBytes(StandardCharsets.UTF_8)), "v1.json"))
                .isInstanceOf(JsonImportException.class)
                .hasMessageContaining("deadlineAsWritten");
        // the one-unit fields' words are version 2 too
        for (String property : List.of(
                "\"reportingUnit\": \"HN\", \"reportingUnitAsWritten\": \"UBND TP\"",
                "\"responsible\": {\"unit\": \"HN\", \"unitAsWritten\": \"UBND TP\"}")) {
            String v1Words = v1.replace("{\"leadUnits\": [\"HN\"]}", "{\"leadUnits\": [\"HN\"], " + property + "}");
            assertThat(v1Words).isNotEqualTo(v1);
            assertThatThrownBy(() -> PortfolioJson.create()
                            .read(new ByteArrayInputStream(v1Words.getBytes(StandardCharsets.UTF_8)), "v1.json"))
                    .isInstanceOf(JsonImportException.class)
                    .hasMessageContaining("AsWritten");
        }
    }
}
