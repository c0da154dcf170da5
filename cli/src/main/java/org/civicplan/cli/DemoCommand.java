package org.civicplan.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.civicplan.core.CivicTime;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.export.Exporters;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.Program;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Rag;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;
import org.civicplan.storage.json.ReviewJson;
import org.civicplan.validation.ClarityCheck;
import org.civicplan.validation.ClarityReport;
import org.civicplan.validation.Dimension;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Chạy thử với dữ liệu minh họa Chương trình 07-CTr/TU: nạp vào CSDL H2 nhúng, kiểm tra \"rõ người, rõ việc\", sơ kết 6 tháng đầu năm 2021, xuất mọi định dạng ra ./out/.",
            "Runs the illustrative Program 07-CTr/TU data: loads it into embedded H2, runs the clarity check, the 2021-H1 review, and writes every export to ./out/."
        })
final class DemoCommand implements Callable<Integer>, CivicPlanCli.HasOptions {
    @CommandLine.Mixin
    CivicPlanCli.Options options = new CivicPlanCli.Options();

    @CommandLine.Option(
            names = "--data",
            defaultValue = "civicplan-data",
            description = "Thư mục CSDL H2 / H2 database folder (default ${DEFAULT-VALUE})")
    Path data;

    @CommandLine.Option(
            names = "--out",
            defaultValue = "out",
            description = "Thư mục kết quả / output folder (default ${DEFAULT-VALUE})")
    Path out;

    @CommandLine.Option(names = "--no-progress", description = "Không hiện thanh tiến độ / no progress bar")
    boolean noProgress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public CivicPlanCli.Options options() {
        return options;
    }

    @Override
    public Integer call() throws Exception {
        Lang lang = options.lang();
        PrintWriter w = spec.commandLine().getOut();
        Period period = Period.firstHalf(2021);
        requireFolder(data, "--data");
        requireFolder(out, "--out");
        Files.createDirectories(data);
        Files.createDirectories(out);
        // a fresh database each run: remove only the demo's own H2 files
        Files.deleteIfExists(data.resolve("civicplan.mv.db"));
        Files.deleteIfExists(data.resolve("civicplan.trace.db"));
        Portfolio sample = Program07Sample.portfolio();
        Clock clock = Clock.fixed(
                Program07Sample.REVIEW_DATE.atStartOfDay(CivicTime.VIETNAM).toInstant(), CivicTime.VIETNAM);
        Exporters exporters = Exports.all();
        List<String> formats = List.of("xlsx", "csv", "csv-measurements", "json", "html", "docx", "docx-review");
        List<Path> written = new ArrayList<>();
        ClarityReport clarity;
        Review review;
        try (HikariDataSource pool = JdbcStores.h2File(data);
                JdbcPortfolioStore store = JdbcPortfolioStore.create(pool, sample.id());
                ProgressBar bar = Progress.bar("civicplan demo", 3 + formats.size(), noProgress)) {
            store.importPortfolio(sample);
            bar.step();
            clarity = ClarityCheck.create().check(store.snapshot(), Program07Sample.CITY_PLAN);
            Files.writeString(out.resolve("clarity-report.txt"), clarity.toText(lang), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("clarity-report.json"), clarity.toJson(), StandardCharsets.UTF_8);
            written.add(out.resolve("clarity-report.txt"));
            written.add(out.resolve("clarity-report.json"));
            bar.step();
            review = new ReviewService(store, clock).review(Program07Sample.PROGRAM, period);
            Program program = store.programs().get(Program07Sample.PROGRAM);
            Files.writeString(
                    out.resolve("review-2021-H1.txt"),
                    ReviewText.text(review, program, store.units().directory(), lang),
                    StandardCharsets.UTF_8);
            Files.writeString(
                    out.resolve("review-2021-H1.json"), ReviewJson.create().toJson(review), StandardCharsets.UTF_8);
            written.add(out.resolve("review-2021-H1.txt"));
            written.add(out.resolve("review-2021-H1.json"));
            bar.step();
            for (String format : formats) {
                var exporter = exporters.get(format);
                boolean wholePortfolio =
                        format.equals("json") || format.equals("csv-measurements") || format.equals("html");
                ExportRequest request = new ExportRequest(
                        store,
                        wholePortfolio ? Optional.empty() : Optional.of(Program07Sample.CITY_PLAN),
                        lang,
                        Program07Sample.REVIEW_DATE,
                        Optional.of(period));
                Path target = out.resolve(fileName(format, exporter.fileExtension()));
                ExportCommand.write(exporter, request, target);
                written.add(target);
                bar.step();
            }
        }
        summary(w, lang, sample, clarity, review, written);
        return CivicPlanCli.OK;
    }

    /** A clear message instead of "unexpected error: FileAlreadyExistsException" when a folder is a file. */
    private static void requireFolder(Path folder, String option) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InvalidInputException(Message.of(
                    option + " " + folder + " là một tệp, không phải thư mục: chọn một thư mục (có sẵn hoặc chưa có)",
                    option + " " + folder + " is a file, not a folder: give a folder (existing or new)"));
        }
    }

    private static String fileName(String format, String extension) {
        return switch (format) {
            case "csv-measurements" -> "civicplan-measurements." + extension;
            case "html" -> "civicplan-dashboard." + extension;
            case "json" -> "civicplan-portfolio." + extension;
            case "docx-review" -> "review-2021-H1." + extension;
            default -> "civicplan-appendix." + extension;
        };
    }

    private void summary(
            PrintWriter w, Lang lang, Portfolio sample, ClarityReport clarity, Review review, List<Path> written) {
        boolean vi = lang == Lang.VI;
        w.println();
        w.println(vi ? "civicplan — chạy thử với dữ liệu minh họa" : "civicplan — demo on illustrative data");
        w.println("  " + (vi ? Program07Sample.DISCLAIMER_VI : Program07Sample.DISCLAIMER_EN));
        w.println();
        w.println((vi ? "Đã nạp vào CSDL H2 tại " : "Loaded into H2 at ") + data.toAbsolutePath() + ": "
                + sample.units().size()
                + (vi ? " đơn vị, " : " units, ") + sample.plans().size() + (vi ? " kế hoạch, " : " plans, ")
                + sample.items().size()
                + (vi ? " nhiệm vụ, " : " items, ") + sample.indicators().size()
                + (vi ? " chỉ tiêu, " : " indicators, ")
                + sample.measurements().size() + (vi ? " số liệu, " : " measurements, ")
                + sample.reports().size() + (vi ? " báo cáo." : " reports."));
        w.println();
        ClarityReport.Summary s = clarity.summary();
        w.println((vi ? "Kiểm tra \"rõ người, rõ việc, rõ nguồn lực\" — Kế hoạch " : "Clarity check — plan ")
                + Program07Sample.CITY_PLAN + ": "
                + s.items() + (vi ? " nhiệm vụ, " : " items, ") + s.itemsWithoutErrors()
                + (vi ? " không có lỗi; " : " without errors; ")
                + s.errors() + (vi ? " lỗi, " : " errors, ") + s.warnings() + (vi ? " cảnh báo." : " warnings."));
        if (s.failingItems().values().stream().anyMatch(n -> n != null && n > 0)) {
            w.println(vi ? "  Số nhiệm vụ có lỗi, theo tiêu chí:" : "  Items with errors, by dimension:");
        }
        for (Dimension d : Dimension.values()) {
            Integer failing = s.failingItems().get(d);
            if (failing != null && failing > 0) {
                w.printf("  %-36s %3d%n", d.label(lang), failing);
            }
        }
        w.println(
                clarity.readyFor(Stage.SUBMISSION)
                        ? (vi ? "  → Sẵn sàng trình." : "  → Ready for submission.")
                        : (vi
                                ? "  → Chưa sẵn sàng trình: xem out/clarity-report.txt"
                                : "  → Not ready for submission: see out/clarity-report.txt"));
        w.println();
        w.println((vi ? "Sơ kết 6 tháng đầu năm 2021: " : "Review of the first half of 2021: ")
                + review.itemCounts().get(ReviewStatus.DONE_ON_TIME)
                + (vi ? " hoàn thành đúng hạn, " : " done on time, ")
                + review.itemCounts().get(ReviewStatus.DONE_LATE)
                + (vi ? " hoàn thành chậm, " : " done late, ")
                + review.itemCounts().get(ReviewStatus.OVERDUE)
                + (vi ? " quá hạn, " : " overdue, ")
                + review.itemCounts().get(ReviewStatus.IN_PROGRESS)
                + (vi ? " đang thực hiện, " : " in progress, ")
                + review.itemCounts().get(ReviewStatus.NOT_STARTED)
                + (vi ? " chưa triển khai; chỉ tiêu: " : " not started; indicators: ")
                + review.indicatorCounts().get(Rag.ON_TRACK)
                + (vi ? " đạt, " : " on track, ")
                + review.indicatorCounts().get(Rag.AT_RISK)
                + (vi ? " có nguy cơ, " : " at risk, ")
                + review.indicatorCounts().get(Rag.OFF_TRACK)
                + (vi ? " không đạt, " : " off track, ")
                + review.indicatorCounts().get(Rag.NOT_YET_DUE)
                + (vi ? " chưa đến hạn, " : " not yet due, ")
                + review.indicatorCounts().get(Rag.NO_DATA)
                + (vi ? " chưa có số liệu; " : " no data; ")
                + review.unitsNotReported().size()
                + (vi ? " đơn vị chưa gửi báo cáo." : " units did not report."));
        w.println();
        w.println(vi ? "Kết quả (mở các tệp này):" : "Results (open these files):");
        for (Path p : written) {
            w.println("  " + p);
        }
        w.println();
        w.println(
                vi
                        ? "Tiếp theo: ./civicplan review --store sample: --period 2022 ; ./civicplan --help"
                        : "Next: ./civicplan review --store sample: --period 2022 --lang en ; ./civicplan --help");
    }
}
