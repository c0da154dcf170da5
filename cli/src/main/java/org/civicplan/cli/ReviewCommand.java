package org.civicplan.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.civicplan.core.CivicTime;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.ReportingCalendar;
import org.civicplan.core.review.Review;
import org.civicplan.core.service.ReviewService;
import org.civicplan.storage.json.ReviewJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "Sơ kết (6 tháng, năm) hoặc tổng kết: tính từ báo cáo và số liệu.",
            "The six-month, yearly or final review, computed from reports and measurements."
        })
final class ReviewCommand implements Callable<Integer>, CivicPlanCli.HasOptions {
    @CommandLine.Mixin
    StoreOption store;

    @CommandLine.Option(
            names = "--period",
            required = true,
            description = {
                "Kỳ: 2021-H1, \"6 tháng đầu năm 2021\", 2022, 2021-2025…",
                "Period: 2021-H1, 2022, 2021-2025…"
            })
    String period;

    @CommandLine.Option(
            names = "--program",
            description = "Mã chương trình / program id (mặc định: tất cả / default: all)")
    String program;

    @CommandLine.Option(
            names = "--as-of",
            description = "Ngày đánh giá yyyy-MM-dd / review date (default: end of the data window)")
    LocalDate asOf;

    @CommandLine.Option(names = "--format", defaultValue = "text", description = "text hoặc json / text or json")
    String format = "text";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public CivicPlanCli.Options options() {
        return store.options;
    }

    @Override
    public Integer call() throws Exception {
        CivicPlanCli.Options o = store.options;
        PrintWriter out = spec.commandLine().getOut();
        Period p = Period.parse(period);
        try (OpenStore open = store.open()) {
            ReviewService reviews = new ReviewService(open.store(), CivicTime.systemClock());
            List<Program> programs = program == null
                    ? open.store().programs().all()
                    : List.of(open.store().programs().get(ProgramId.of(program)));
            for (Program pr : programs) {
                ReportingCalendar.requireInside(pr, p);
            }
            for (Program pr : programs) {
                Review review = asOf == null ? reviews.review(pr.id(), p) : reviews.review(pr.id(), p, asOf);
                if (format.equalsIgnoreCase("json")) {
                    out.println(ReviewJson.create().toJson(review));
                } else {
                    out.print(ReviewText.text(review, pr, open.store().units().directory(), o.lang()));
                }
            }
            int skipped = open.skipped().size();
            if (skipped > 0) {
                // the result lacks what those files hold: say so in it (text) or beside it (JSON), and exit 1
                String note = o.t(
                        "Lưu ý: kết quả thiếu dữ liệu của " + skipped
                                + " tệp trong kho không đọc được (xem cảnh báo bên dưới); sửa hoặc khôi phục các tệp đó rồi chạy lại.",
                        "Note: the result lacks the data of " + skipped
                                + " store file(s) that could not be read (see the warnings below); repair or restore them and run again.");
                (format.equalsIgnoreCase("json") ? spec.commandLine().getErr() : out).println(note);
                return CivicPlanCli.FINDINGS;
            }
        }
        return CivicPlanCli.OK;
    }
}
