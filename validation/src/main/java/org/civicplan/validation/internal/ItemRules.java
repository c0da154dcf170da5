package org.civicplan.validation.internal;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.text.VietnameseText;
import org.civicplan.validation.Rule;

/**
 * The per-item rules that need nothing but the item, one method per dimension. Each returns the
 * hits in a fixed order and never throws on odd data.
 */
public final class ItemRules {
    /** An amount above this (a million billion đồng, about the country's yearly GDP) is a typing error. */
    public static final BigInteger MAX_AMOUNT = BigInteger.TEN.pow(15);

    /** Years outside this range are typing errors (0, 9999), not plans. */
    public static final int MIN_YEAR = 1900;

    public static final int MAX_YEAR = 2200;

    /** Up to this many units, membership is a scan of the list: cheaper than hashing for the usual one or two. */
    private static final int SCAN_LIMIT = 8;

    private ItemRules() {}

    /**
     * Every per-item rule (the eight dimensions), appended to {@code hits}: what the eight class-level
     * constraints on {@link Item} report through a Validator, without one.
     *
     * @param due {@code item.dueDate()}, computed once by the caller
     */
    public static void all(Item item, Optional<LocalDate> due, List<Hit> hits) {
        person(item, hits);
        task(item, hits);
        time(item, due, hits);
        responsibility(item, hits);
        product(item, hits);
        authority(item, hits);
        resources(item, hits);
        measurable(item, hits);
    }

    public static List<Hit> person(Item item) {
        List<Hit> hits = new ArrayList<>();
        person(item, hits);
        return hits;
    }

    static void person(Item item, List<Hit> hits) {
        Assignment a = item.assignment();
        if (a.leadUnits().isEmpty()) {
            hits.add(Hit.of(Rule.PERSON_LEAD_MISSING, "assignment.leadUnits"));
        } else if (a.leadUnits().size() > 1) {
            hits.add(Hit.on(Rule.PERSON_LEAD_MULTIPLE, "assignment.leadUnits")
                    .param("count", a.leadUnits().size())
                    .build());
        }
        if (a.responsible().filter(o -> o.identified()).isEmpty()) {
            hits.add(Hit.of(Rule.PERSON_RESPONSIBLE_MISSING, "assignment.responsible"));
        }
        List<UnitCode> coordinating = a.coordinatingUnits();
        if (coordinating.isEmpty()) {
            return;
        }
        Collection<UnitCode> leads = a.leadUnits().size() <= SCAN_LIMIT ? a.leadUnits() : new HashSet<>(a.leadUnits());
        Set<UnitCode> seen = coordinating.size() <= SCAN_LIMIT ? null : new HashSet<>();
        for (int i = 0; i < coordinating.size(); i++) {
            UnitCode unit = coordinating.get(i);
            if (leads.contains(unit)) {
                hits.add(Hit.on(Rule.PERSON_COORDINATING_LEAD, "assignment.coordinatingUnits[" + i + "]")
                        .param("unit", unit.value())
                        .build());
            } else if (seen == null ? coordinating.subList(0, i).contains(unit) : !seen.add(unit)) {
                // an earlier occurrence of a unit that is not a lead was itself not a lead
                hits.add(Hit.on(Rule.PERSON_COORDINATING_DUPLICATE, "assignment.coordinatingUnits[" + i + "]")
                        .param("unit", unit.value())
                        .build());
            }
        }
    }

    public static List<Hit> task(Item item) {
        List<Hit> hits = new ArrayList<>();
        task(item, hits);
        return hits;
    }

    static void task(Item item, List<Hit> hits) {
        if (item.title().isBlank()) {
            hits.add(Hit.of(Rule.TASK_TITLE_MISSING, "title"));
        }
        Optional<String> content = item.content().filter(c -> !c.isBlank());
        if (content.isEmpty() || repeatsTitle(content.get(), item.title())) {
            hits.add(Hit.of(Rule.TASK_CONTENT_MISSING, "content"));
        } else if (GenericPhrases.isGeneric(content.get())) {
            hits.add(Hit.of(Rule.TASK_CONTENT_GENERIC, "content"));
        }
    }

    public static List<Hit> time(Item item) {
        List<Hit> hits = new ArrayList<>();
        time(item, item.dueDate(), hits);
        return hits;
    }

    /** @param due the item's due date, computed once by the caller */
    static void time(Item item, Optional<LocalDate> due, List<Hit> hits) {
        if (item.deadline().isEmpty()) {
            hits.add(Hit.of(Rule.TIME_DEADLINE_MISSING, "deadline"));
        } else if (due.isEmpty() && item.kind() != ItemKind.TASK) {
            hits.add(Hit.on(Rule.TIME_DEADLINE_OPEN, "deadline")
                    .param("deadline", item.deadline().get().code())
                    .label("kind", item.kind())
                    .build());
        }
        if (item.start().isPresent()) {
            LocalDate start = item.start().get();
            if (absurd(start.getYear())) {
                hits.add(absurdDate("start", start));
            } else if (due.isPresent() && start.isAfter(due.get())) {
                hits.add(Hit.on(Rule.TIME_START_AFTER_DEADLINE, "start")
                        .param("start", start)
                        .param("deadline", due.get())
                        .build());
            }
        }
        item.completedOn().filter(d -> absurd(d.getYear())).ifPresent(d -> hits.add(absurdDate("completedOn", d)));
    }

    public static List<Hit> responsibility(Item item) {
        List<Hit> hits = new ArrayList<>(1);
        responsibility(item, hits);
        return hits;
    }

    static void responsibility(Item item, List<Hit> hits) {
        if (item.assignment().effectiveReportingUnit().isEmpty()) {
            hits.add(Hit.of(Rule.RESPONSIBILITY_REPORTING_MISSING, "assignment.reportingUnit"));
        }
    }

    public static List<Hit> product(Item item) {
        List<Hit> hits = new ArrayList<>();
        product(item, hits);
        return hits;
    }

    static void product(Item item, List<Hit> hits) {
        Product product = item.product();
        if (product.kind().isEmpty()) {
            hits.add(Hit.of(Rule.PRODUCT_KIND_MISSING, "product.kind"));
        }
        if (product.description().isEmpty()) {
            hits.add(Hit.of(Rule.PRODUCT_DESCRIPTION_MISSING, "product.description"));
        }
        if (product.quantity().isPresent() && product.quantity().get() < 1) {
            hits.add(Hit.on(Rule.PRODUCT_QUANTITY_INVALID, "product.quantity")
                    .param("quantity", product.quantity().get())
                    .build());
        } else if (product.quantity().isEmpty()
                && product.kind().filter(k -> k.countable()).isPresent()) {
            hits.add(Hit.on(Rule.PRODUCT_QUANTITY_MISSING, "product.quantity")
                    .label("kind", product.kind().get())
                    .build());
        }
    }

    public static List<Hit> authority(Item item) {
        List<Hit> hits = new ArrayList<>(1);
        authority(item, hits);
        return hits;
    }

    static void authority(Item item, List<Hit> hits) {
        if (item.approvalLevel().isEmpty()) {
            hits.add(Hit.of(Rule.AUTHORITY_LEVEL_MISSING, "approvalLevel"));
            return;
        }
        ApprovalLevel level = item.approvalLevel().get();
        Set<ApprovalLevel> allowed = AuthorityTable.allowed(item);
        if (allowed.contains(level)) {
            return;
        }
        hits.add(Hit.on(Rule.AUTHORITY_LEVEL_MISMATCH, "approvalLevel")
                .label("kind", item.kind())
                .label("level", level)
                .param("allowedVi", allowed.stream().map(ApprovalLevel::vi).collect(Collectors.joining("; ")))
                .param("allowedEn", allowed.stream().map(ApprovalLevel::en).collect(Collectors.joining("; ")))
                .build());
    }

    public static List<Hit> resources(Item item) {
        List<Hit> hits = new ArrayList<>();
        resources(item, hits);
        return hits;
    }

    static void resources(Item item, List<Hit> hits) {
        Resources resources = item.assignment().resources();
        if (resources.funding().isEmpty() && !resources.regularBudget()) {
            hits.add(Hit.of(Rule.RESOURCES_MISSING, "assignment.resources"));
        }
        List<FundingLine> funding = resources.funding();
        for (int i = 0; i < funding.size(); i++) {
            Vnd amount = funding.get(i).amount();
            if (amount.dong().compareTo(MAX_AMOUNT) > 0) {
                hits.add(absurdAmount("assignment.resources.funding[" + i + "].amount", amount));
            } else if (amount.isZero()) {
                hits.add(Hit.of(Rule.RESOURCES_AMOUNT_ZERO, "assignment.resources.funding[" + i + "].amount"));
            }
        }
        if (resources.staff().isPresent() && resources.staff().get() < 0) {
            hits.add(Hit.on(Rule.RESOURCES_STAFF_INVALID, "assignment.resources.staff")
                    .param("staff", resources.staff().get())
                    .build());
        }
        if (item.publicInvestment().isPresent()) {
            Vnd estimate = item.publicInvestment().get().estimatedTotal();
            String path = "publicInvestment.estimatedTotal";
            if (estimate.dong().compareTo(MAX_AMOUNT) > 0) {
                hits.add(absurdAmount(path, estimate));
            } else if (estimate.isZero()) {
                hits.add(Hit.of(Rule.RESOURCES_INVESTMENT_ZERO, path));
            }
        }
    }

    public static List<Hit> measurable(Item item) {
        List<Hit> hits = new ArrayList<>(1);
        measurable(item, hits);
        return hits;
    }

    static void measurable(Item item, List<Hit> hits) {
        if (item.indicators().isEmpty() && item.product().quantity().isEmpty()) {
            hits.add(Hit.of(Rule.MEASURABLE_MISSING, "indicators"));
        }
    }

    /** True when the content only repeats the title (ignoring case, diacritics and spacing). */
    static boolean repeatsTitle(String content, String title) {
        if (title.isBlank()) {
            return false;
        }
        // compared as they fold, stopping at the first difference: nothing is built
        return VietnameseText.foldsAlike(content, title);
    }

    /** The due date of a deadline when it has one. */
    static Optional<LocalDate> due(Optional<Period> deadline) {
        return deadline.flatMap(Period::deadline);
    }

    static boolean absurd(int year) {
        return year < MIN_YEAR || year > MAX_YEAR;
    }

    private static Hit absurdDate(String path, LocalDate date) {
        return Hit.on(Rule.TIME_DATE_ABSURD, path)
                .param("date", date)
                .param("min", MIN_YEAR)
                .param("max", MAX_YEAR)
                .build();
    }

    private static Hit absurdAmount(String path, Vnd amount) {
        return Hit.on(Rule.RESOURCES_AMOUNT_ABSURD, path)
                .param("amount", amount.toPlainString())
                .build();
    }
}
