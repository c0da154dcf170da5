package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Portfolio;
import org.civicplan.storage.json.PortfolioJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code validate} and {@code import} on a version-2 file written with unit names and deadlines as
 * officials write them (storage-json's shipped example: illustrative, assembled from real wordings
 * of the period and unit corpora), into the JSON store and H2, read back equal.
 */
class OfficialsWordingTest {
    static final Path EXAMPLE =
            Path.of("../storage-json/src/test/resources/samples/officials-wording.v2.portfolio.json");

    @TempDir
    Path dir;

    @Test
    void validateSaysHowEachNameWasResolved() {
        assertThat(EXAMPLE).exists();
        Cli r = Cli.run("validate", EXAMPLE.toString(), "--lang", "en");
        assertThat(r.code()).as(r.toString()).isIn(CivicPlanCli.OK, CivicPlanCli.FINDINGS);
        assertThat(r.out())
                .contains(
                        "Unit references: 16 — by code 3, by name 7, by alias 5, collective 1, ambiguous 0, unknown 0,"
                                + " not one unit 0")
                .doesNotContain("/items/0/assignment/leadUnits/0") // "Sở GTVT": its short name, no line
                .contains("\"các sở QHKT, Xây dựng\" → by alias: HN-SQHKT, HN-SXD")
                .contains("\"các đơn vị liên quan\" → collective: kept as written, names no single unit")
                .contains("\"UBND TP\" → by alias: HN")
                // a name only the unit's registered alias gives; the one-unit fields by name
                .contains(
                        "/items/4/assignment/coordinatingUnits/0 \"Văn phòng Ban Chỉ đạo 1000 năm Thăng Long - Hà Nội\""
                                + " → by alias: HN-VBCD1000")
                .doesNotContain("/items/4/assignment/reportingUnit") // "Sở NN&PTNT": its short name
                .contains(
                        "Deadlines kept as written: 5 (year from the document date 2, counted from an anchor 1, recurring 1)");
        Cli vi = Cli.run("validate", EXAMPLE.toString());
        assertThat(vi.out())
                .contains("Tham chiếu đơn vị: 16 — theo mã 3, theo tên 7")
                .contains("\"các đơn vị liên quan\" → chỉ chung nhiều đơn vị");
    }

    @Test
    void anAmbiguousNameStopsTheImportNamingItsPlaceAndCandidates() throws Exception {
        Path file = dir.resolve("two.json");
        Files.writeString(file, """
                {"formatVersion": 2, "id": "p", "name": "P",
                 "units": [
                  {"code": "BTC", "name": "Bộ Tài chính", "kind": "bo-nganh"},
                  {"code": "HN", "name": "Ủy ban nhân dân thành phố Hà Nội", "kind": "ubnd"},
                  {"code": "HN-STC", "name": "Sở Tài chính", "kind": "so-nganh", "parent": "HN"},
                  {"code": "HCM", "name": "Ủy ban nhân dân Thành phố Hồ Chí Minh", "kind": "ubnd"},
                  {"code": "HCM-STC", "name": "Sở Tài chính", "kind": "so-nganh", "parent": "HCM"}],
                 "plans": [{"id": "K", "issuer": "BTC", "title": "K", "status": "du-thao"}],
                 "items": [{"id": "A", "plan": "K", "number": 1, "kind": "nhiem-vu", "title": "A",
                   "assignment": {"leadUnits": ["Sở Tài chính"]}}]}
                """);
        Path store = dir.resolve("store");
        Cli r = Cli.run("import", file.toString(), "--store", store.toString(), "--no-progress", "--lang", "en");
        assertThat(r.code()).as(r.toString()).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.out())
                .contains("ambiguous 1")
                .contains("\"Sở Tài chính\" → ambiguous: candidates: HCM-STC, HN-STC");
        assertThat(r.err())
                .contains("two.json:10:")
                .contains("/items/0/assignment/leadUnits/0")
                .contains("names several units");
        assertThat(r.out()).doesNotContain("Imported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "h2"})
    void importKeepsTheOfficialsWordsAndReadsBackEqual(String kind) throws Exception {
        String store = kind.equals("json") ? dir.resolve("store").toString() : "jdbc:h2:file:" + dir.resolve("db");
        Cli r = Cli.run("import", EXAMPLE.toString(), "--store", store, "--no-progress", "--lang", "en");
        assertThat(r.code()).as(r.toString()).isEqualTo(CivicPlanCli.OK);
        assertThat(r.out()).contains("Unit references: 16").contains("Imported 6 items");
        Portfolio file = PortfolioJson.create().read(EXAMPLE);
        CivicPlanCli.Options options = new CivicPlanCli.Options();
        try (OpenStore open =
                Stores.open(store, "vi-du-v2", null, null, options, new PrintWriter(new StringWriter()), false)) {
            Portfolio back = open.store().snapshot();
            assertThat(unversioned(back.items())).isEqualTo(unversioned(file.items()));
            assertThat(back.units()).containsExactlyInAnyOrderElementsOf(file.units());
            assertThat(back.items().stream().filter(i -> i.deadlineAsWritten().isPresent()))
                    .hasSize(5);
            // the one-unit fields keep the names the file gave beside their codes
            assertThat(back.items())
                    .extracting(i -> i.assignment().reportingUnitAsWritten())
                    .contains(java.util.Optional.of("Sở NN&PTNT"));
            assertThat(back.items())
                    .extracting(i -> i.assignment().responsible().flatMap(o -> o.unitAsWritten()))
                    .contains(java.util.Optional.of("Sở Nội vụ"));
        }
        // the exports show the official's words
        Path csv = dir.resolve("items.csv");
        Cli export = Cli.run(
                "export",
                "--store",
                store,
                "--portfolio",
                "vi-du-v2",
                "--format",
                "csv",
                "--out",
                csv.toString(),
                "--no-progress");
        assertThat(export.code()).as(export.toString()).isEqualTo(CivicPlanCli.OK);
        assertThat(Files.readString(csv))
                .contains("hoàn thành trước ngày 10/12/2023")
                .contains("định kỳ hàng quý");
    }

    @Test
    void aCollectiveWhereOneUnitIsNeededStopsTheValidationNamingItsPlace() throws Exception {
        Path file = dir.resolve("one.json");
        // "các đơn vị liên quan": core's unit corpus U133 (D69); the plan and item are illustrative
        Files.writeString(file, """
                {"formatVersion": 2, "id": "p", "name": "P",
                 "units": [
                  {"code": "HN", "name": "Ủy ban nhân dân thành phố Hà Nội", "kind": "ubnd"},
                  {"code": "HN-STC", "name": "Sở Tài chính", "kind": "so-nganh", "parent": "HN"}],
                 "plans": [{"id": "K", "issuer": "HN", "title": "K", "status": "du-thao"}],
                 "items": [{"id": "A", "plan": "K", "number": 1, "kind": "nhiem-vu", "title": "A",
                   "assignment": {"leadUnits": ["Sở Tài chính"], "reportingUnit": "các đơn vị liên quan"}}]}
                """);
        Cli r = Cli.run("validate", file.toString(), "--lang", "en");
        assertThat(r.code()).as(r.toString()).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.out())
                .contains("Unit references: 2 — by code 0, by name 1, by alias 0, collective 0, ambiguous 0,"
                        + " unknown 0, not one unit 1")
                .contains("/items/0/assignment/reportingUnit \"các đơn vị liên quan\" → not one unit:"
                        + " the field needs exactly one unit");
        assertThat(r.err())
                .contains("one.json:7:67 ")
                .contains("/items/0/assignment/reportingUnit")
                .contains("refers to units collectively, not to one unit; reportingUnit needs exactly one unit");
    }

    private static List<Item> unversioned(List<Item> items) {
        return items.stream()
                .map(i -> i.toBuilder().version(0).build())
                .sorted(Comparator.comparing(i -> i.id().value()))
                .toList();
    }
}
