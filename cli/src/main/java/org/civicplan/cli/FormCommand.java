package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.civicplan.appendix.ReportForms;
import org.civicplan.appendix.UnitForm;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.PortfolioStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "form",
        mixinStandardHelpOptions = true,
        description = {
            "Biểu báo cáo (.xlsx) của một đơn vị cho một kỳ, điền sẵn; --all-units: biểu của mọi đơn vị vào một thư mục.",
            "A unit's pre-filled report form (.xlsx) for a period; --all-units: every unit's form into a folder."
        })
final class FormCommand implements Callable<Integer>, CivicPlanCli.HasOptions {
    @CommandLine.Mixin
    StoreOption store;

    @CommandLine.Option(names = "--unit", description = "Mã đơn vị / the unit's code, e.g. SKHCN")
    String unit;

    @CommandLine.Option(
            names = "--all-units",
            description = "Mọi đơn vị có nhiệm vụ hoặc chỉ tiêu / every unit with items or indicators")
    boolean allUnits;

    @CommandLine.Option(names = "--period", required = true, description = "Kỳ báo cáo / period, e.g. 2021-H1")
    String period;

    @CommandLine.Option(
            names = "--program",
            description = "Mã chương trình (mặc định: chương trình duy nhất) / program (default: the only one)")
    String program;

    @CommandLine.Option(
            names = "--out",
            required = true,
            description = "Tệp .xlsx, hoặc thư mục với --all-units / the .xlsx file, or a folder with --all-units")
    Path out;

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
        if (allUnits == (unit != null)) {
            throw new InvalidInputException(Message.of(
                    "Ghi --unit MÃ (một đơn vị) hoặc --all-units (mọi đơn vị), một trong hai",
                    "Give either --unit CODE (one unit) or --all-units (every unit)"));
        }
        Period p = Period.parse(period);
        try (OpenStore open = store.open()) {
            ProgramId programId = programOf(open.store(), program);
            ReportForms forms = new ReportForms(open.store());
            if (allUnits) {
                List<Path> files = forms.writeAll(programId, p, out);
                w.println(o.t(
                        "Đã ghi " + files.size() + " biểu báo cáo kỳ " + p.code() + " vào " + out,
                        "Wrote " + files.size() + " report forms for " + p.code() + " into " + out));
                files.forEach(f -> w.println("  " + f.getFileName()));
            } else {
                UnitForm form = forms.write(programId, UnitCode.of(unit), p, out);
                w.println(o.t(
                        "Đã ghi biểu báo cáo của " + unit + " kỳ " + p.code() + ": "
                                + form.items().size()
                                + " nhiệm vụ, " + form.indicators().size() + " chỉ tiêu, hạn gửi "
                                + form.reporting().due() + " → " + out,
                        "Wrote " + unit + "'s report form for " + p.code() + ": "
                                + form.items().size() + " items, "
                                + form.indicators().size() + " indicators, due "
                                + form.reporting().due() + " → "
                                + out));
            }
        }
        return CivicPlanCli.OK;
    }

    /** The program given, or the store's only one. */
    static ProgramId programOf(PortfolioStore store, String program) {
        if (program != null) {
            return store.programs().get(ProgramId.of(program)).id();
        }
        List<Program> all = store.programs().all();
        if (all.size() != 1) {
            throw new InvalidInputException(Message.of(
                    "Kho có " + all.size() + " chương trình: ghi --program MÃ",
                    "The store holds " + all.size() + " programs: give --program ID"));
        }
        return all.get(0).id();
    }
}
