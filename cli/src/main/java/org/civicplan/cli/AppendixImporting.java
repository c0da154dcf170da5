package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.civicplan.appendix.AppendixImport;
import org.civicplan.appendix.ImportSummary;
import org.civicplan.appendix.ImportTarget;
import org.civicplan.appendix.ReadLimits;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.unit.UnitAliases;

/**
 * {@code civicplan import appendix.xlsx|appendix.docx --store … --plan …}: an official's appendix
 * into a plan of the store through {@link AppendixImport} (the plan service: access rules, audit;
 * one transaction), or with {@code --new-plan} into a new draft plan; {@code --dry-run} prints the
 * import summary and writes nothing.
 */
final class AppendixImporting {
    private AppendixImporting() {}

    /** What the import command was given for an appendix file. */
    record Request(
            Path file,
            String plan,
            boolean newPlan,
            String program,
            String number,
            String date,
            String title,
            String actingUnit,
            String official,
            boolean dryRun) {}

    static int run(Request r, StoreOption store, PrintWriter out) {
        CivicPlanCli.Options o = store.options;
        if (r.plan() == null) {
            throw new InvalidInputException(Message.of(
                    "Nhập phụ lục cần --plan: mã kế hoạch có sẵn, hoặc mã kế hoạch mới cùng --new-plan",
                    "Importing an appendix needs --plan: an existing plan's id, or a new plan's id with --new-plan"));
        }
        try (OpenStore open = store.open()) {
            PlanService service = PlanService.of(open.store());
            ImportTarget target = target(r, o);
            UnitCode unit = r.actingUnit() != null
                    ? UnitCode.of(r.actingUnit())
                    : open.store().plans().get(PlanId.of(r.plan())).issuer();
            Actor actor = new Actor(unit, r.official());
            // the store's units answer to their registered aliases and their provinces' place names
            AppendixImport importer = new AppendixImport(
                    service, UnitAliases.of(open.store().units().directory()), ReadLimits.DEFAULT);
            ImportSummary summary =
                    r.dryRun() ? importer.dryRun(r.file(), target, actor) : importer.run(r.file(), target, actor);
            for (String line : summary.lines(o.lang())) {
                out.println(line);
            }
            return summary.clean() ? CivicPlanCli.OK : CivicPlanCli.FINDINGS;
        }
    }

    private static ImportTarget target(Request r, CivicPlanCli.Options o) {
        PlanId plan = PlanId.of(r.plan());
        if (!r.newPlan()) {
            return new ImportTarget.Existing(plan);
        }
        if (r.program() == null || r.number() == null || r.date() == null || r.actingUnit() == null) {
            throw new InvalidInputException(Message.of(
                    "Kế hoạch mới (--new-plan) cần --program, --number (số, ký hiệu, ví dụ 186/KH-UBND),"
                            + " --date (yyyy-MM-dd) và --as (đơn vị ban hành)",
                    "A new plan (--new-plan) needs --program, --number (number and symbol, e.g. 186/KH-UBND),"
                            + " --date (yyyy-MM-dd) and --as (the issuing unit)"));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(r.date());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Message.of(
                    "--date \"" + r.date() + "\" không phải ngày dạng yyyy-MM-dd, ví dụ 2021-07-20",
                    "--date \"" + r.date() + "\" is not a date as yyyy-MM-dd, e.g. 2021-07-20"));
        }
        DocumentRef document = DocumentRef.read(r.number()).ref().withDate(date);
        return new ImportTarget.NewDraft(plan, ProgramId.of(r.program()), document, Optional.ofNullable(r.title()));
    }
}
