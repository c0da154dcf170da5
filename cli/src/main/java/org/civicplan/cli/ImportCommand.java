package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.civicplan.core.DanglingReferenceException;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.FieldChange;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.spi.References;
import org.civicplan.storage.json.PortfolioJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Nhập một tệp danh mục JSON vào kho (thư mục JSON hoặc cơ sở dữ liệu), hoặc một phụ lục .xlsx/.docx vào một kế hoạch: tất cả hoặc không gì cả.",
            "Imports a portfolio JSON file into a store (JSON directory or database), or an appendix .xlsx/.docx into a plan: all of it or nothing."
        })
final class ImportCommand implements Callable<Integer>, CivicPlanCli.HasOptions {
    @CommandLine.Parameters(
            paramLabel = "FILE",
            description =
                    "Tệp JSON định dạng civicplan, hoặc phụ lục .xlsx/.docx / a civicplan JSON file, or an appendix .xlsx/.docx")
    Path file;

    @CommandLine.Option(
            names = "--plan",
            description = "Phụ lục: mã kế hoạch nhận phụ lục / appendix: the plan it goes into")
    String plan;

    @CommandLine.Option(
            names = "--new-plan",
            description = "Phụ lục: tạo kế hoạch dự thảo mới --plan / appendix: create --plan as a new draft")
    boolean newPlan;

    @CommandLine.Option(names = "--program", description = "Kế hoạch mới: mã chương trình / new plan: its program")
    String program;

    @CommandLine.Option(
            names = "--number",
            description = "Kế hoạch mới: số, ký hiệu (186/KH-UBND) / new plan: number and symbol")
    String number;

    @CommandLine.Option(names = "--date", description = "Kế hoạch mới: ngày yyyy-MM-dd / new plan: its date")
    String date;

    @CommandLine.Option(names = "--title", description = "Kế hoạch mới: tên / new plan: its title")
    String title;

    @CommandLine.Option(
            names = "--as",
            description =
                    "Đơn vị thực hiện, ghi vào nhật ký (phụ lục: mặc định đơn vị ban hành kế hoạch; JSON: đơn vị ban hành chương trình đầu tiên) / acting unit, as audited (appendix: default the plan's issuer; JSON: the first program's issuer)")
    String actingUnit;

    @CommandLine.Option(
            names = "--official",
            defaultValue = "civicplan-cli",
            description = "Người thực hiện, ghi vào nhật ký / who acts, as audited (default ${DEFAULT-VALUE})")
    String official = "civicplan-cli";

    @CommandLine.Option(
            names = "--dry-run",
            description = "Phụ lục: chỉ in tóm tắt, không ghi gì / appendix: print the summary, write nothing")
    boolean dryRun;

    @CommandLine.Mixin
    StoreOption store;

    @CommandLine.Option(names = "--no-progress", description = "Không hiện thanh tiến độ / no progress bar")
    boolean noProgress;

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
        if (AppendixValidation.isOfficeFile(file)) {
            return AppendixImporting.run(
                    new AppendixImporting.Request(
                            file, plan, newPlan, program, number, date, title, actingUnit, official, dryRun),
                    store,
                    out);
        }
        if (plan != null || newPlan || dryRun) {
            throw new InvalidInputException(
                    Message.of(
                            "--plan, --new-plan và --dry-run chỉ dùng khi nhập phụ lục .xlsx/.docx; tệp JSON được nhập cả danh mục",
                            "--plan, --new-plan and --dry-run apply to an appendix .xlsx/.docx; a JSON file imports a whole portfolio"));
        }
        try (ProgressBar bar = Progress.bar(o.t("Nhập", "Import"), 3, noProgress)) {
            NameResolutions names = new NameResolutions();
            Portfolio portfolio;
            try {
                portfolio = PortfolioJson.create().read(file, names::add);
            } finally {
                names.print(out, o);
            }
            NameResolutions.printDeadlines(out, portfolio, o);
            bar.step();
            store.portfolio = portfolio.id().value();
            try (OpenStore open = store.openOrCreate()) {
                bar.step();
                try {
                    open.store().importPortfolio(portfolio);
                } catch (DanglingReferenceException e) {
                    // nothing was imported; read the file again, checking references at their places,
                    // so the error says file:line:col and the JSON pointer of each
                    PortfolioJson.create().readForImport(file, References.in(open.store()));
                    throw e;
                } catch (DuplicateEntityException e) {
                    // the store's message names the entity; say what happened to the import and what to do
                    throw new InvalidInputException(
                            Message.of(
                                    e.getMessage(Lang.VI) + ": kho " + open.description()
                                            + " đã có dữ liệu của danh mục \""
                                            + portfolio.id().value()
                                            + "\"; không có gì được nhập. Hãy nhập vào một kho trống.",
                                    e.getMessage(Lang.EN) + ": " + open.description()
                                            + " already holds data of portfolio \""
                                            + portfolio.id().value()
                                            + "\"; nothing was imported. Import into an empty store."),
                            e);
                }
                // the import is on the trusted path (docs/embedding.md): it says so in the audit trail
                open.store()
                        .audit()
                        .append(importEntry(portfolio, file.getFileName().toString()));
                bar.step();
                out.println(o.t(
                        "Đã nhập " + portfolio.items().size() + " nhiệm vụ, "
                                + portfolio.indicators().size() + " chỉ tiêu, "
                                + portfolio.measurements().size() + " số liệu, "
                                + portfolio.units().size() + " đơn vị vào " + open.description(),
                        "Imported " + portfolio.items().size() + " items, "
                                + portfolio.indicators().size() + " indicators, "
                                + portfolio.measurements().size() + " measurements, "
                                + portfolio.units().size() + " units into " + open.description()));
            }
        }
        return CivicPlanCli.OK;
    }

    /**
     * The audit entry of a portfolio import: who imported which file with how many items, appended
     * right after the import commits. The acting unit is {@code --as}, else the issuer of the file's
     * first program, else its first unit in code order.
     */
    AuditEntry importEntry(Portfolio portfolio, String fileName) {
        UnitCode unit;
        if (actingUnit != null) {
            unit = UnitCode.of(actingUnit);
            if (portfolio.units().stream().noneMatch(u -> u.code().equals(unit))) {
                throw new InvalidInputException(Message.of(
                        "--as " + actingUnit + ": không có đơn vị này trong tệp " + fileName,
                        "--as " + actingUnit + ": the file " + fileName + " has no such unit"));
            }
        } else if (!portfolio.programs().isEmpty()) {
            unit = portfolio.programs().get(0).issuer();
        } else {
            unit = portfolio.units().stream()
                    .map(OrgUnit::code)
                    .sorted()
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(Message.of(
                            "Tệp " + fileName + " không có đơn vị nào", "The file " + fileName + " has no unit")));
        }
        return new AuditEntry(
                0,
                Instant.now(),
                new Actor(unit, official),
                "import",
                "portfolio",
                portfolio.id().value(),
                List.of(
                        new FieldChange("file", Optional.empty(), Optional.of(fileName)),
                        new FieldChange(
                                "items",
                                Optional.empty(),
                                Optional.of(Integer.toString(portfolio.items().size())))));
    }
}
