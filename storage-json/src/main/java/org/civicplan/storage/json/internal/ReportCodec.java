package org.civicplan.storage.json.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.storage.json.internal.StoreDocs.ReportDoc;

/** Progress reports in JSON (with the progress of each item), and the store's report files. */
final class ReportCodec {
    private ReportCodec() {}

    static ProgressReport read(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        ReportId id = o.reqId("id", ReportId::of);
        ProgramId program = o.reqId("program", ProgramId::of);
        UnitCode unit = o.reqId("unit", UnitCode::of);
        Period period = o.req("period", Scalars::period);
        ReportStatus status = o.reqCode("status", ReportStatus.class);
        List<ItemProgress> items = o.list("items", ReportCodec::itemProgress);
        Optional<String> narrative = o.opt("narrative", Scalars::string);
        List<String> difficulties = o.list("difficulties", Scalars::string);
        List<String> proposals = o.list("proposals", Scalars::string);
        Optional<String> returnReason = o.opt("returnReason", Scalars::string);
        long version = o.version();
        return o.build(
                "report",
                () -> new ProgressReport(
                        id,
                        program,
                        unit,
                        period,
                        status,
                        items,
                        narrative,
                        difficulties,
                        proposals,
                        returnReason,
                        version));
    }

    static void write(ObjectWriter w, ProgressReport r) {
        w.start();
        w.string("id", r.id().value());
        w.string("program", r.program().value());
        w.string("unit", r.unit().value());
        w.period("period", r.period());
        w.code("status", r.status());
        w.array("items", r.items(), ReportCodec::write);
        w.opt("narrative", r.narrative());
        w.strings("difficulties", r.difficulties());
        w.strings("proposals", r.proposals());
        w.opt("returnReason", r.returnReason());
        w.number("version", r.version());
        w.end();
    }

    private static ItemProgress itemProgress(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        ItemId item = o.reqId("item", ItemId::of);
        ItemStatus status = o.reqCode("status", ItemStatus.class);
        Integer percent = o.req("percentDone", Scalars::percent);
        Optional<LocalDate> completedOn = o.opt("completedOn", Scalars::date);
        Optional<String> note = o.opt("note", Scalars::string);
        List<FundingLine> spent = o.list("spent", CommonCodec::fundingLine);
        return o.build("item progress", () -> new ItemProgress(item, status, percent, completedOn, note, spent));
    }

    private static void write(ObjectWriter w, ItemProgress p) {
        w.start();
        w.string("item", p.item().value());
        w.code("status", p.status());
        w.number("percentDone", p.percentDone());
        w.opt("completedOn", p.completedOn());
        w.opt("note", p.note());
        w.array("spent", p.spent(), CommonCodec::write);
        w.end();
    }

    /** {@code reports/<id>.json}: one report. */
    static final DocKind<ReportDoc> DOC =
            DocKind.single("report", ReportCodec::read, ReportCodec::write, ReportDoc::report, ReportDoc::new);
}
