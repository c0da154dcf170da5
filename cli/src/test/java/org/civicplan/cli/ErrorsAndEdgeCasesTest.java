package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 18, errors and edge cases of the tool, each reproduced as the author did. */
class ErrorsAndEdgeCasesTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownCommandOrOptionGetsTheBilingualErrorLineAndTheHelpToRead() {
        Cli command = Cli.run("revue", "--store", "sample:");
        assertThat(command.code()).as(command::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(command.err())
                .startsWith("civicplan: lỗi: không có lệnh hoặc tham số 'revue'")
                .contains("Xem: civicplan --help");

        Cli option = Cli.run("units", "--store", "sample:", "--stor");
        assertThat(option.code()).as(option::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(option.err())
                .startsWith("civicplan: lỗi: không có tùy chọn '--stor'")
                .contains("civicplan units --help");

        Cli english = Cli.run("units", "--store", "sample:", "--stor", "--lang", "en");
        assertThat(english.err())
                .startsWith("civicplan: error: Unknown option: '--stor'")
                .contains("See: civicplan units --help");

        Cli missing = Cli.run("units");
        assertThat(missing.err()).startsWith("civicplan: lỗi: thiếu --store");
    }

    @Test
    void helpTakesTheLanguageOption() {
        Cli tool = Cli.run("help", "--lang", "en");
        assertThat(tool.code()).as(tool::toString).isZero();
        assertThat(tool.out()).contains("Usage: civicplan").contains("review");

        Cli export = Cli.run("help", "export", "--lang", "en");
        assertThat(export.code()).as(export::toString).isZero();
        assertThat(export.out()).contains("Usage: civicplan export").contains("--format");

        Cli unknown = Cli.run("help", "revue");
        assertThat(unknown.code()).isEqualTo(CivicPlanCli.ERROR);
        assertThat(unknown.err()).startsWith("civicplan: lỗi: không có lệnh \"revue\"; các lệnh: ");
    }

    @Test
    void aMissingFileSaysNotFound() {
        Path none = dir.resolve("khong-co.json");
        Cli vi = Cli.run(
                "import", none.toString(), "--store", dir.resolve("store").toString(), "--no-progress");
        assertThat(vi.code()).isEqualTo(CivicPlanCli.ERROR);
        assertThat(vi.err()).isEqualTo("civicplan: lỗi: Không tìm thấy tệp " + none + "\n");

        Cli en = Cli.run("validate", none.toString(), "--lang", "en");
        assertThat(en.code()).isEqualTo(CivicPlanCli.ERROR);
        assertThat(en.err()).isEqualTo("civicplan: error: File not found: " + none + "\n");
    }

    @Test
    void outInAFolderThatDoesNotExistIsRefusedAndNothingIsCreated() {
        Path out = dir.resolve("khong-co/con/x.xlsx");
        Cli r = Cli.run("export", "--store", "sample:", "--format", "xlsx", "--out", out.toString(), "--no-progress");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).startsWith("civicplan: lỗi: Không có thư mục " + out.getParent());
        assertThat(dir.resolve("khong-co")).doesNotExist();
    }

    @Test
    void aWriteThatFailsNeverShowsTheTemporaryFile() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "needs Linux /proc, where no file can be created");
        Path out = proc.resolve("civicplan.csv");
        Cli r = Cli.run("export", "--store", "sample:", "--format", "csv", "--out", out.toString(), "--no-progress");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err())
                .startsWith("civicplan: lỗi: Không ghi được tệp " + out + ": ")
                .doesNotContain(".civicplan-export-")
                .doesNotContain(".tmp")
                .doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hằng năm", "Thường xuyên", "Trước 26/7/2024"})
    void aReviewOfAnUnboundedPeriodExits2WithExamples(String period) {
        Cli r = Cli.run("review", "--store", "sample:", "--period", period);

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err())
                .startsWith("civicplan: lỗi: Sơ kết, tổng kết cần một kỳ có đầu có cuối")
                .contains("2021-H1")
                .doesNotContain("lỗi không mong đợi")
                .doesNotContain("Exception");
        Cli export = Cli.run(
                "export",
                "--store",
                "sample:",
                "--format",
                "xlsx",
                "--period",
                period,
                "--out",
                dir.resolve("x.xlsx").toString(),
                "--no-progress");
        assertThat(export.code()).as(export::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(export.err()).startsWith("civicplan: lỗi: Sơ kết, tổng kết cần một kỳ có đầu có cuối");
    }

    @Test
    void aReviewOutsideTheProgramIsRefused() {
        Cli r = Cli.run("review", "--store", "sample:", "--period", "2030", "--lang", "en");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err()).startsWith("civicplan: error: The period \"2030\" lies outside program ");
        Cli export = Cli.run(
                "export",
                "--store",
                "sample:",
                "--format",
                "csv",
                "--period",
                "2030",
                "--out",
                dir.resolve("x.csv").toString(),
                "--no-progress");
        assertThat(export.code()).as(export::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(export.err()).contains("nằm ngoài thời gian thực hiện");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void theCalendarColumnsLineUpByDisplayWidth() {
        for (String lang : List.of("vi", "en")) {
            Cli r = Cli.run("calendar", "--store", "sample:", "--lang", lang);
            assertThat(r.code()).as(r::toString).isZero();
            List<String> table = new ArrayList<>();
            for (String line : r.out().split("\n")) {
                if (line.startsWith("  ")) {
                    table.add(line);
                }
            }
            assertThat(table).hasSizeGreaterThan(5);
            // where each line's last column starts, in display columns: the same on every line
            assertThat(table.stream()
                            .map(line -> TextWidth.of(line.substring(0, line.lastIndexOf("  ") + 2)))
                            .distinct())
                    .as(r.out())
                    .hasSize(1);
        }
    }

    @Test
    void displayWidthCountsWhatATerminalShows() {
        String nfc = "Hạn gửi báo cáo tháng";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd.length()).isGreaterThan(nfc.length());
        assertThat(TextWidth.of(nfd)).isEqualTo(TextWidth.of(nfc)).isEqualTo(nfc.length());
        assertThat(TextWidth.of("中文")).isEqualTo(4);
        assertThat(TextWidth.pad(nfd, 25)).endsWith(" ".repeat(4));
    }

    @Test
    void noProgressBarWhenStandardErrorIsNotATerminal() throws Exception {
        Path file = Cli.writeSample(dir.resolve("sample.json"));
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Cli r;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            r = Cli.run(
                    "import", file.toString(), "--store", dir.resolve("store").toString());
        } finally {
            System.setErr(original);
        }
        assertThat(r.code()).as(r::toString).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .doesNotContain("Nhập")
                .doesNotContain("%");
    }

    /** Runs the tool as its own process (its logging set up as in use); returns exit code, stdout, stderr. */
    private static Cli process(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CivicPlanCli.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Cli(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void aCorruptedStoreFileIsWarnedAboutOnceAndTheReviewSaysItSkippedData() throws Exception {
        Path file = Cli.writeSample(dir.resolve("sample.json"));
        String store = dir.resolve("store").toString();
        assertThat(Cli.run("import", file.toString(), "--store", store, "--no-progress")
                        .code())
                .isZero();
        Files.writeString(dir.resolve("store/plans/KH-SKHCN-07.json"), "{\"formatVersion\": 1, ");

        Cli r = process("review", "--store", store, "--period", "2021-H1");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.FINDINGS);
        assertThat(r.out()).contains("Lưu ý: kết quả thiếu dữ liệu của 1 tệp");
        // once: the tool's warning, not the store's log line besides
        assertThat(r.err().split("KH-SKHCN-07.json trong kho", -1))
                .as(r::toString)
                .hasSize(2);
        assertThat(r.err()).startsWith("civicplan: cảnh báo: ").doesNotContain("WARN");

        Cli json = process("review", "--store", store, "--period", "2021-H1", "--format", "json");
        assertThat(json.code()).isEqualTo(CivicPlanCli.FINDINGS);
        assertThat(json.out().strip()).startsWith("{").endsWith("}");
        assertThat(json.err()).contains("Lưu ý: kết quả thiếu dữ liệu");
    }

    @Test
    void theToolIsQuietAtItsDefaultLevel() throws Exception {
        Cli r = process("review", "--store", "jdbc:h2:file:" + dir.resolve("db"), "--period", "2021-H1");
        // an empty database: migrated (Flyway would log INFO lines), then the tool says it holds no portfolio
        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err())
                .as(r::toString)
                .startsWith("civicplan: lỗi: Kho ")
                .doesNotContain("INFO")
                .doesNotContain("flyway");
    }
}
