package org.civicplan.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.text.VietnameseText;
import org.civicplan.core.unit.CollectivePhrases;
import org.civicplan.validation.Dimension;
import org.civicplan.validation.Profile;
import org.civicplan.validation.Rule;

/**
 * The clarity check as an official who knows the kind of document reads it (issue 17): takes the
 * per-item hits of {@link ItemRules} and {@link ContextRules} (which judge every row as a program
 * plan's structured appendix row) and keeps, drops or replaces each according to the plan's {@link
 * Profile}, its appendix columns and the item's own words ({@link TaskReading}); then adds what a
 * careful reader finds that those rules cannot see (a collective lead, boilerplate, a deadline before
 * the document, a lead the issuer cannot task). One defect gives one finding.
 */
public final class Calibration {
    /** Bodies that carry out a People's Committee's (or a ministry's) tasks. */
    private static final Set<UnitKind> EXECUTIVE = EnumSet.of(
            UnitKind.PEOPLES_COMMITTEE,
            UnitKind.DEPARTMENT,
            UnitKind.DISTRICT,
            UnitKind.COMMUNE,
            UnitKind.STEERING_COMMITTEE);

    /**
     * Bodies an executive issuer cannot task: a legislature. (A company leading a scheme or a policy is
     * {@code responsibility.lead.role}; one asked about its own project in a letter is normal.)
     */
    private static final Set<UnitKind> OUTSIDE = EnumSet.of(UnitKind.PEOPLES_COUNCIL);

    private static final Set<ItemKind> INSTRUMENTS = EnumSet.of(ItemKind.SCHEME, ItemKind.PROJECT, ItemKind.PROGRAM);

    /** Unit names read so far: a directory has few, and every item of a unit asks again. */
    private final Map<String, CollectivePhrases.Reach> reaches = new ConcurrentHashMap<>();

    /** Beyond this many names the memo starts again (a long-lived check sees many portfolios). */
    private static final int MAX_REMEMBERED = 50_000;

    public Calibration() {}

    private CollectivePhrases.Reach reach(String name) {
        CollectivePhrases.Reach reach = reaches.get(name);
        if (reach == null) {
            if (reaches.size() >= MAX_REMEMBERED) {
                reaches.clear();
            }
            reach = CollectivePhrases.reach(name);
            reaches.put(name, reach);
        }
        return reach;
    }

    /** Adjusts {@code hits} (the item's raw hits) in place for the plan's facts. */
    public void apply(Item item, Optional<LocalDate> due, PlanFacts plan, CheckContext context, List<Hit> hits) {
        apply(item, TaskReading.fold(item.title()), due, plan, context, hits);
    }

    /**
     * As {@link #apply(Item, Optional, PlanFacts, CheckContext, List)}, given the title folded.
     *
     * @param foldedTitle {@code item.title()} folded ({@link TaskReading#fold})
     */
    public void apply(
            Item item,
            String foldedTitle,
            Optional<LocalDate> due,
            PlanFacts plan,
            CheckContext context,
            List<Hit> hits) {
        Profile profile = plan.profile();
        // read (folded, its expressions run) only when a rule asks: many rows raise nothing that needs it
        LazyReading reading = new LazyReading(item, foldedTitle);
        boolean instrument =
                INSTRUMENTS.contains(item.kind()) || item.publicInvestment().isPresent();
        // in a decision, a clause that only says "triển khai thực hiện" carries out what the decision issues
        // (its Điều 1): the implementing clause, a standing duty with its object in the decision itself
        // the content without its labelled lines, worked out once for every rule that reads it
        Optional<String> own = item.content().map(Calibration::own);
        reading.own(own.orElse(""));
        boolean boilerplate = !plan.decision() && boilerplate(item, reading, profile);
        // the same words given to other leads too, divided only by formula: nothing of this lead's own to deliver
        List<UnitCode> sharedWith =
                plan.sharedByFormula().isEmpty() ? null : plan.sharedByFormula().get(reading.foldedTitle());
        // only supporting another body's work: nothing of the lead's own to do or deliver
        boolean coordinationOnly = !profile.plan() && reading.get().coordinationOnly();
        Assignment a = item.assignment();
        hits.removeIf(hit -> switch (hit.rule()) {
            case PERSON_RESPONSIBLE_MISSING ->
                // the head of the lead unit answers for it by law; only a plan that names officials expects one
                !(profile.plan() && plan.responsibleColumn() && a.leadUnits().size() == 1);
            case PERSON_LEAD_MULTIPLE ->
                // a letter's bodies act each for itself, except in an inquiry into one matter, which needs one in
                // charge unless the row divides it by each body's competence ("theo thẩm quyền")
                !profile.plan()
                        && !(profile == Profile.INSTRUCTION
                                && reading.get().inquiry()
                                && !reading.get().byCompetence());
            case TASK_CONTENT_MISSING, TASK_CONTENT_GENERIC -> true;
            case TIME_DEADLINE_MISSING ->
                !instrument
                        && !item.title().isBlank()
                        && (profile == Profile.DIRECTIVE
                                || !(reading.get().oneOff()
                                        // in a plan, the plan's period bounds a row that says nothing
                                        || boilerplate && !profile.plan()
                                        || profile == Profile.INSTRUCTION
                                                && reading.get().producesDocument())
                                || reading.get().timed())
                        && !reading.get().unboundDeliverable(profile == Profile.INSTRUCTION);
            case RESPONSIBILITY_REPORTING_MISSING ->
                // the issuer is the implicit addressee, except of a letter's inquiry that asks for nothing back
                !(profile == Profile.INSTRUCTION && reading.get().unreportedInquiry());
            case RESPONSIBILITY_LEAD_SCOPE -> profile != Profile.PROGRAM_PLAN || !instrument;
            case PRODUCT_KIND_MISSING, PRODUCT_DESCRIPTION_MISSING ->
                item.product().description().isPresent()
                        || !(profile == Profile.INSTRUCTION && reading.get().inquiryWithoutOutcome())
                                && !(profile.plan() && plan.productKindColumn())
                                && (profile == Profile.DIRECTIVE
                                        || reading.get().namesOutput() && !coordinationOnly
                                        || !(reading.get().producingAct()
                                                || boilerplate
                                                || sharedWith != null
                                                || coordinationOnly
                                                || reading.get().unnamedOneOff()));
            case PRODUCT_QUANTITY_MISSING -> reading.get().counts() || singular(item, reading);
            case AUTHORITY_LEVEL_MISSING ->
                !(profile.plan() && plan.approvalColumn())
                        && !instrument
                        // outside a plan, a regulation is the one task that needs its level stated
                        && !(!profile.plan() && reading.get().unplacedRegulation());
            case RESOURCES_MISSING ->
                !(profile.plan() && plan.resourcesColumn())
                        && !instrument
                        && !reading.get().spends();
            case MEASURABLE_MISSING ->
                !(profile.plan() && plan.measureColumn())
                        && !((instrument || reading.get().campaign())
                                && !reading.get().counts());
            default -> false;
        });
        if (profile == Profile.INSTRUCTION
                && a.reportingUnit().isEmpty()
                && reading.get().unreportedInquiry()
                && hits.stream().noneMatch(h -> h.rule() == Rule.RESPONSIBILITY_REPORTING_MISSING)) {
            // the lead "reports" by default, but a letter's inquiry into a raised matter that asks nothing
            // back leaves the issuer without the outcome: nobody is told to report
            hits.add(Hit.of(Rule.RESPONSIBILITY_REPORTING_MISSING, "assignment.reportingUnit"));
        }
        // one defect, one finding: a product with neither kind nor description is one gap
        if (hits.stream().anyMatch(h -> h.rule() == Rule.PRODUCT_KIND_MISSING)) {
            hits.removeIf(h -> h.rule() == Rule.PRODUCT_DESCRIPTION_MISSING);
        }
        person(a, profile, context, hits);
        named(context, hits);
        if (!profile.plan()
                && (reading.get().oversight() || reading.get().proposal())
                && hits.stream().noneMatch(h -> h.rule().dimension() == Dimension.PERSON)) {
            shared(a, context, hits);
        }
        if (boilerplate || coordinationOnly || Boilerplate.exhortationFolded(reading.foldedTitle())) {
            // a content that only repeats the title is no content
            boolean content = own.filter(c -> !c.isBlank() && !VietnameseText.foldsAlike(c, item.title()))
                    .isPresent();
            hits.add(Hit.of(content ? Rule.TASK_CONTENT_GENERIC : Rule.TASK_CONTENT_MISSING, "content"));
        } else if (own.filter(c -> !c.isBlank()).isPresent() && Boilerplate.isBoilerplateFolded(reading.foldedOwn())) {
            // a specific title, and a content that adds only "triển khai thực hiện"
            hits.add(Hit.of(Rule.TASK_CONTENT_GENERIC, "content"));
        }
        if (sharedWith != null && hits.stream().noneMatch(h -> h.rule().dimension() == Dimension.TASK)) {
            sharedTask(sharedWith, context, hits);
        }
        if (profile.plan() && plan.productKindColumn()) {
            // in a structured plan a product is the item's own deliverable; "Báo cáo kết quả" is every item's
            item.product()
                    .description()
                    .filter(d -> Boilerplate.genericProductFolded(reading.foldedDescription()))
                    .ifPresent(d -> hits.add(Hit.on(Rule.PRODUCT_DESCRIPTION_GENERIC, "product.description")
                            .param("product", d)
                            .build()));
        }
        if (due.isPresent()
                && plan.issued().isPresent()
                && due.get().isBefore(plan.issued().get())) {
            hits.add(Hit.on(Rule.TIME_DEADLINE_BEFORE_DOCUMENT, "deadline")
                    .param("deadline", due.get())
                    .param("document", plan.document())
                    .param("date", plan.issued().get())
                    .build());
        }
        outside(item, plan, context, hits);
    }

    /**
     * An item's {@link TaskReading}, made on first use, and its texts folded ({@link TaskReading#fold}),
     * each at most once for every rule that reads it.
     */
    private static final class LazyReading {
        private final Item item;
        private TaskReading reading;
        private String title;
        private String own;
        private String foldedOwn;
        private String description;

        LazyReading(Item item, String foldedTitle) {
            this.item = item;
            this.title = foldedTitle;
        }

        TaskReading get() {
            if (reading == null) {
                reading = TaskReading.of(item, foldedTitle(), foldedDescription());
            }
            return reading;
        }

        String foldedTitle() {
            return title;
        }

        /** Sets the content without its labelled lines ({@link Calibration#own}, "" without content). */
        void own(String own) {
            this.own = own;
        }

        String own() {
            return own;
        }

        /** The folded {@link #own()}. */
        String foldedOwn() {
            if (foldedOwn == null) {
                foldedOwn = TaskReading.fold(own);
            }
            return foldedOwn;
        }

        /** The folded product description, "" without one. */
        String foldedDescription() {
            if (description == null) {
                description =
                        item.product().description().map(TaskReading::fold).orElse("");
            }
            return description;
        }
    }

    /**
     * The per-item rules know only the item, so they name a coordinating unit by its code; an official
     * reads units by name: the directory's name replaces the code where the directory has the unit.
     */
    private static void named(CheckContext context, List<Hit> hits) {
        for (int i = 0; i < hits.size(); i++) {
            Hit hit = hits.get(i);
            if (hit.rule() != Rule.PERSON_COORDINATING_LEAD && hit.rule() != Rule.PERSON_COORDINATING_DUPLICATE) {
                continue;
            }
            String code = hit.params().get("unit");
            Optional<OrgUnit> unit = code == null ? Optional.empty() : context.unit(UnitCode.of(code));
            if (unit.isPresent()) {
                Map<String, String> params = new java.util.HashMap<>(hit.params());
                params.put("unit", unit.get().name());
                hits.set(i, new Hit(hit.rule(), hit.path(), params));
            }
        }
    }

    /**
     * Several bodies named for one duty of oversight or coordination, or for one proposal to submit
     * ("Ngân hàng Nhà nước Việt Nam, Bộ Công thương chủ trì … nghiên cứu đề xuất …"), with no split: two or more named
     * leads (none a class acting each for itself), or one lead cell that lists them ("Các Bộ: Tài
     * nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn"). A plan's several leads are {@code
     * person.lead.multiple} already.
     */
    private void shared(Assignment a, CheckContext context, List<Hit> hits) {
        List<UnitCode> leads = a.leadUnits();
        List<String> names = new ArrayList<>(leads.size());
        for (UnitCode code : leads) {
            Optional<OrgUnit> unit = context.unit(code);
            if (unit.isEmpty()) {
                return;
            }
            String name = unit.get().name();
            if (reach(name) != CollectivePhrases.Reach.NAMED) {
                return;
            }
            names.add(name);
        }
        if (names.size() >= 2 || names.size() == 1 && CollectivePhrases.enumeratesBodies(names.get(0))) {
            hits.add(Hit.on(Rule.PERSON_LEAD_SHARED, "assignment.leadUnits")
                    .param("units", String.join("; ", names))
                    .build());
        }
    }

    /**
     * The plan gives this task word for word to other leads too and divides it only by "theo chức năng,
     * nhiệm vụ được giao" ({@link PlanFacts#sharedByFormula}): what each lead does is not stated.
     *
     * @param leads every lead the plan gives the task to
     */
    private static void sharedTask(List<UnitCode> leads, CheckContext context, List<Hit> hits) {
        List<String> names = new ArrayList<>(leads.size());
        for (UnitCode code : leads) {
            names.add(context.unit(code).map(OrgUnit::name).orElse(code.value()));
        }
        hits.add(Hit.on(Rule.TASK_CONTENT_SHARED, "title")
                .param("units", String.join("; ", names))
                .build());
    }

    private void person(Assignment a, Profile profile, CheckContext context, List<Hit> hits) {
        if (a.leadUnits().size() != 1) {
            return;
        }
        Optional<OrgUnit> lead = context.unit(a.leadUnits().get(0));
        if (lead.isEmpty()) {
            return;
        }
        CollectivePhrases.Reach reach = reach(lead.get().name());
        if (profile == Profile.DIRECTIVE
                && reach == CollectivePhrases.Reach.OPEN
                && !CollectivePhrases.formula(lead.get().name())) {
            // a dispatch's event says who is concerned ("các bộ, ngành, địa phương liên quan")
            return;
        }
        // a closed class acting each for itself ("UBND các huyện") is a lead; an open one is not
        if (reach == CollectivePhrases.Reach.OPEN) {
            hits.add(Hit.on(Rule.PERSON_LEAD_COLLECTIVE, "assignment.leadUnits[0]")
                    .param("unit", lead.get().name())
                    .param("reachVi", "để ngỏ, theo công thức")
                    .param("reachEn", "left open, a formula")
                    .build());
        }
    }

    private static void outside(Item item, PlanFacts plan, CheckContext context, List<Hit> hits) {
        if (plan.issuer().isEmpty()
                || !EXECUTIVE.contains(plan.issuer().get().kind())
                || item.assignment().leadRationale().isPresent()) {
            return;
        }
        List<UnitCode> leads = item.assignment().leadUnits();
        for (int i = 0; i < leads.size(); i++) {
            Optional<OrgUnit> lead = context.unit(leads.get(i));
            if (lead.isPresent() && OUTSIDE.contains(lead.get().kind())) {
                hits.add(Hit.on(Rule.RESPONSIBILITY_LEAD_OUTSIDE, "assignment.leadUnits[" + i + "]")
                        .param("unit", lead.get().name())
                        .label("unitKind", lead.get().kind())
                        .param("issuer", plan.issuer().get().name())
                        .label("issuerKind", plan.issuer().get().kind())
                        .build());
            }
        }
    }

    /**
     * Title and content say nothing of their own. In an instruction, carrying out a named document
     * ("tổ chức triển khai Quyết định này") is the standing implementing clause, not boilerplate.
     */
    private static boolean boilerplate(Item item, LazyReading reading, Profile profile) {
        // as Boilerplate.isBoilerplate(KeepingReferences)(title + " " + own), on the texts folded once
        return Boilerplate.joinedBoilerplate(
                item.title(), reading::foldedTitle, reading.own(), reading::foldedOwn, !profile.plan());
    }

    /** The content without its labelled lines ("Thời hạn: …", "Sản phẩm: …"), which are not the task. */
    static String own(String content) {
        if (lineBreak(content, 0) == content.length()) {
            // one line: no builder, no split
            return labelled(content) ? "" : content.strip();
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines(content)) {
            if (!labelled(line)) {
                out.append(line).append('\n');
            }
        }
        return out.toString().strip();
    }

    private static final String[] LABELS = {"thoi han", "san pham"};

    /** The line, folded, starts with "thoi han" or "san pham" (a label, not the task). */
    private static boolean labelled(String line) {
        // the folded form starts with the lower case of a leading run of ASCII letters: a letter that differs
        // from both labels settles it without folding the line
        boolean possible = false;
        for (String label : LABELS) {
            possible |= asciiPrefixAllows(line, label);
        }
        if (!possible) {
            return false;
        }
        String folded = foldedStart(line);
        return folded.startsWith(LABELS[0]) || folded.startsWith(LABELS[1]);
    }

    /** How many characters of a line {@link #foldedStart} folds first. */
    private static final int START = 40;

    /**
     * The folded line ({@link TaskReading#fold}), or a form with the same first {@value #LABEL_LENGTH}
     * characters: the fold of its first {@value #START} characters when that is longer. Folding maps
     * each character on its own and strips and collapses white space left to right, so the fold of a
     * start of the line is a start of the line's fold (but for its last character, where a cut may
     * split a character of two code units).
     */
    static String foldedStart(String line) {
        if (line.length() <= START) {
            return TaskReading.fold(line);
        }
        String start = TaskReading.fold(line.substring(0, START));
        return start.length() > LABEL_LENGTH ? start : TaskReading.fold(line);
    }

    /** The length of the longest label. */
    private static final int LABEL_LENGTH = 8;

    /**
     * False only when the line's leading ASCII letters, lower-cased, already differ from {@code label}
     * (each such letter folds to itself in lower case, one for one, from the first character on).
     */
    private static boolean asciiPrefixAllows(String line, String label) {
        int n = Math.min(line.length(), label.length());
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!letter) {
                return true;
            }
            if ((char) (c | 0x20) != label.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lines of {@code text} as {@code text.split("\\R")} gives them (trailing empty lines dropped),
     * without a regular expression.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = lineBreak(text, start);
            if (end == n) {
                lines.add(text.substring(start));
                break;
            }
            lines.add(text.substring(start, end));
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
            if (start == n) {
                break;
            }
        }
        int size = lines.size();
        while (size > 1 && lines.get(size - 1).isEmpty()) {
            lines.remove(--size);
        }
        if (size == 1 && lines.get(0).isEmpty() && n > 0) {
            // only line breaks: split gives nothing
            lines.clear();
        }
        return lines;
    }

    /** Where the next line break ({@code \\R}: CR LF, LF, VT, FF, CR, NEL, LS, PS) from {@code from} is, or the length. */
    private static int lineBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            // letters and most punctuation lie between the two ranges: one comparison each
            if (c <= '\r' ? c >= '\n' : c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029')) {
                return i;
            }
        }
        return text.length();
    }

    /** "Một hội nghị", "01 hệ thống": one thing needs no quantity. */
    private static boolean singular(Item item, LazyReading reading) {
        return item.product().description().isPresent()
                && SINGULAR.matcher(reading.foldedDescription()).matches();
    }

    private static final java.util.regex.Pattern SINGULAR =
            java.util.regex.Pattern.compile("(mot|01|1) .*|.*\\b(mot|01) .*");
}
