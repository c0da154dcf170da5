package org.civicplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.civicplan.core.DanglingReferenceException;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.spi.References;
import org.civicplan.storage.json.PortfolioJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Nhập một tệp danh mục JSON vào kho (thư mục JSON hoặc cơ sở dữ liệu): tất cả hoặc không gì cả.",
            "Imports a portfolio JSON file into a store (JSON directory or database): all of it or nothing."
        })
final class ImportCommand implements Callable<Integer>, CivicPlanCli.HasOptions {
    @CommandLine.Parameters(paramLabel = "FILE", description = "Tệp JSON định dạng civicplan / a civicplan JSON file")
    Path file;

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
        try (ProgressBar bar = Progress.bar(o.t("Nhập", "Import"), 3, noProgress)) {
            Portfolio portfolio = PortfolioJson.create().read(file);
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
}
