package org.civicplan.storage.jdbc.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.DeadlineForms;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.ItemScope;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;

/**
 * The compact text form of a whole item, used for revisions in {@code item_history} and for the
 * proposed item of an adjustment: one {@code key=value} line per field (lists repeat the key),
 * values escaped ({@code \\}, {@code \n}, {@code \r}), enums by code, periods by code, money in
 * whole đồng. The first line is the format version, {@code civicplan-item 1}.
 */
public final class ItemText {
    private static final String HEADER = "civicplan-item 1";

    private ItemText() {}

    public static String write(Item item) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        put(out, "id", item.id().value());
        put(out, "plan", item.plan().value());
        put(out, "number", Integer.toString(item.number()));
        put(out, "kind", item.kind().code());
        item.section().ifPresent(s -> put(out, "section", s.toString()));
        put(out, "title", item.title());
        item.content().ifPresent(s -> put(out, "content", s));
        Product product = item.product();
        product.kind().ifPresent(k -> put(out, "product.kind", k.code()));
        product.description().ifPresent(s -> put(out, "product.description", s));
        product.quantity().ifPresent(q -> put(out, "product.quantity", q.toString()));
        item.approvalLevel().ifPresent(a -> put(out, "approval", a.code()));
        item.start().ifPresent(d -> put(out, "start", d.toString()));
        item.deadline().ifPresent(p -> put(out, "deadline", p.code()));
        item.deadlineAsWritten().ifPresent(w -> {
            put(out, "deadline.text", w.text());
            put(out, "deadline.reading", DeadlineForms.write(w));
        });
        item.indicators().forEach(i -> put(out, "indicator", i.value()));
        item.prerequisites().forEach(i -> put(out, "prerequisite", i.value()));
        item.publicInvestment().ifPresent(pi -> {
            put(out, "pi.total", pi.estimatedTotal().toPlainString());
            pi.projectGroup().ifPresent(s -> put(out, "pi.group", s));
            pi.note().ifPresent(s -> put(out, "pi.note", s));
        });
        put(out, "scope", item.scope().code());
        Assignment a = item.assignment();
        a.leadUnits().forEach(u -> put(out, "lead", u.value()));
        a.coordinatingUnits().forEach(u -> put(out, "coord", u.value()));
        a.leadAsWritten().forEach(s -> put(out, "lead.written", s));
        a.coordinatingAsWritten().forEach(s -> put(out, "coord.written", s));
        a.responsible().ifPresent(o -> {
            put(out, "responsible", "");
            o.name().ifPresent(s -> put(out, "responsible.name", s));
            o.post().ifPresent(s -> put(out, "responsible.post", s));
            o.unit().ifPresent(u -> put(out, "responsible.unit", u.value()));
            o.unitAsWritten().ifPresent(s -> put(out, "responsible.unit.written", s));
        });
        a.reportingUnit().ifPresent(u -> put(out, "reporting", u.value()));
        a.reportingUnitAsWritten().ifPresent(s -> put(out, "reporting.written", s));
        a.leadRationale().ifPresent(s -> put(out, "rationale", s));
        Resources r = a.resources();
        r.funding()
                .forEach(f -> put(
                        out,
                        "funding",
                        f.source().code() + "|" + f.year() + "|" + f.amount().toPlainString()));
        put(out, "regularBudget", Boolean.toString(r.regularBudget()));
        r.staff().ifPresent(s -> put(out, "staff", s.toString()));
        r.note().ifPresent(s -> put(out, "resources.note", s));
        put(out, "status", item.status().code());
        item.completedOn().ifPresent(d -> put(out, "completedOn", d.toString()));
        put(out, "revision", Integer.toString(item.revision()));
        put(out, "version", Long.toString(item.version()));
        return out.toString();
    }

    public static Item read(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new UnableToStoreException(Message.of(
                    "Dữ liệu phiên bản nhiệm vụ không đúng định dạng (thiếu \"" + HEADER + "\")",
                    "Stored item revision is not in the expected form (no \"" + HEADER + "\" header)"));
        }
        Fields f = new Fields();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            int eq = lines[i].indexOf('=');
            f.add(lines[i].substring(0, eq), unescape(lines[i].substring(eq + 1)));
        }
        Item.Builder b = Item.builder(
                        ItemId.of(f.one("id")), PlanId.of(f.one("plan")), Integer.parseInt(f.one("number")))
                .kind(ItemKind.fromCode(f.one("kind")))
                .section(f.opt("section").map(Integer::valueOf).orElse(null))
                .title(f.one("title"))
                .content(f.opt("content").orElse(null))
                .product(new Product(
                        f.opt("product.kind").map(ProductKind::fromCode),
                        f.opt("product.description"),
                        f.opt("product.quantity").map(Integer::valueOf)))
                .approvalLevel(f.opt("approval").map(ApprovalLevel::fromCode).orElse(null))
                .start(f.opt("start").map(LocalDate::parse).orElse(null))
                .deadline(f.opt("deadline").map(Period::parse).orElse(null))
                .indicators(f.all("indicator").stream().map(IndicatorCode::of).toList())
                .prerequisites(f.all("prerequisite").stream().map(ItemId::of).toList())
                .publicInvestment(f.opt("pi.total")
                        .map(t -> new PublicInvestment(
                                new Vnd(new java.math.BigInteger(t)), f.opt("pi.group"), f.opt("pi.note")))
                        .orElse(null))
                .scope(ItemScope.fromCode(f.one("scope")))
                .status(ItemStatus.fromCode(f.one("status")))
                .completedOn(f.opt("completedOn").map(LocalDate::parse).orElse(null))
                .revision(Integer.parseInt(f.one("revision")))
                .version(Long.parseLong(f.one("version")));
        List<FundingLine> funding = new ArrayList<>();
        for (String line : f.all("funding")) {
            String[] parts = line.split("\\|", -1);
            funding.add(new FundingLine(
                    FundingSource.fromCode(parts[0]),
                    Integer.parseInt(parts[1]),
                    new Vnd(new java.math.BigInteger(parts[2]))));
        }
        Optional<Official> responsible = f.opt("responsible")
                .map(x -> new Official(
                        f.opt("responsible.name"),
                        f.opt("responsible.post"),
                        f.opt("responsible.unit").map(UnitCode::of),
                        f.opt("responsible.unit.written")));
        f.opt("deadline.text").ifPresent(t -> b.deadlineAsWritten(DeadlineForms.read(t, f.one("deadline.reading"))));
        b.assignment(new Assignment(
                f.all("lead").stream().map(UnitCode::of).toList(),
                f.all("coord").stream().map(UnitCode::of).toList(),
                responsible,
                f.opt("reporting").map(UnitCode::of),
                f.opt("rationale"),
                new Resources(
                        funding,
                        Boolean.parseBoolean(f.one("regularBudget")),
                        f.opt("staff").map(Integer::valueOf),
                        f.opt("resources.note")),
                f.all("lead.written"),
                f.all("coord.written"),
                f.opt("reporting.written")));
        return b.build();
    }

    /** Texts one per line, each escaped; null for none (a nullable column). */
    static String lines(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        return String.join("\n", values.stream().map(ItemText::escape).toList());
    }

    /** The texts {@link #lines(List)} wrote; none for null. */
    static List<String> lines(String column) {
        if (column == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : column.split("\n", -1)) {
            out.add(unescape(line));
        }
        return out;
    }

    private static void put(StringBuilder out, String key, String value) {
        out.append(key).append('=').append(escape(value)).append('\n');
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                out.append(
                        switch (n) {
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> n;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final class Fields {
        private final java.util.Map<String, List<String>> values = new java.util.HashMap<>();

        void add(String key, String value) {
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }

        Optional<String> opt(String key) {
            List<String> list = values.get(key);
            return list == null ? Optional.empty() : Optional.of(list.get(0));
        }

        String one(String key) {
            return opt(key).orElseThrow(() -> new UnableToStoreException(Message.of(
                    "Dữ liệu phiên bản nhiệm vụ thiếu trường \"" + key + "\"",
                    "Stored item revision lacks field \"" + key + "\"")));
        }

        List<String> all(String key) {
            return values.getOrDefault(key, List.of());
        }
    }
}
