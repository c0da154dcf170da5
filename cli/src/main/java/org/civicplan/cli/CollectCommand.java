package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.civicplan.appendix.FormCollection;
import org.civicplan.appendix.FormCollector;
import org.civicplan.appendix.FormReceipt;
import org.civicplan.core.CivicTime;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.period.Period;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.service.ReportService;
import org.civicplan.core.service.StandardAccessPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "collect",
        mixinStandardHelpOptions = true,
        description = {
            "Thu biểu báo cáo đã điền (một tệp .xlsx hoặc một thư mục): ghi báo cáo dự thảo và số liệu của đơn vị.",
            "Collects filled-in report forms (one .xlsx or a folder): records each unit's draft report and values."
        })
final class CollectCommand implements Callable<Integer>, CivicPlanCli.HasOptions {
    @CommandLine.Parameters(
            paramLabel = "FORM|FOLDER",
            description = "Biểu .xlsx hoặc thư mục biểu / a form .xlsx or a folder of forms")
    Path path;

    @CommandLine.Mixin
    StoreOption store;

    @CommandLine.Option(
            names = "--period",
            description = "Thư mục: kỳ đang thu, e.g. 2021-H1 / folder: the period being collected")
    String period;

    @CommandLine.Option(
            names = "--program",
            description = "Thư mục: mã chương trình (mặc định: chương trình duy nhất) / folder: program")
    String program;

    @CommandLine.Option(
            names = "--official",
            defaultValue = "civicplan-cli",
            description = "Người nhận, ghi vào nhật ký / who collects, as audited (default ${DEFAULT-VALUE})")
    String official = "civicplan-cli";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public CivicPlanCli.Options options() {
        return store.options;
    }

    @Override
    public Integer call() {
        CivicPlanCli.Options o = store.options;
        PrintWriter w = spec.commandLine().getOut();
        try (OpenStore open = store.open()) {
            StandardAccessPolicy policy = new StandardAccessPolicy();
            FormCollector collector = new FormCollector(
                    new PlanService(open.store(), policy, CivicTime.systemClock()),
                    new ReportService(open.store(), policy, CivicTime.systemClock()));
            if (Files.isDirectory(path)) {
                if (period == null) {
                    throw new InvalidInputException(Message.of(
                            "Thu cả thư mục cần --period (kỳ đang thu, ví dụ 2021-H1)",
                            "Collecting a folder needs --period (the period being collected, e.g. 2021-H1)"));
                }
                ProgramId programId = FormCommand.programOf(open.store(), program);
                FormCollection collection = collector.collectFolder(path, programId, Period.parse(period), official);
                collection.lines(o.lang()).forEach(w::println);
                boolean errors = collection.receipts().stream().anyMatch(r -> r.errors() > 0);
                return errors ? CivicPlanCli.FINDINGS : CivicPlanCli.OK;
            }
            FormReceipt receipt = collector.collect(path, official);
            receipt.lines(o.lang()).forEach(w::println);
            return receipt.recorded() ? CivicPlanCli.OK : CivicPlanCli.FINDINGS;
        }
    }
}
