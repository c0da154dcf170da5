package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.civicplan.examples.sample.Program07Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryOutputAndSummarisesInVietnamese() throws Exception {
        Path out = dir.resolve("out");

        Cli r = Cli.run("demo", "--data", dir.resolve("data").toString(), "--out", out.toString(), "--no-progress");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.OK);
        assertThat(fileNames(out))
                .contains(
                        "civicplan-appendix.xlsx",
                        "civicplan-appendix.csv",
                        "civicplan-measurements.csv",
                        "civicplan-portfolio.json",
                        "civicplan-dashboard.html",
                        "civicplan-appendix.docx",
                        "review-2021-H1.docx",
                        "clarity-report.txt",
                        "clarity-report.json",
                        "review-2021-H1.txt",
                        "review-2021-H1.json");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).allSatisfy(f -> assertThat(Files.size(f)).isPositive());
        }
        assertThat(r.out())
                .contains(Program07Sample.DISCLAIMER_VI)
                .contains(Program07Sample.portfolio().items().size() + " nhiệm vụ, ")
                .contains(Program07Sample.portfolio().units().size() + " đơn vị, ")
                .contains("Kế hoạch KH-UBND-07: " + Program07Sample.CITY_ITEM_COUNT + " nhiệm vụ")
                .contains("Chưa sẵn sàng trình")
                .contains("Số nhiệm vụ có lỗi, theo tiêu chí:")
                .contains("Sơ kết 6 tháng đầu năm 2021")
                .contains("đơn vị chưa gửi báo cáo");
        assertThat(r.all()).doesNotContain("\tat ");
    }

    @Test
    void englishOnRequest() throws Exception {
        Cli r = Cli.run(
                "demo",
                "--data",
                dir.resolve("data").toString(),
                "--out",
                dir.resolve("out").toString(),
                "--no-progress",
                "--lang",
                "en");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.OK);
        assertThat(r.out())
                .contains(Program07Sample.DISCLAIMER_EN)
                .contains("Not ready for submission")
                .contains("Review of the first half of 2021")
                .contains("units did not report");
    }

    @Test
    void runsTwiceOnTheSameDatabase() {
        String[] args = {
            "demo",
            "--data",
            dir.resolve("data").toString(),
            "--out",
            dir.resolve("out").toString(),
            "--no-progress"
        };
        assertThat(Cli.run(args).code()).isEqualTo(CivicPlanCli.OK);
        Cli again = Cli.run(args);
        assertThat(again.code()).as(again::toString).isEqualTo(CivicPlanCli.OK);
    }

    @Test
    void outputThatIsAFileIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "not a folder");

        Cli r = Cli.run("demo", "--data", dir.resolve("data").toString(), "--out", file.toString(), "--no-progress");

        assertThat(r.code()).as(r::toString).isEqualTo(CivicPlanCli.ERROR);
        assertThat(r.err())
                .startsWith("civicplan: lỗi: ")
                .contains(file.toString())
                .contains("thư mục");
        assertThat(r.err()).doesNotContain("lỗi không mong đợi").doesNotContain("\tat ");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void helpPrintsUsage() {
        Cli r = Cli.run("demo", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: civicplan demo").contains("--data").contains("--out");
    }

    private static Stream<String> fileNames(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        }
    }
}
