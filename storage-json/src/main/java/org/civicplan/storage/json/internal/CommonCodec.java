package org.civicplan.storage.json.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.Message;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;

/**
 * Parts several aggregates share: document references (programs, plans), officials (a steering
 * committee, an item's responsible person) and funding lines (an item's resources, a report's
 * spending).
 */
final class CommonCodec {
    private CommonCodec() {}

    /** {@code "186/KH-UBND"}, or {@code {"symbol": "186/KH-UBND", "date": "2021-07-26"}}. */
    static DocumentRef documentRef(Scalars in, Node n) {
        if (n.type() == Node.Type.STRING) {
            return documentRef(in, n, n.string(), Optional.empty());
        }
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        String symbol = o.req("symbol", Scalars::string);
        Optional<LocalDate> date = o.opt("date", Scalars::date);
        o.done();
        if (symbol == null || date == null) {
            return null;
        }
        return documentRef(in, n.field("symbol"), symbol, date);
    }

    private static DocumentRef documentRef(Scalars in, Node at, String text, Optional<LocalDate> date) {
        try {
            DocumentRef ref = DocumentRef.parse(text);
            return date.isPresent() ? ref.withDate(date.get()) : ref;
        } catch (CivicPlanException e) {
            in.problems().add(at, e.text());
            return null;
        } catch (RuntimeException e) {
            in.problems()
                    .add(
                            at,
                            Message.of(
                                    at.shown() + " không phải số, ký hiệu văn bản (ví dụ \"186/KH-UBND\")",
                                    at.shown() + " is not a document number and symbol (e.g. \"186/KH-UBND\")"));
            return null;
        }
    }

    static void write(ObjectWriter w, DocumentRef ref) {
        w.start();
        w.string("symbol", ref.symbol());
        w.opt("date", ref.date());
        w.end();
    }

    static Official official(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        Optional<String> name = o.opt("name", Scalars::string);
        Optional<String> post = o.opt("post", Scalars::string);
        Optional<UnitCode> unit = o.optId("unit", UnitCode::of);
        return o.build("official", () -> new Official(name, post, unit));
    }

    static void write(ObjectWriter w, Official official) {
        w.start();
        w.opt("name", official.name());
        w.opt("post", official.post());
        w.opt("unit", official.unit());
        w.end();
    }

    static FundingLine fundingLine(Scalars in, Node n) {
        ObjectReader o = ObjectReader.of(in, n);
        if (o == null) {
            return null;
        }
        FundingSource source = o.reqCode("source", FundingSource.class);
        Integer year = o.req("year", Scalars::year);
        Vnd amount = o.req("amount", Scalars::money);
        return o.build("funding line", () -> new FundingLine(source, year, amount));
    }

    static void write(ObjectWriter w, FundingLine line) {
        w.start();
        w.code("source", line.source());
        w.number("year", line.year());
        w.string("amount", line.amount().toPlainString());
        w.end();
    }
}
