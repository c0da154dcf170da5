package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.civicplan.appendix.AppendixReader;
import org.civicplan.appendix.AppendixSummary;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.unit.UnitAliases;
import org.civicplan.core.unit.UnitResolver;

/**
 * {@code civicplan validate appendix.xlsx|appendix.docx}: reads an official's appendix table and
 * prints what an import would bring in (items, units resolved / collective / ambiguous / unknown,
 * deadlines read / unread) and every problem at its cell; writes nothing. Unit names are resolved
 * against the units of {@code --store} when one is given, else none resolves.
 */
final class AppendixValidation {
    private AppendixValidation() {}

    /** True for the Office files the appendix reader takes or refuses with advice (.xls, .doc). */
    static boolean isOfficeFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx")
                || name.endsWith(".xlsm")
                || name.endsWith(".docx")
                || name.endsWith(".docm")
                || name.endsWith(".xls")
                || name.endsWith(".doc");
    }

    static int run(
            Path file,
            String storeSpec,
            String portfolio,
            CivicPlanCli.Options options,
            PrintWriter out,
            PrintWriter err)
            throws Exception {
        UnitDirectory units;
        if (storeSpec == null) {
            units = UnitDirectory.empty();
            err.println(options.t(
                    "civicplan: chưa có --store: tên đơn vị không được đối chiếu với danh mục đơn vị nào.",
                    "civicplan: no --store: unit names are not resolved against any unit directory."));
        } else {
            try (OpenStore open = Stores.open(storeSpec, portfolio, null, null, options, err, false)) {
                units = open.store().units().directory();
            }
        }
        AppendixSummary summary = new AppendixReader(new UnitResolver(units, UnitAliases.of(units))).summarize(file);
        for (String line : summary.lines(options.lang())) {
            out.println(line);
        }
        return summary.clean() ? CivicPlanCli.OK : CivicPlanCli.FINDINGS;
    }
}
