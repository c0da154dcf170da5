package org.civicplan.export.xlsx.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicplan.core.export.ExportScope;
import org.civicplan.core.export.NonClosingOutputStream;
import org.civicplan.core.export.UnableToExportException;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.export.xlsx.AppendixColumn;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the workbook: the appendix of each plan, then the review, indicator, resource and
 * public-investment sheets. Each sheet is written top to bottom and finished before the next
 * starts; long sheets are flushed every {@value Styles#FLUSH_EVERY} rows so only that many rows
 * are ever held. Each plan's items are read once, for its appendix sheet; the public-investment
 * sheet keeps the candidates' cells from that read.
 */
public final class WorkbookWriter {
    private final Report report;
    private final Set<AppendixColumn> optional;

    public WorkbookWriter(ExportRequest request, Set<AppendixColumn> optional) {
        this.report = new Report(requireNonNull(request, "request is null"));
        this.optional = requireNonNull(optional, "optional is null");
    }

    /** Writes the workbook to {@code out}, which stays open. */
    public void write(OutputStream out) {
        ExportRequest request = report.request();
        try {
            Workbook wb = new Workbook(new NonClosingOutputStream(out), "civicplan", "1.0");
            List<Plan> plans = ExportScope.plans(request);
            InvestmentSheet investment = new InvestmentSheet(report);
            appendices(wb, plans, investment);
            Period period = ExportScope.reviewPeriod(request);
            List<Review> reviews = new ReviewSheet(report)
                    .write(wb.newWorksheet(report.pick("Sơ kết", "Review")), ExportScope.programs(request), period);
            new IndicatorSheet(report).write(wb.newWorksheet(report.pick("Chỉ tiêu", "Indicators")), reviews, period);
            new ResourceSheet(report).write(wb.newWorksheet(report.pick("Nguồn lực", "Resources")), reviews, period);
            investment.write(wb.newWorksheet(report.pick("Đầu tư công", "Public investment")));
            wb.finish();
        } catch (IOException e) {
            throw UnableToExportException.writing("tệp Excel (xlsx)", "the spreadsheet (xlsx)", e);
        }
    }

    /**
     * "Phụ lục" for one plan, "Phụ lục KH-186", "Phụ lục KH-187", ... for several; each plan's
     * public-investment candidates go to {@code investment}.
     */
    private void appendices(Workbook wb, List<Plan> plans, InvestmentSheet investment) throws IOException {
        String appendix = report.pick("Phụ lục", "Appendix");
        if (plans.isEmpty()) {
            Worksheet ws = wb.newWorksheet(appendix);
            ws.value(0, 0, report.pick("Không có kế hoạch", "No plan"));
            ws.finish();
        }
        Set<String> names = new HashSet<>();
        AppendixSheet sheet = new AppendixSheet(report, optional);
        for (Plan plan : plans) {
            String name = plans.size() == 1
                    ? appendix
                    : sheetName(appendix + " " + plan.id().value(), names);
            names.add(name);
            List<Item> items = report.request().store().items().byPlan(plan.id());
            sheet.write(wb.newWorksheet(name), plan, items);
            investment.add(plan, items);
        }
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook. */
    static String sheetName(String wanted, Set<String> taken) {
        String clean = org.civicplan.core.text.XmlText.clean(wanted).replaceAll("[\\[\\]:*?/\\\\]", "-");
        String name = clean.length() > 31 ? clean.substring(0, 31) : clean;
        int n = 2;
        while (taken.contains(name)) {
            String suffix = " (" + n++ + ")";
            name = (clean.length() + suffix.length() > 31 ? clean.substring(0, 31 - suffix.length()) : clean) + suffix;
        }
        return name;
    }
}
