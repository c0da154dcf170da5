package org.civicplan.export.csv;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import org.civicplan.core.Lang;
import org.civicplan.core.export.ExportScope;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.export.csv.internal.CsvOutput;

/**
 * The appendix items as one CSV ("csv"), one row per item: id, plan, STT, kind, title, lead and
 * coordinating units, deadline, product, approval level, status on the request's date, total
 * funding in đồng (a plain integer), funding sources and indicator codes. Headers and labels in the
 * request's language. UTF-8 with a byte order mark, RFC 4180, CRLF: Excel opens it with the
 * Vietnamese intact.
 *
 * <p>Text cells beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return are written with a leading single quote (OWASP CSV injection), unless the exporter is made
 * with {@code rawCells} true.
 */
public final class CsvExporter implements Exporter {
    public static final String FORMAT = "csv";

    private final boolean rawCells;

    /** Cells a spreadsheet would run as formulas are written as text (a leading single quote). */
    @Inject
    public CsvExporter() {
        this(false);
    }

    /**
     * {@code rawCells}: write every cell exactly as stored, formula-like text included (for a
     * program that reads the file back, never for a file people open in a spreadsheet).
     */
    public CsvExporter(boolean rawCells) {
        this.rawCells = rawCells;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    /** The header row in the language. */
    public static List<String> header(Lang lang) {
        return lang.pick(
                List.of(
                        "Mã nhiệm vụ",
                        "Kế hoạch",
                        "STT",
                        "Loại",
                        "Nhiệm vụ",
                        "Cơ quan chủ trì",
                        "Cơ quan phối hợp",
                        "Thời gian hoàn thành",
                        "Sản phẩm",
                        "Cấp trình",
                        "Tình trạng",
                        "Kinh phí (đồng)",
                        "Nguồn vốn",
                        "Chỉ tiêu liên quan",
                        "Tình trạng tính đến ngày"),
                List.of(
                        "Item id",
                        "Plan",
                        "No.",
                        "Kind",
                        "Task",
                        "Lead agency",
                        "Coordinating agencies",
                        "Deadline",
                        "Product",
                        "Approved by",
                        "Status",
                        "Funding (VND)",
                        "Funding sources",
                        "Related indicators",
                        "Status as of"));
    }

    @Override
    public void export(ExportRequest request, OutputStream out) {
        requireNonNull(request, "request is null");
        requireNonNull(out, "out is null");
        Lang lang = request.lang();
        UnitDirectory units = request.store().units().directory();
        // the one date every row's status is judged on, stated in its own column
        LocalDate judgedOn = ExportScope.judgedOn(request);
        String judged = judgedOn.toString();
        try (CsvOutput csv = new CsvOutput(out, header(lang), rawCells)) {
            for (Plan plan : ExportScope.plans(request)) {
                for (Item item : request.store().items().byPlan(plan.id())) {
                    csv.row(
                            item.id().value(),
                            plan.id().value(),
                            item.number(),
                            item.kind().label(lang),
                            item.title(),
                            ItemText.leadUnits(item, units, ItemText.UNITS_IN_CSV),
                            ItemText.coordinatingUnits(item, units, ItemText.UNITS_IN_CSV),
                            ItemText.deadline(item, lang),
                            ItemText.product(item.product(), lang),
                            item.approvalLevel().map(a -> a.label(lang)).orElse(""),
                            item.stateOn(judgedOn).label(lang),
                            item.assignment().resources().total().toPlainString(),
                            ItemText.fundingSources(item, lang),
                            codes(item.indicators()),
                            judged);
                }
            }
        }
    }

    private static String codes(List<IndicatorCode> codes) {
        StringJoiner out = new StringJoiner("; ");
        codes.forEach(c -> out.add(c.value()));
        return out.toString();
    }
}
