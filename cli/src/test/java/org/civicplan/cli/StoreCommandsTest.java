package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.FieldChange;
import org.civicplan.core.model.Portfolio;
import org.civicplan.examples.sample.Program07Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** import, then units, review, calendar and export against the imported store: a JSON folder and H2. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    private String store(String kind) {
        return kind.equals("json") ? dir.resolve("store").toString() : "jdbc:h2:file:" + dir.resolve("db");
    }

    private String imported(String kind) throws Exception {
        Path file = Cli.writeSample(dir.resolve("sample.json"));
        String store = store(kind);
        Cli r = Cli.run("import", file.toString(), "--store", store, "--no-progress");
        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.OK);
        Portfolio sample = Program07Sample.portfolio();
        assertThat(r.out()).contains("Đã nhập " + sample.items().size() + " nhiệm vụ");
        return store;
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "h2"})
    void importedStoreServesEveryCommand(String kind) throws Exception {
        String store = imported(kind);

        Cli units = Cli.run("units", "--store", store);
        assertThat(units.code()).as(units::toString).isZero();
        assertThat(units.out())
                .contains("Danh mục đơn vị ("
                        + Program07Sample.portfolio().units().size() + ")")
                .contains("Sở Khoa học và Công nghệ");

        Cli review = Cli.run("review", "--store", store, "--period", "2021-H1");
        assertThat(review.code()).as(review::toString).isZero();
        assertThat(review.out()).contains("07-CTr/TU").contains("2021");

        Cli calendar = Cli.run("calendar", "--store", store);
        assertThat(calendar.code()).as(calendar::toString).isZero();
        assertThat(calendar.out()).contains("Lịch báo cáo — 07-CTr/TU").contains("Hạn gửi");

        for (String format : List.of("xlsx", "xlsx-measurements", "csv", "json", "html", "docx", "docx-review")) {
            Path out = dir.resolve("export." + format);
            Cli export =
                    Cli.run("export", "--store", store, "--format", format, "--out", out.toString(), "--no-progress");
            assertThat(export.code()).as(export::toString).isZero();
            assertThat(export.out()).contains("Đã ghi " + out);
            assertThat(Files.size(out)).isPositive();
        }
        assertThat(Files.readString(dir.resolve("export.json"))).contains("KH-UBND-07/27");
    }

    @Test
    void englishOutputOnRequest() {
        Cli units = Cli.run("units", "--store", "sample:", "--lang", "en");
        assertThat(units.code()).as(units::toString).isZero();
        assertThat(units.out()).startsWith("Units (");

        Cli review = Cli.run("review", "--store", "sample:", "--period", "2021-H1", "--lang", "en");
        assertThat(review.code()).as(review::toString).isZero();

        Cli calendar = Cli.run("calendar", "--store", "sample:", "--lang", "en");
        assertThat(calendar.code()).as(calendar::toString).isZero();
        assertThat(calendar.out()).contains("Reporting calendar — 07-CTr/TU").contains("Due");

        Cli export = Cli.run(
                "export",
                "--store",
                "sample:",
                "--format",
                "csv",
                "--out",
                dir.resolve("en.csv").toString(),
                "--no-progress",
                "--lang",
                "en");
        assertThat(export.code()).as(export::toString).isZero();
        assertThat(export.out()).startsWith("Wrote " + dir.resolve("en.csv"));
    }

    @Test
    void importInEnglish() throws Exception {
        Path file = Cli.writeSample(dir.resolve("sample.json"));

        Cli r = Cli.run("import", file.toString(), "--store", store("json"), "--no-progress", "--lang", "en");

        assertThat(r.code()).as(r::toString).isZero();
        assertThat(r.out())
                .startsWith("Imported " + Program07Sample.portfolio().items().size() + " items")
                .contains(store("json"));

        Cli again = Cli.run("import", file.toString(), "--store", store("json"), "--no-progress", "--lang", "en");
        assertThat(again.code()).as(again::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(again.err()).startsWith("civicplan: error: ").contains("nothing was imported");
    }

    @Test
    void reviewAsJson() throws Exception {
        Cli r = Cli.run("review", "--store", "sample:", "--period", "2021-H1", "--format", "json");

        assertThat(r.code()).as(r::toString).isZero();
        assertThat(new tools.jackson.databind.ObjectMapper().readTree(r.out()).isObject())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "h2"})
    void anImportIsInTheAuditTrail(String kind) throws Exception {
        String store = imported(kind);
        Portfolio sample = Program07Sample.portfolio();

        try (OpenStore open = Stores.open(
                store,
                sample.id().value(),
                null,
                null,
                new CivicPlanCli.Options(),
                new java.io.PrintWriter(new java.io.StringWriter()),
                false)) {
            List<AuditEntry> entries =
                    open.store().audit().forEntity("portfolio", sample.id().value());
            assertThat(entries).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("import");
                assertThat(e.actor().unit()).isEqualTo(sample.programs().get(0).issuer());
                assertThat(e.actor().user()).isEqualTo("civicplan-cli");
                assertThat(e.changes())
                        .contains(new FieldChange(
                                "items",
                                Optional.empty(),
                                Optional.of(Integer.toString(sample.items().size()))));
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "h2"})
    void importingTwiceIsRefusedAndChangesNothing(String kind) throws Exception {
        String store = imported(kind);
        Cli before = Cli.run(
                "export",
                "--store",
                store,
                "--format",
                "json",
                "--no-progress",
                "--out",
                dir.resolve("before.json").toString());
        assertThat(before.code()).as(before::toString).isZero();

        Cli r = Cli.run("import", dir.resolve("sample.json").toString(), "--store", store, "--no-progress");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err())
                .startsWith("civicplan: lỗi: ")
                .contains("đã tồn tại")
                .contains("không có gì được nhập");
        assertThat(r.all()).doesNotContain("\tat ");
        Cli after = Cli.run(
                "export",
                "--store",
                store,
                "--format",
                "json",
                "--no-progress",
                "--out",
                dir.resolve("after.json").toString());
        assertThat(after.code()).as(after::toString).isZero();
        assertThat(Files.readString(dir.resolve("after.json"))).isEqualTo(Files.readString(dir.resolve("before.json")));
    }

    @Test
    void unknownFormatListsTheFormats() {
        Cli r = Cli.run(
                "export",
                "--store",
                "sample:",
                "--format",
                "pdf",
                "--out",
                dir.resolve("x.pdf").toString());

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err())
                .contains("pdf")
                .contains("xlsx")
                .contains("xlsx-measurements")
                .contains("csv")
                .contains("docx");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void badPeriodNamesTheText() {
        Cli r = Cli.run("review", "--store", "sample:", "--period", "Quý V/2021");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).contains("Quý V/2021").doesNotContain("\tat ");
    }

    @Test
    void badPeriodOnExport() {
        Cli r = Cli.run(
                "export",
                "--store",
                "sample:",
                "--format",
                "xlsx",
                "--period",
                "Quý V/2021",
                "--out",
                dir.resolve("x.xlsx").toString());

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).contains("Quý V/2021");
    }

    @Test
    void unknownProgramIsAnError() {
        Cli review = Cli.run("review", "--store", "sample:", "--period", "2021-H1", "--program", "99-CTr/TU");
        assertThat(review.code()).as(review::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(review.err()).contains("99-CTr/TU").doesNotContain("\tat ");

        Cli calendar = Cli.run("calendar", "--store", "sample:", "--program", "99-CTr/TU", "--lang", "en");
        assertThat(calendar.code()).as(calendar::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(calendar.err()).startsWith("civicplan: error: ").contains("99-CTr/TU");
    }

    @Test
    void storeThatIsAFileIsAnError() throws Exception {
        Path file = Cli.writeSample(dir.resolve("sample.json"));

        Cli r = Cli.run("units", "--store", file.toString());

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).contains("civicplan import");
    }

    @Test
    void missingStoreOptionIsAUsageError() {
        Cli r = Cli.run("units");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).contains("--store").contains("civicplan units --help");
    }

    @Test
    void importOfAMissingFileIsAnError() {
        Cli r = Cli.run("import", dir.resolve("none.json").toString(), "--store", store("json"), "--no-progress");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).contains("none.json");
        try (Stream<Path> files = Files.exists(dir.resolve("store")) ? Files.list(dir.resolve("store")) : Stream.of()) {
            assertThat(files).isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void brokenFileInAJsonStoreIsReportedAsAWarning() throws Exception {
        String store = imported("json");
        Path plan = dir.resolve("store/plans/KH-SKHCN-07.json");
        assertThat(plan).exists();
        Files.writeString(plan, "{\"formatVersion\": 1, ");

        Cli r = Cli.run("review", "--store", store, "--period", "2021-H1");

        assertThat(r.err()).as(r::toString).contains("civicplan: cảnh báo: ").contains("KH-SKHCN-07");
        assertThat(r.all()).doesNotContain("\tat ");
    }

    @Test
    void exportToAFolderIsAClearError() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports"));
        Files.writeString(folder.resolve("keep.txt"), "kept");

        Cli r = Cli.run(
                "export", "--store", "sample:", "--format", "xlsx", "--out", folder.toString(), "--no-progress");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err())
                .startsWith("civicplan: lỗi: --out " + folder + " là một thư mục")
                .contains("civicplan.xlsx")
                .doesNotContain("\tat ");
        assertThat(folder.resolve("keep.txt")).hasContent("kept");
    }

    @Test
    void exportThatCannotBeWrittenNamesTheFile() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a folder should be");
        Path out = blocker.resolve("x.csv");

        Cli r = Cli.run("export", "--store", "sample:", "--format", "csv", "--out", out.toString(), "--no-progress");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err())
                .startsWith("civicplan: lỗi: ")
                .contains(out.toString())
                .doesNotContain("lỗi không mong đợi")
                .doesNotContain("\tat ");
    }

    @Test
    void aStoreFolderThatDoesNotExistIsAnErrorNotAnEmptyStore() {
        Path typo = dir.resolve("stroe");

        for (String[] args : List.of(
                new String[] {"units", "--store", typo.toString()},
                new String[] {"review", "--store", typo.toString(), "--period", "2021-H1"},
                new String[] {"calendar", "--store", typo.toString()},
                new String[] {
                    "export",
                    "--store",
                    typo.toString(),
                    "--format",
                    "csv",
                    "--out",
                    dir.resolve("x.csv").toString()
                })) {
            Cli r = Cli.run(args);
            assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
            assertThat(r.err()).contains("Không có kho dữ liệu tại " + typo).contains("civicplan import");
        }
        assertThat(typo).doesNotExist();
    }
}
