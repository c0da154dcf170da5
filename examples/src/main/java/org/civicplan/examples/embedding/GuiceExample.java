package org.civicplan.examples.embedding;

import com.google.inject.Injector;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.export.Exporters;
import org.civicplan.core.guice.CivicPlan;
import org.civicplan.core.guice.CivicPlanModule;
import org.civicplan.core.guice.ExporterBinder;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.export.csv.guice.CsvExportModule;
import org.civicplan.export.html.guice.HtmlExportModule;
import org.civicplan.export.xlsx.guice.XlsxExportModule;
import org.civicplan.storage.jdbc.guice.JdbcStorageModule;
import org.civicplan.validation.ClarityCheck;
import org.civicplan.validation.ClarityReport;
import org.civicplan.validation.guice.ValidationModule;

/**
 * Guice: the JDBC store (embedded H2 file), the clarity check, the exporters — ours and a custom
 * one registered by format name — wired in production stage with explicit bindings.
 */
public final class GuiceExample {
    private GuiceExample() {}

    public record Result(ClarityReport clarity, Review review, java.util.Set<String> formats, String workload) {}

    public static Result run(Path h2Directory) {
        Injector injector = CivicPlan.createInjector(
                new CivicPlanModule(Program07Sample.PORTFOLIO_ID),
                new JdbcStorageModule(h2Directory),
                new ValidationModule(),
                new XlsxExportModule(),
                new CsvExportModule(),
                new HtmlExportModule(),
                binder -> ExporterBinder.exporterBinder(binder)
                        .addExporter(UnitWorkloadExporter.FORMAT)
                        .to(UnitWorkloadExporter.class));
        PortfolioStore store = injector.getInstance(PortfolioStore.class);
        if (store.programs().find(Program07Sample.PROGRAM).isEmpty()) {
            store.importPortfolio(Program07Sample.portfolio());
        }
        ClarityReport clarity =
                injector.getInstance(ClarityCheck.class).check(store.snapshot(), Program07Sample.CITY_PLAN);
        Review review =
                injector.getInstance(ReviewService.class).review(Program07Sample.PROGRAM, Period.firstHalf(2021));
        Exporters exporters = injector.getInstance(Exporters.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporters
                .get(UnitWorkloadExporter.FORMAT)
                .export(
                        new ExportRequest(
                                store,
                                Optional.of(Program07Sample.CITY_PLAN),
                                Lang.VI,
                                Program07Sample.REVIEW_DATE,
                                Optional.empty()),
                        out);
        return new Result(clarity, review, exporters.formats(), out.toString(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) {
        Result result = run(Path.of(args.length > 0 ? args[0] : "civicplan-data/guice"));
        System.out.println("Định dạng xuất / export formats: " + result.formats());
        System.out.println(
                "Lỗi rõ ràng / clarity errors: " + result.clarity().summary().errors());
        System.out.println(
                "Chưa báo cáo 2021-H1 / not reported: " + result.review().unitsNotReported());
        System.out.print(result.workload());
    }
}
