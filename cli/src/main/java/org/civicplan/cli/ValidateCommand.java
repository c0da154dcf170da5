package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.storage.json.PortfolioJson;
import org.civicplan.validation.ClarityCheck;
import org.civicplan.validation.ClarityReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Kiểm tra \"rõ người, rõ việc, rõ nguồn lực\" cho một tệp danh mục JSON; với tệp phụ lục .xlsx/.docx: đọc thử bảng phụ lục, không ghi gì. Mã thoát: 0 không có lỗi, 1 có lỗi cần sửa, 2 tệp không đọc được.",
            "The clarity check of a portfolio JSON file; for an appendix .xlsx/.docx: a dry run of reading its table, nothing written. Exit: 0 no errors, 1 findings, 2 unreadable input."
        })
final class ValidateCommand implements Callable<Integer>, CivicPlanCli.HasOptions {
    @CommandLine.Mixin
    CivicPlanCli.Options options = new CivicPlanCli.Options();

    @CommandLine.Parameters(
            paramLabel = "FILE",
            description =
                    "Tệp JSON định dạng civicplan, hoặc phụ lục .xlsx/.docx / a civicplan JSON file, or an appendix .xlsx/.docx")
    Path file;

    @CommandLine.Option(
            names = "--store",
            paramLabel = "DIR|JDBC-URL|sample:",
            description = {
                "Với tệp phụ lục: kho có danh mục đơn vị để đối chiếu tên đơn vị",
                "For an appendix file: the store whose unit directory resolves unit names"
            })
    String store;

    @CommandLine.Option(
            names = "--portfolio",
            defaultValue = "hanoi",
            description = "Mã danh mục (tenant) / portfolio id, default ${DEFAULT-VALUE}")
    String portfolio = "hanoi";

    @CommandLine.Option(
            names = "--stage",
            defaultValue = "submission",
            description = "draft | submission | issue (mặc định / default: ${DEFAULT-VALUE})")
    String stage = "submission";

    @CommandLine.Option(names = "--plan", description = "Chỉ kiểm tra một kế hoạch / check one plan only")
    String plan;

    @CommandLine.Option(names = "--format", defaultValue = "text", description = "text | json")
    String format = "text";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // the streams when the command line was read without picocli (QuickValidate), else null
    private PrintWriter quickOut;
    private PrintWriter quickErr;

    /** This command, read from {@code args} without picocli, or null when picocli must read them. */
    static ValidateCommand quick(String[] args, PrintWriter out, PrintWriter err) {
        ValidateCommand command = QuickValidate.read(args);
        if (command != null) {
            command.quickOut = out;
            command.quickErr = err;
        }
        return command;
    }

    private PrintWriter out() {
        return quickOut != null ? quickOut : spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return quickErr != null ? quickErr : spec.commandLine().getErr();
    }

    @Override
    public CivicPlanCli.Options options() {
        return options;
    }

    /** {@code draft|submission|issue}, or the Vietnamese codes {@code du-thao|trinh|ban-hanh}. */
    static Stage stage(String text) {
        for (Stage s : Stage.values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        return Stage.fromCode(text);
    }

    @Override
    public Integer call() throws Exception {
        if (AppendixValidation.isOfficeFile(file)) {
            return AppendixValidation.run(file, store, portfolio, options, out(), err());
        }
        Stage wanted = stage(stage);
        PrintWriter out = out();
        // in JSON output the resolutions go to the error stream, so that stdout stays one JSON document
        PrintWriter said = format.equalsIgnoreCase("json") ? err() : out;
        NameResolutions names = new NameResolutions();
        Portfolio portfolio;
        try {
            portfolio = PortfolioJson.create().read(file, names::add);
        } finally {
            names.print(said, options);
        }
        NameResolutions.printDeadlines(said, portfolio, options);
        if (plan != null && portfolio.plans().stream().noneMatch(p -> p.id().equals(PlanId.of(plan)))) {
            // otherwise a mistyped id checks nothing and reports "ready"
            String known = portfolio.plans().stream()
                    .map(p -> p.id().value())
                    .sorted()
                    .collect(java.util.stream.Collectors.joining(", "));
            throw new InvalidInputException(Message.of(
                    "Tệp " + file + " không có kế hoạch \"" + plan + "\" (các kế hoạch có: " + known + ")",
                    "The file " + file + " has no plan \"" + plan + "\" (plans there: " + known + ")"));
        }
        ClarityCheck check = ClarityCheck.create();
        ClarityReport report = Optional.ofNullable(plan)
                .map(p -> check.check(portfolio, PlanId.of(p)))
                .orElseGet(() -> check.check(portfolio));
        if (format.equalsIgnoreCase("json")) {
            out.println(report.toJson());
        } else {
            out.print(report.toText(options.lang()));
            out.println(
                    report.readyFor(wanted)
                            ? options.t("Sẵn sàng cho bước \"" + wanted.vi() + "\".", "Ready for " + wanted.en() + ".")
                            : options.t(
                                    "Chưa sẵn sàng cho bước \"" + wanted.vi() + "\": "
                                            + report.blocking(wanted).size() + " lỗi cần sửa.",
                                    "Not ready for " + wanted.en() + ": "
                                            + report.blocking(wanted).size() + " findings to fix."));
        }
        return report.readyFor(wanted) ? CivicPlanCli.OK : CivicPlanCli.FINDINGS;
    }
}
