package org.civicplan.validation.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.docref.InvalidDocumentRefException;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanSections;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.period.InvalidPeriodException;
import org.civicplan.core.period.Period;
import org.civicplan.core.text.VietnameseText;

/**
 * The corpus rows turned into the library's model, as an import of these documents would: one plan
 * per document (its number/symbol and date when printed), one item per row (the task cell as title,
 * a separate content cell as content), one org unit per body named in the lead and coordinator
 * cells, the deadline as a {@link Period} where it (or the date inside it) parses.
 *
 * <p>The approval cell (a level, "UBND tỉnh phê duyệt", or the issuer's answer, "Đồng ý về nguyên
 * tắc") is a line of the item's content in its own words.
 *
 * <p>A deadline cell with no date the period parser reads ("30 ngày làm việc", "tại phiên họp Chính
 * phủ tháng 3"), or with more words than its date ("gửi báo cáo về Sở … trước ngày 28/5/2015"), is kept
 * as a line "Thời hạn: …" of the item's content: the model has no free-text
 * deadline, and a plan that prints its deadline in the content cell reads the same way.
 */
final class CorpusPortfolio {
    /** A new body starts after ";" or a line break, or after "," / "và" when a body's head word follows. */
    private static final Pattern SPLIT = Pattern.compile("\\s*[;\\n]\\s*|\\s*(?:,|\\bvà)\\s+(?=(?:Sở|Bộ|UBND|Ủy ban|Uỷ"
            + " ban|Ban|Văn phòng|Công an|Thanh tra|Kho bạc|Cục|Tổng cục|Đài|Báo|Hội|Mặt trận|Liên đoàn|Trường|Viện"
            + "|Ngân hàng|Bảo hiểm|Tỉnh đoàn|Thành đoàn|Bộ Chỉ huy|Tập đoàn|Tổng công ty|Công ty|Đại học)\\b)");

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern DMY_WORDS = Pattern.compile("(\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})");

    final Portfolio portfolio;
    /** Row id → its item. */
    final Map<String, Item> items = new LinkedHashMap<>();
    /** Document key → its plan. */
    final Map<String, Plan> plans = new LinkedHashMap<>();
    /** Plan → the corpus kind of its document. */
    final Map<PlanId, String> kinds = new LinkedHashMap<>();

    private final Map<String, OrgUnit> units = new LinkedHashMap<>();

    CorpusPortfolio(List<CorpusRow> rows) {
        List<Plan> parents = new ArrayList<>();
        Map<PlanId, Integer> numbers = new LinkedHashMap<>();
        List<Item> all = new ArrayList<>();
        for (CorpusRow row : rows) {
            Plan plan = plans.computeIfAbsent(row.documentKey(), k -> plan(row, parents));
            kinds.put(plan.id(), row.kind());
            int number = numbers.merge(plan.id(), 1, Integer::sum);
            Item item = item(row, plan.id(), number);
            items.put(row.id(), item);
            all.add(item);
        }
        List<Plan> allPlans = new ArrayList<>(parents);
        allPlans.addAll(plans.values());
        portfolio = new Portfolio(
                PortfolioId.of("CORPUS"),
                "Corpus of real rows",
                List.copyOf(units.values()),
                List.of(),
                allPlans,
                all,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private Plan plan(CorpusRow row, List<Plan> parents) {
        PlanId id = PlanId.of("P" + (plans.size() + 1) + "-" + row.source());
        Optional<LocalDate> date = row.documentDate().flatMap(CorpusPortfolio::date);
        Optional<DocumentRef> ref = row.documentNumber().flatMap(n -> ref(n, date));
        Optional<PlanId> parent = Optional.empty();
        UnitCode issuer = unit(row.issuer().replaceAll("\\s*\\(.*", "")).code();
        if (row.kind().equals("cascaded-plan")) {
            Plan up = new Plan(
                    PlanId.of(id.value() + "-UP"),
                    Optional.empty(),
                    Optional.empty(),
                    issuer,
                    Optional.empty(),
                    "Kế hoạch cấp trên",
                    Optional.empty(),
                    PlanSections.EMPTY,
                    List.of(),
                    PlanStatus.ISSUED,
                    0);
            parents.add(up);
            parent = Optional.of(up.id());
        }
        return new Plan(
                id,
                Optional.empty(),
                parent,
                issuer,
                ref,
                row.task().length() > 60 ? row.source() : row.task(),
                Optional.empty(),
                PlanSections.EMPTY,
                List.of(),
                PlanStatus.ISSUED,
                0);
    }

    private static Optional<DocumentRef> ref(String number, Optional<LocalDate> date) {
        try {
            DocumentRef ref =
                    DocumentRef.parse(number.replaceAll("\\s*/\\s*", "/").replaceAll("\\s*-\\s*", "-"));
            return Optional.of(date.map(ref::withDate).orElse(ref));
        } catch (InvalidDocumentRefException e) {
            return Optional.empty();
        }
    }

    private Item item(CorpusRow row, PlanId plan, int number) {
        Item.Builder b =
                Item.builder(ItemId.of(row.id()), plan, number).title(row.task().replace('\n', ' '));
        List<String> content = new ArrayList<>();
        row.content().ifPresent(content::add);
        Optional<Period> deadline = row.deadline().flatMap(CorpusPortfolio::period);
        deadline.ifPresent(b::deadline);
        boolean onlyDate = row.deadline().filter(CorpusPortfolio::parses).isPresent();
        if (deadline.isEmpty() || !onlyDate) {
            // a cell with more than its date ("gửi báo cáo về Sở … trước ngày 28/5/2015") keeps its words
            row.deadline().ifPresent(d -> content.add("Thời hạn: " + d));
        }
        // the approval cell: the level that approves ("UBND tỉnh phê duyệt"), or the issuer's own answer
        // ("Đồng ý về nguyên tắc"); the model's approval level has no such free text, so the cell is kept,
        // in its own words and on its own line, as the content of a document that prints it there would be
        row.approval().ifPresent(ap -> content.add(ap.replace('\n', ' ')));
        if (!content.isEmpty()) {
            b.content(String.join("\n", content));
        }
        row.product()
                .ifPresent(p ->
                        b.product(new Product(Optional.empty(), Optional.of(p.replace('\n', ' ')), Optional.empty())));
        List<UnitCode> leads = row.lead().map(this::units).orElse(List.of());
        List<UnitCode> coordinating = row.coordinators().map(this::units).orElse(List.of());
        coordinating =
                coordinating.stream().filter(c -> !leads.contains(c)).distinct().toList();
        b.assignment(new Assignment(
                leads, coordinating, Optional.empty(), Optional.empty(), Optional.empty(), Resources.NONE));
        return b.build();
    }

    private List<UnitCode> units(String cell) {
        List<UnitCode> codes = new ArrayList<>();
        for (String part : SPLIT.split(cell.strip())) {
            String name = part.strip().replaceAll("[.,;:]+$", "");
            if (!name.isEmpty()) {
                UnitCode code = unit(name).code();
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    private OrgUnit unit(String name) {
        return units.computeIfAbsent(
                VietnameseText.fold(name), k -> OrgUnit.of("U" + (units.size() + 1), name, kind(k)));
    }

    /** What sort of body a name denotes, from its head words (folded). */
    static UnitKind kind(String folded) {
        if (folded.matches("(ubnd|uy ban nhan dan) (cac )?(quan|huyen|thi xa|thanh pho thuoc).*")) {
            return UnitKind.DISTRICT;
        }
        if (folded.matches("(ubnd|uy ban nhan dan) (cac )?(xa|phuong|thi tran).*")) {
            return UnitKind.COMMUNE;
        }
        if (folded.startsWith("ubnd") || folded.startsWith("uy ban nhan dan")) {
            return UnitKind.PEOPLES_COMMITTEE;
        }
        if (folded.matches("(hdnd|hoi dong nhan dan|quoc hoi|uy ban thuong vu quoc hoi).*")) {
            return UnitKind.PEOPLES_COUNCIL;
        }
        if (folded.matches("(tinh uy|thanh uy|huyen uy|quan uy|ban thuong vu).*")) {
            return UnitKind.PARTY_COMMITTEE;
        }
        if (folded.startsWith("ban chi dao")) {
            return UnitKind.STEERING_COMMITTEE;
        }
        if (folded.matches("(cac )?(cong ty|tong cong ty|tap doan|doanh nghiep|ngan hang thuong mai).*")) {
            return UnitKind.ENTERPRISE;
        }
        if (folded.matches("(truong dai hoc|dai hoc|hoc vien|truong cao dang).*")) {
            return UnitKind.UNIVERSITY;
        }
        if (folded.startsWith("vien ")) {
            return UnitKind.INSTITUTE;
        }
        if (folded.matches("(hoi |hiep hoi|mat tran|lien doan|tinh doan|thanh doan|doan thanh nien).*")) {
            return UnitKind.ORGANISATION;
        }
        return UnitKind.DEPARTMENT;
    }

    private static boolean parses(String cell) {
        try {
            Period.parse(cell.strip());
            return true;
        } catch (InvalidPeriodException e) {
            return false;
        }
    }

    /** The cell as a period, else the first date in it ("before" when the cell says "trước"). */
    static Optional<Period> period(String cell) {
        String text = cell.strip();
        try {
            return Optional.of(Period.parse(text));
        } catch (InvalidPeriodException e) {
            // fall through: find a date inside the cell
        }
        Optional<LocalDate> date = date(text);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        boolean before = VietnameseText.fold(text).matches(".*\\b(truoc|khong qua|cham nhat)\\b.*");
        return Optional.of(before ? new Period.Before(date.get()) : new Period.OnDate(date.get()));
    }

    /** The first full date of a text ("23/5/2019", "15-7-2021", "30 tháng 5 năm 2011"); a bare year is 31/12. */
    static Optional<LocalDate> date(String text) {
        for (Pattern p : List.of(DMY, DMY_WORDS)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                try {
                    return Optional.of(LocalDate.of(
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
                } catch (java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
