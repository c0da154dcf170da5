package org.civicplan.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.review.ReportingCalendar;
import org.civicplan.core.review.ReportingPeriod;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "calendar",
        mixinStandardHelpOptions = true,
        description = {
            "Lịch báo cáo: kỳ, thời gian chốt số liệu và hạn gửi (Nghị định 09/2019/NĐ-CP).",
            "The reporting calendar: periods, data cut-off windows and due dates (Decree 09/2019/NĐ-CP)."
        })
final class CalendarCommand implements Callable<Integer>, CivicPlanCli.HasOptions {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @CommandLine.Mixin
    StoreOption store;

    @CommandLine.Option(
            names = "--program",
            description = "Mã chương trình / program id (mặc định: tất cả / default: all)")
    String program;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Rows in columns lined up by display width (Vietnamese text decomposed or not), two spaces apart. */
    static void printColumns(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], TextWidth.of(row[c]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(' ').append(' ').append(c == row.length - 1 ? row[c] : TextWidth.pad(row[c], widths[c]));
            }
            out.println(line);
        }
    }

    @Override
    public CivicPlanCli.Options options() {
        return store.options;
    }

    @Override
    public Integer call() throws Exception {
        CivicPlanCli.Options o = store.options;
        PrintWriter out = spec.commandLine().getOut();
        try (OpenStore open = store.open()) {
            List<Program> programs = program == null
                    ? open.store().programs().all()
                    : List.of(open.store().programs().get(ProgramId.of(program)));
            ReportingCalendar calendar = ReportingCalendar.stateRegime();
            for (Program p : programs) {
                out.println(o.t("Lịch báo cáo — ", "Reporting calendar — ") + p.id() + " " + p.title());
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {
                    o.t("Kỳ báo cáo", "Period"),
                    o.t("Tần suất", "Frequency"),
                    o.t("Chốt số liệu", "Data window"),
                    o.t("Hạn gửi", "Due")
                });
                for (ReportingPeriod r :
                        calendar.periods(p, open.store().indicators().byProgram(p.id()))) {
                    rows.add(new String[] {
                        r.period().format(o.lang()),
                        r.frequency().label(o.lang()),
                        DATE.format(r.dataFrom()) + "–" + DATE.format(r.dataTo()),
                        DATE.format(r.due())
                    });
                }
                printColumns(out, rows);
            }
        }
        return CivicPlanCli.OK;
    }
}
