package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.Lang;
import org.civicplan.core.export.ItemText;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanSections;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Deadline;
import org.civicplan.core.period.Period;
import org.civicplan.core.period.PeriodReader;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.text.VietnameseText;
import org.civicplan.core.unit.UnitAliases;
import org.civicplan.core.unit.UnitResolver;

/**
 * Imports an appendix ({@code .xlsx}/{@code .docx}) into a plan, through {@link PlanService} (the
 * access policy judges every write, each is audited) and in one transaction: all of it or nothing.
 *
 * <p>Each item row is matched to the plan's items by its STT (a whole number) and then by its task
 * text; a row matching none is new. Only what the appendix shows is compared and carried over: task,
 * product, lead and coordinating units (those resolved to one unit), deadline (when read),
 * approval level (when recognised) and section; a column the table lacks, an unread deadline or an
 * unrecognised approval level leave the item's value as it is, and so do its fields the appendix
 * does not show (content, indicators, resources, status). An item's running number is kept.
 *
 * <p>Into a plan not yet issued, new rows are registered and changed items updated. Into an issued
 * plan, changed items become adjustment proposals for re-registration (decided later by whoever may
 * decide them), and a new row is an error, since an issued appendix grows only by a decision. Items
 * of the plan the appendix does not list are counted and left alone. A file with any error (of
 * reading or of the import) writes nothing; {@link #dryRun} never writes.
 */
public final class AppendixImport {
    private final PlanService service;
    private final UnitAliases aliases;
    private final ReadLimits limits;

    public AppendixImport(PlanService service) {
        this(service, UnitAliases.none(), ReadLimits.DEFAULT);
    }

    public AppendixImport(PlanService service, UnitAliases aliases, ReadLimits limits) {
        this.service = requireNonNull(service, "service is null");
        this.aliases = requireNonNull(aliases, "aliases is null");
        this.limits = requireNonNull(limits, "limits is null");
    }

    /** What importing would do; nothing is written. */
    public ImportSummary dryRun(Path file, ImportTarget target, Actor actor) {
        return importing(file, target, actor, false);
    }

    /** Imports the file when it has no error; returns what was done ({@link ImportSummary#written()}). */
    public ImportSummary run(Path file, ImportTarget target, Actor actor) {
        return importing(file, target, actor, true);
    }

    private record Row(AppendixItem item, Optional<String> section) {}

    private record Planned(ItemChange change, Item item, Optional<Item> before) {}

    private ImportSummary importing(Path file, ImportTarget target, Actor actor, boolean write) {
        requireNonNull(file, "file is null");
        requireNonNull(target, "target is null");
        requireNonNull(actor, "actor is null");
        PortfolioStore store = service.store();
        Plan plan = planOf(store, target, actor);
        boolean created = target instanceof ImportTarget.NewDraft;
        boolean issued = plan.status() == PlanStatus.ISSUED;

        List<Row> rows = new ArrayList<>();
        String[] section = {null};
        AppendixReader reader = new AppendixReader(
                        new UnitResolver(store.units().directory(), aliases))
                .withLimits(limits)
                .withContext(plan.issuer());
        AppendixSummary reading = reader.read(file, row -> {
            if (row instanceof AppendixRow.Section s) {
                section[0] = VietnameseText.clean(s.heading());
            } else if (row instanceof AppendixItem item) {
                rows.add(new Row(item, Optional.ofNullable(section[0])));
            }
        });

        List<Problem> problems = new ArrayList<>();
        List<String> sections = new ArrayList<>(plan.appendixSections());
        List<Item> existing = created ? List.of() : store.items().byPlan(plan.id());
        Map<Integer, Item> byNumber = new HashMap<>();
        Map<String, Item> byTitle = new HashMap<>();
        Set<ItemId> ids = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        int maxNumber = 0;
        for (Item i : existing) {
            byNumber.put(i.number(), i);
            byTitle.putIfAbsent(VietnameseText.fold(i.title()), i);
            ids.add(i.id());
            numbers.add(i.number());
            maxNumber = Math.max(maxNumber, i.number());
        }
        Set<ItemId> matched = new HashSet<>();
        List<Planned> planned = new ArrayList<>();
        for (Row row : rows) {
            AppendixItem a = row.item();
            Optional<Integer> stt = wholeNumber(a.number());
            Item before = stt.map(byNumber::get)
                    .filter(i -> !matched.contains(i.id()))
                    .orElse(null);
            String matchedBy = "STT";
            if (before == null) {
                before = byTitle.get(VietnameseText.fold(VietnameseText.clean(a.task())));
                matchedBy = "tên / title";
                if (before != null && matched.contains(before.id())) {
                    before = null;
                }
            }
            Optional<Integer> sectionNumber = sectionOf(row.section(), sections, issued, a.location(), problems);
            if (before != null) {
                matched.add(before.id());
                List<String> fields = new ArrayList<>();
                Item after = apply(a, before, sectionNumber, fields);
                ItemChange.Kind kind = fields.isEmpty() ? ItemChange.Kind.UNCHANGED : ItemChange.Kind.CHANGED;
                planned.add(new Planned(
                        new ItemChange(
                                kind,
                                a.location(),
                                before.id(),
                                before.number(),
                                after.title(),
                                fields,
                                Optional.of(matchedBy)),
                        after,
                        Optional.of(before)));
                continue;
            }
            int number = stt.filter(n -> !numbers.contains(n)).orElse(maxNumber + 1);
            numbers.add(number);
            maxNumber = Math.max(maxNumber, number);
            ItemId id = freshId(plan, number, ids);
            Item fresh = apply(
                    a,
                    Item.builder(id, plan.id(), number).kind(kindOf(a.task())).build(),
                    sectionNumber,
                    new ArrayList<>());
            planned.add(new Planned(
                    new ItemChange(
                            ItemChange.Kind.NEW, a.location(), id, number, fresh.title(), List.of(), Optional.empty()),
                    fresh,
                    Optional.empty()));
            if (issued) {
                problems.add(Problem.error(
                        a.location(),
                        "kế hoạch " + plan.id() + " đã ban hành: không thêm nhiệm vụ mới \"" + fresh.title()
                                + "\" bằng nhập phụ lục — thêm vào phụ lục bằng một quyết định điều chỉnh kế hoạch,"
                                + " hoặc xóa dòng này",
                        "plan " + plan.id() + " is issued: the new item \"" + fresh.title()
                                + "\" cannot be added by importing the appendix — add it by a decision amending"
                                + " the plan, or delete the row"));
            }
        }
        int notInAppendix =
                (int) existing.stream().filter(i -> !matched.contains(i.id())).count();
        List<ItemChange> changes = planned.stream().map(Planned::change).toList();
        boolean clean = reading.errors() == 0 && problems.stream().noneMatch(Problem::isError);
        boolean written = false;
        if (write && clean) {
            Plan withSections = withSections(plan, sections);
            store.inTransaction(tx -> {
                if (created) {
                    service.createPlan(actor, withSections);
                } else if (!sections.equals(plan.appendixSections())) {
                    service.updatePlan(actor, withSections);
                }
                for (Planned p : planned) {
                    switch (p.change().kind()) {
                        case NEW -> service.registerItem(actor, p.item());
                        case CHANGED -> {
                            if (issued) {
                                service.proposeAdjustment(actor, p.item().id(), p.item(), reason(file, p.change()));
                            } else {
                                service.updateItem(actor, p.item());
                            }
                        }
                        case UNCHANGED -> {
                            // nothing to write
                        }
                    }
                }
                return null;
            });
            written = true;
        }
        return new ImportSummary(
                reading, plan.id(), created, issued, changes, notInAppendix, problems, !write, written);
    }

    private static Plan planOf(PortfolioStore store, ImportTarget target, Actor actor) {
        if (target instanceof ImportTarget.NewDraft draft) {
            if (store.plans().find(draft.plan()).isPresent()) {
                throw new DuplicateEntityException("plan", draft.plan().value());
            }
            Program program = store.programs().get(draft.program());
            String title = draft.title().orElse("Kế hoạch số " + draft.document() + " thực hiện " + program.title());
            return new Plan(
                    draft.plan(),
                    Optional.of(program.id()),
                    Optional.empty(),
                    actor.unit(),
                    Optional.of(draft.document()),
                    title,
                    Optional.empty(),
                    PlanSections.EMPTY,
                    List.of(),
                    PlanStatus.DRAFT,
                    0);
        }
        return store.plans().get(target.plan());
    }

    private static Plan withSections(Plan plan, List<String> sections) {
        return new Plan(
                plan.id(),
                plan.program(),
                plan.parentPlan(),
                plan.issuer(),
                plan.document(),
                plan.title(),
                plan.issueBy(),
                plan.sections(),
                sections,
                plan.status(),
                plan.version());
    }

    /** The section's 1-based number in the plan; a heading the plan lacks is added unless the plan is issued. */
    private static Optional<Integer> sectionOf(
            Optional<String> heading, List<String> sections, boolean issued, Location at, List<Problem> problems) {
        if (heading.isEmpty() || heading.get().isEmpty()) {
            return Optional.empty();
        }
        String key = VietnameseText.fold(heading.get());
        for (int i = 0; i < sections.size(); i++) {
            if (VietnameseText.fold(sections.get(i)).equals(key)) {
                return Optional.of(i + 1);
            }
        }
        if (issued) {
            if (problems.stream().noneMatch(p -> p.message().in(Lang.EN).contains("\"" + heading.get() + "\""))) {
                problems.add(Problem.warning(
                        at,
                        "mục \"" + heading.get() + "\" không có trong kế hoạch đã ban hành: nhiệm vụ giữ mục cũ",
                        "the section \"" + heading.get() + "\" is not in the issued plan: items keep their section"));
            }
            return Optional.empty();
        }
        sections.add(heading.get());
        return Optional.of(sections.size());
    }

    /** {@code base} with what the row shows; the names of the fields that differ go to {@code fields}. */
    private static Item apply(AppendixItem a, Item base, Optional<Integer> section, List<String> fields) {
        Item.Builder b = base.toBuilder();
        if (a.cells().containsKey(Field.TASK)) {
            String title = VietnameseText.clean(a.task());
            if (!title.equals(base.title())) {
                b.title(title);
                fields.add("tên nhiệm vụ / task");
            }
        }
        if (a.cells().containsKey(Field.PRODUCT)) {
            String product = VietnameseText.clean(a.product());
            if (!product.equals(VietnameseText.clean(ItemText.product(base.product(), Lang.VI)))) {
                b.product(
                        product.isEmpty()
                                ? Product.NONE
                                : new Product(Optional.empty(), Optional.of(product), Optional.empty()));
                fields.add("sản phẩm / product");
            }
        }
        Assignment assignment = base.assignment();
        if (a.cells().containsKey(Field.LEAD)) {
            List<UnitCode> lead = resolved(a.lead());
            if (!lead.equals(assignment.leadUnits())) {
                assignment = new Assignment(
                        lead,
                        assignment.coordinatingUnits(),
                        assignment.responsible(),
                        assignment.reportingUnit().filter(lead::contains),
                        assignment.leadRationale(),
                        assignment.resources());
                fields.add("cơ quan chủ trì / lead");
            }
        }
        if (a.cells().containsKey(Field.COORDINATING)) {
            List<UnitCode> coordinating = resolved(a.coordinating());
            if (!coordinating.equals(assignment.coordinatingUnits())) {
                assignment = new Assignment(
                        assignment.leadUnits(),
                        coordinating,
                        assignment.responsible(),
                        assignment.reportingUnit(),
                        assignment.leadRationale(),
                        assignment.resources());
                fields.add("cơ quan phối hợp / coordinating");
            }
        }
        b.assignment(assignment);
        if (a.cells().containsKey(Field.DEADLINE)
                && (a.deadline().isEmpty() || a.deadline().period().isPresent())) {
            Optional<Period> deadline = a.deadline().period();
            if (!deadline.equals(base.deadline())) {
                // the official's words are kept beside the period when the reader reads them whole
                Optional<Deadline> asWritten =
                        deadline.flatMap(p -> asWritten(a.deadline().written(), p));
                if (asWritten.isPresent()) {
                    b.deadlineAsWritten(asWritten.get());
                } else {
                    b.deadline(deadline.orElse(null));
                }
                fields.add("thời hạn / deadline");
            }
        }
        if (a.cells().containsKey(Field.APPROVAL)
                && (a.text(Field.APPROVAL).isBlank() || a.approvalLevel().isPresent())) {
            Optional<ApprovalLevel> level = a.approvalLevel();
            if (!level.equals(base.approvalLevel())) {
                b.approvalLevel(level.orElse(null));
                fields.add("cấp trình / approval level");
            }
        }
        if (section.isPresent() && !section.equals(base.section())) {
            b.section(section.get());
            fields.add("mục / section");
        }
        return b.build();
    }

    private static List<UnitCode> resolved(List<UnitMention> mentions) {
        List<UnitCode> out = new ArrayList<>();
        for (UnitMention m : mentions) {
            if (m.status() == UnitMention.Status.RESOLVED
                    && !out.contains(m.units().get(0))) {
                out.add(m.units().get(0));
            }
        }
        return out;
    }

    private static Optional<Integer> wholeNumber(String stt) {
        String s = stt.strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || s.length() > 6 || !s.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int n = Integer.parseInt(s);
        return n > 0 ? Optional.of(n) : Optional.empty();
    }

    private static ItemId freshId(Plan plan, int number, Set<ItemId> taken) {
        ItemId id = ItemId.of(plan.id().value() + "/" + number);
        for (int k = 2; taken.contains(id); k++) {
            id = ItemId.of(plan.id().value() + "/" + number + "-" + k);
        }
        taken.add(id);
        return id;
    }

    /** The kind a task names by its first words ("Đề án …", "Dự án …"); a task otherwise. */
    private static ItemKind kindOf(String task) {
        String key = VietnameseText.fold(VietnameseText.clean(task));
        for (ItemKind kind : List.of(ItemKind.SCHEME, ItemKind.PROJECT, ItemKind.PROGRAM, ItemKind.PLAN)) {
            if (key.startsWith(VietnameseText.fold(kind.vi()) + " ")) {
                return kind;
            }
        }
        return ItemKind.TASK;
    }

    private static String reason(Path file, ItemChange change) {
        return "Nhập lại phụ lục " + file.getFileName() + " ("
                + change.location().describe(Lang.VI) + "): thay đổi "
                + String.join(
                        ", ",
                        change.fields().stream()
                                .map(f -> f.substring(0, f.indexOf(" / ")))
                                .toList());
    }

    /** The cell's words as the period reader reads them, when that reading is {@code period}. */
    private static Optional<Deadline> asWritten(String written, Period period) {
        try {
            Deadline read = PeriodReader.read(written);
            return read.period().equals(Optional.of(period)) ? Optional.of(read) : Optional.empty();
        } catch (CivicPlanException notWhole) {
            // a cell read from its first line only ("Quý II/2022\n(trình HĐND)") keeps the period alone
            return Optional.empty();
        }
    }
}
