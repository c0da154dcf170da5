package org.civicplan.validation.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.docref.DocumentType;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.text.VietnameseText;
import org.civicplan.core.unit.CollectivePhrases;
import org.civicplan.validation.Profile;

/**
 * What the calibrated rules need to know about the plan an item belongs to: the profile that runs,
 * the date of the document (or, before it is issued, the start of its issue period), its issuer,
 * and which columns its appendix has — a column some item fills is one every item should fill.
 *
 * @param document the plan's number and symbol as printed, or its id
 * @param issued the date of the document that sets the items' deadlines
 * @param approvalColumn some item states an approval level
 * @param resourcesColumn some item states resources
 * @param measureColumn some item links an indicator or counts its product
 * @param productKindColumn some item states a product kind
 * @param responsibleColumn some item names a responsible official
 * @param decision the document is a decision (quyết định, "QĐ"), whose clauses carry out what it issues
 * @param sharedByFormula a task (its title folded) given word for word to two or more items with different
 *     leads and divided only by "theo chức năng, nhiệm vụ được giao" → every lead it is given to, in order
 */
public record PlanFacts(
        Profile profile,
        String document,
        Optional<LocalDate> issued,
        Optional<OrgUnit> issuer,
        boolean approvalColumn,
        boolean resourcesColumn,
        boolean measureColumn,
        boolean productKindColumn,
        boolean responsibleColumn,
        boolean decision,
        Map<String, List<UnitCode>> sharedByFormula) {
    public PlanFacts {
        requireNonNull(profile, "profile is null");
        sharedByFormula = Map.copyOf(sharedByFormula);
        requireNonNull(document, "document is null");
        requireNonNull(issued, "issued is null");
        requireNonNull(issuer, "issuer is null");
    }

    /**
     * The facts of every plan the items belong to, in one pass over them.
     *
     * @param chosen a profile the caller set for every plan, or empty to read it from each plan
     */
    public static Map<PlanId, PlanFacts> of(List<Item> items, CheckContext context, Optional<Profile> chosen) {
        return of(items, foldedTitles(items), context, chosen);
    }

    /** The titles of {@code items} folded ({@link VietnameseText#fold}), in order. */
    public static String[] foldedTitles(List<Item> items) {
        String[] titles = new String[items.size()];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = VietnameseText.fold(items.get(i).title());
        }
        return titles;
    }

    /**
     * As {@link #of(List, CheckContext, Optional)}, given the items' titles folded.
     *
     * @param foldedTitles {@link #foldedTitles} of {@code items}
     */
    public static Map<PlanId, PlanFacts> of(
            List<Item> items, String[] foldedTitles, CheckContext context, Optional<Profile> chosen) {
        Map<PlanId, List<Item>> byPlan = new HashMap<>();
        Map<PlanId, List<String>> titlesByPlan = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            byPlan.computeIfAbsent(item.plan(), k -> new ArrayList<>()).add(item);
            titlesByPlan.computeIfAbsent(item.plan(), k -> new ArrayList<>()).add(foldedTitles[i]);
        }
        Map<PlanId, PlanFacts> facts = new HashMap<>();
        byPlan.forEach((id, planItems) -> facts.put(id, of(id, planItems, titlesByPlan.get(id), context, chosen)));
        return facts;
    }

    /**
     * The tasks a plan gives word for word to several leads, dividing them only by formula ("tổ chức vận
     * động … theo chức năng, nhiệm vụ được giao" for the police, then for the army): one pass, a hash map
     * keyed by the folded title, so linear in the plan's items.
     */
    static Map<String, List<UnitCode>> sharedByFormula(List<Item> items, List<String> foldedTitles) {
        Map<String, List<UnitCode>> first = new HashMap<>();
        Map<String, Set<UnitCode>> leads = new HashMap<>();
        Set<String> divided = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            List<UnitCode> itemLeads = item.assignment().leadUnits();
            if (itemLeads.isEmpty()) {
                continue;
            }
            String key = foldedTitles.get(i);
            if (!mayDivideByFormulaFolded(key) || !CollectivePhrases.formula(item.title())) {
                continue;
            }
            List<UnitCode> earlier = first.putIfAbsent(key, itemLeads);
            // the same leads twice is a repeated row (structure.task.repeated), not a task divided between leads
            if (earlier != null && !earlier.equals(itemLeads)) {
                divided.add(key);
            }
            leads.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(itemLeads);
        }
        Map<String, List<UnitCode>> shared = new HashMap<>();
        for (String key : divided) {
            shared.put(key, List.copyOf(leads.get(key)));
        }
        return shared;
    }

    /**
     * False when {@code title} cannot divide work by formula: {@link CollectivePhrases#formula} finds
     * "chức năng", "thẩm quyền" or "nhiệm vụ" in the folded title (punctuation and spaces there only
     * become single spaces, which join no letters), so its folded form holds "nang", "quyen" or "nhiem".
     * Most titles fail this test after one folding, without the formula's regular expressions.
     */
    static boolean mayDivideByFormula(String title) {
        return mayDivideByFormulaFolded(VietnameseText.fold(title));
    }

    /**
     * As {@link #mayDivideByFormula}, on the title already folded ({@link VietnameseText#fold}), and
     * tighter: {@link CollectivePhrases#formula} reads the title with punctuation other than ':' and
     * white space between words as one space, so each of its alternatives ("theo [chuc] chuc nang |
     * tham quyen | nhiem vu", "nhiem vu duoc", "chuc nang nhiem vu") is, in the folded title, its words
     * in order, each two apart by one or more characters that are no ASCII letter or digit ("nâng cao
     * năng lực" has "nang" but none of them).
     */
    static boolean mayDivideByFormulaFolded(String folded) {
        for (String[] words : FORMULA_WORDS) {
            for (int at = folded.indexOf(words[0]); at >= 0; at = folded.indexOf(words[0], at + 1)) {
                if (wordsAt(folded, at, words)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of each alternative of the formula, in order. */
    private static final String[][] FORMULA_WORDS = {
        {"nhiem", "vu", "duoc"},
        {"chuc", "nang", "nhiem", "vu"},
        {"theo", "chuc", "nang"},
        {"theo", "tham", "quyen"},
        {"theo", "nhiem", "vu"},
        {"theo", "chuc", "chuc", "nang"},
        {"theo", "chuc", "tham", "quyen"},
        {"theo", "chuc", "nhiem", "vu"}
    };

    /** {@code words} from {@code at}, each after the first following a run of characters other than [a-z0-9]. */
    private static boolean wordsAt(String text, int at, String[] words) {
        int i = at + words[0].length();
        for (int w = 1; w < words.length; w++) {
            int gap = i;
            while (i < text.length() && !asciiLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i == gap || !text.startsWith(words[w], i)) {
                return false;
            }
            i += words[w].length();
        }
        return true;
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static PlanFacts of(
            PlanId id, List<Item> items, List<String> foldedTitles, CheckContext context, Optional<Profile> chosen) {
        Plan plan = context.plans.get(id);
        boolean approval = false, resources = false, measure = false, kind = false, responsible = false;
        for (Item item : items) {
            approval |= item.approvalLevel().isPresent();
            resources |= !item.assignment().resources().isUnstated();
            measure |= !item.indicators().isEmpty() || item.product().quantity().isPresent();
            kind |= item.product().kind().isPresent();
            responsible |= item.assignment().responsible().isPresent();
        }
        Map<String, List<UnitCode>> shared = sharedByFormula(items, foldedTitles);
        if (plan == null) {
            return new PlanFacts(
                    chosen.orElse(Profile.PROGRAM_PLAN),
                    id.value(),
                    Optional.empty(),
                    Optional.empty(),
                    approval,
                    resources,
                    measure,
                    kind,
                    responsible,
                    false,
                    shared);
        }
        Optional<LocalDate> issued =
                plan.document().flatMap(d -> d.date()).or(() -> plan.issueBy().flatMap(Period::start));
        String document = plan.document().map(d -> d.symbol()).orElse(id.value());
        return new PlanFacts(
                chosen.orElseGet(() -> Profile.of(plan)),
                document,
                issued,
                context.unit(plan.issuer()),
                approval,
                resources,
                measure,
                kind,
                responsible,
                plan.document()
                        .flatMap(DocumentRef::type)
                        .filter(t -> t == DocumentType.QD)
                        .isPresent(),
                shared);
    }
}
