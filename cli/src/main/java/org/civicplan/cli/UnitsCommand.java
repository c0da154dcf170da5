package org.civicplan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "units",
        mixinStandardHelpOptions = true,
        description = {"Danh mục đơn vị, xếp theo tên tiếng Việt.", "The unit directory, in Vietnamese name order."})
final class UnitsCommand implements Callable<Integer>, CivicPlanCli.HasOptions {
    @CommandLine.Mixin
    StoreOption store;

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
        try (OpenStore open = store.open()) {
            UnitDirectory directory = open.store().units().directory();
            out.println(o.t("Danh mục đơn vị (" + directory.size() + "):", "Units (" + directory.size() + "):"));
            for (OrgUnit unit : directory.sorted()) {
                String parent =
                        unit.parent().map(p -> "  ⟵ " + directory.nameOf(p)).orElse("");
                out.printf(
                        "  %-10s %-55s %s%s%n",
                        unit.code(), unit.name(), unit.kind().label(o.lang()), parent);
            }
        }
        return CivicPlanCli.OK;
    }
}
