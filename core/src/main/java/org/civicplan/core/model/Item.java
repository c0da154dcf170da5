package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.core.constraints.ClearAuthority;
import org.civicplan.core.constraints.ClearPerson;
import org.civicplan.core.constraints.ClearProduct;
import org.civicplan.core.constraints.ClearResources;
import org.civicplan.core.constraints.ClearResponsibility;
import org.civicplan.core.constraints.ClearTask;
import org.civicplan.core.constraints.ClearTime;
import org.civicplan.core.constraints.Measurable;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.period.Deadline;
import org.civicplan.core.period.Period;

/**
 * An appendix item of a plan (the API's "project"): a scheme, project, program, plan or task with
 * its running number, content, product, approval level, timing, indicators, prerequisites,
 * assignment and status.
 *
 * <p>The record accepts incomplete items (a draft may lack a lead unit or a deadline): saying what
 * is missing is the clarity check's job, not the constructor's. The constructor only refuses values
 * that cannot be meant (a negative number, an item that is its own prerequisite).
 *
 * @param id stable id, unique in the portfolio
 * @param plan the plan whose appendix holds it
 * @param number the running number in the appendix (STT), from 1
 * @param kind scheme, project, program, plan or task
 * @param section the appendix section it belongs to, 1-based, if the appendix has sections
 * @param title the task as the appendix names it
 * @param content what concretely is to be done
 * @param product what is delivered
 * @param approvalLevel who approves or issues it
 * @param start when work starts, if stated
 * @param deadline when it is due, in the canonical form codes, sorting and the review use
 * @param deadlineAsWritten the deadline phrase exactly as the plan writes it ("chậm nhất ngày
 *     15/11/2021") with its reading; when present, {@code deadline} is the reading's {@link
 *     Deadline#period()}, so an anchored deadline whose anchor is not yet dated, or a monthly one, has
 *     the phrase and no {@code deadline}
 * @param indicators indicators it contributes to
 * @param prerequisites items that must be done first (framework items first)
 * @param publicInvestment set when it is a public-investment candidate
 * @param scope how far it reaches (city-wide, a sector, one locality)
 * @param assignment who leads, coordinates, answers for it, and with what resources
 * @param status the status last reported
 * @param completedOn the date it was done, when done
 * @param revision the registration revision: 1, then +1 each time an accepted adjustment re-registers it
 * @param version optimistic-locking version
 */
@ClearPerson(groups = Stage.Submission.class)
@ClearTask(groups = Stage.Submission.class)
@ClearTime(groups = Stage.Submission.class)
@ClearResponsibility(groups = Stage.Issue.class)
@ClearProduct(groups = Stage.Submission.class)
@ClearAuthority(groups = Stage.Issue.class)
@ClearResources(groups = Stage.Submission.class)
@Measurable(groups = Stage.Issue.class)
public record Item(
        ItemId id,
        PlanId plan,
        int number,
        ItemKind kind,
        Optional<Integer> section,
        String title,
        Optional<String> content,
        Product product,
        Optional<ApprovalLevel> approvalLevel,
        Optional<LocalDate> start,
        Optional<Period> deadline,
        Optional<Deadline> deadlineAsWritten,
        List<IndicatorCode> indicators,
        List<ItemId> prerequisites,
        Optional<PublicInvestment> publicInvestment,
        ItemScope scope,
        Assignment assignment,
        ItemStatus status,
        Optional<LocalDate> completedOn,
        int revision,
        long version)
        implements Versioned<Item> {
    public Item {
        requireNonNull(id, "id is null");
        requireNonNull(plan, "plan is null");
        if (number < 1) {
            throw new InvalidInputException(Message.of(
                    "nhiệm vụ " + id + ": số thứ tự phải từ 1 trở lên, không phải " + number,
                    "item " + id + ": number must be 1 or more, not " + number));
        }
        requireNonNull(kind, "kind is null");
        section = Texts.optional(section, "section");
        if (section.isPresent() && section.get() < 1) {
            throw new InvalidInputException(Message.of(
                    "nhiệm vụ " + id + ": mục phải từ 1 trở lên, không phải " + section.get(),
                    "item " + id + ": section must be 1 or more, not " + section.get()));
        }
        title = Texts.line(title, "title");
        content = Texts.body(content, "content");
        requireNonNull(product, "product is null");
        approvalLevel = Texts.optional(approvalLevel, "approvalLevel");
        start = Texts.optional(start, "start");
        deadline = Texts.optional(deadline, "deadline");
        deadlineAsWritten = Texts.optional(deadlineAsWritten, "deadlineAsWritten");
        if (deadlineAsWritten.isPresent()
                && !deadline.equals(deadlineAsWritten.get().period())) {
            throw new InvalidInputException(Message.of(
                    "nhiệm vụ " + id + ": thời hạn "
                            + deadline.map(Period::code).orElse("(trống)")
                            + " không khớp với thời hạn như văn bản ghi \""
                            + deadlineAsWritten.get().text() + "\"",
                    "item " + id + ": deadline " + deadline.map(Period::code).orElse("(none)")
                            + " does not match the deadline as written \""
                            + deadlineAsWritten.get().text() + "\""));
        }
        indicators = Texts.list(indicators, "indicators");
        prerequisites = Texts.list(prerequisites, "prerequisites");
        if (prerequisites.contains(id)) {
            throw new InvalidInputException(Message.of(
                    "nhiệm vụ " + id + " không thể là tiền đề của chính nó",
                    "item " + id + " cannot be its own prerequisite"));
        }
        publicInvestment = Texts.optional(publicInvestment, "publicInvestment");
        requireNonNull(scope, "scope is null");
        requireNonNull(assignment, "assignment is null");
        requireNonNull(status, "status is null");
        completedOn = Texts.optional(completedOn, "completedOn");
        if (revision < 1) {
            throw new InvalidInputException(Message.of(
                    "nhiệm vụ " + id + ": lần đăng ký phải từ 1 trở lên, không phải " + revision,
                    "item " + id + ": revision must be 1 or more, not " + revision));
        }
        Versioned.check(version);
    }

    public static Builder builder(ItemId id, PlanId plan, int number) {
        return new Builder(id, plan, number);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public Item withVersion(long newVersion) {
        return toBuilder().version(newVersion).build();
    }

    @Override
    public String entityId() {
        return id.value();
    }

    /** The effective state on {@code today}: overdue and done-late come from the deadline, never from typing. */
    public ProgressState stateOn(LocalDate today) {
        return ProgressState.judge(status, deadline.flatMap(Period::deadline), completedOn, today);
    }

    /** The deadline as the plan writes it: the phrase as written when kept, else the canonical deadline's wording. */
    public Optional<String> deadlineText(Lang lang) {
        return deadlineAsWritten.map(Deadline::text).or(() -> deadline.map(p -> p.format(lang)));
    }

    /** The date it is due, when its deadline has one. */
    public Optional<LocalDate> dueDate() {
        return deadline.flatMap(Period::deadline);
    }

    /** Builds items; all optional parts start empty, kind {@code TASK}, scope {@code CITY}, status not started. */
    public static final class Builder {
        private ItemId id;
        private PlanId plan;
        private int number;
        private ItemKind kind = ItemKind.TASK;
        private Optional<Integer> section = Optional.empty();
        private String title = "";
        private Optional<String> content = Optional.empty();
        private Product product = Product.NONE;
        private Optional<ApprovalLevel> approvalLevel = Optional.empty();
        private Optional<LocalDate> start = Optional.empty();
        private Optional<Period> deadline = Optional.empty();
        private Optional<Deadline> deadlineAsWritten = Optional.empty();
        private List<IndicatorCode> indicators = new ArrayList<>();
        private List<ItemId> prerequisites = new ArrayList<>();
        private Optional<PublicInvestment> publicInvestment = Optional.empty();
        private ItemScope scope = ItemScope.CITY;
        private Assignment assignment = Assignment.NONE;
        private ItemStatus status = ItemStatus.NOT_STARTED;
        private Optional<LocalDate> completedOn = Optional.empty();
        private int revision = 1;
        private long version;

        private Builder(ItemId id, PlanId plan, int number) {
            this.id = id;
            this.plan = plan;
            this.number = number;
        }

        private Builder(Item item) {
            id = item.id;
            plan = item.plan;
            number = item.number;
            kind = item.kind;
            section = item.section;
            title = item.title;
            content = item.content;
            product = item.product;
            approvalLevel = item.approvalLevel;
            start = item.start;
            deadline = item.deadline;
            deadlineAsWritten = item.deadlineAsWritten;
            indicators = new ArrayList<>(item.indicators);
            prerequisites = new ArrayList<>(item.prerequisites);
            publicInvestment = item.publicInvestment;
            scope = item.scope;
            assignment = item.assignment;
            status = item.status;
            completedOn = item.completedOn;
            revision = item.revision;
            version = item.version;
        }

        public Builder id(ItemId value) {
            id = value;
            return this;
        }

        public Builder plan(PlanId value) {
            plan = value;
            return this;
        }

        public Builder number(int value) {
            number = value;
            return this;
        }

        public Builder kind(ItemKind value) {
            kind = value;
            return this;
        }

        public Builder section(Integer value) {
            section = Optional.ofNullable(value);
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder content(String value) {
            content = Optional.ofNullable(value);
            return this;
        }

        public Builder product(Product value) {
            product = value;
            return this;
        }

        public Builder approvalLevel(ApprovalLevel value) {
            approvalLevel = Optional.ofNullable(value);
            return this;
        }

        public Builder start(LocalDate value) {
            start = Optional.ofNullable(value);
            return this;
        }

        /**
         * The deadline in canonical form; the phrase as written is kept only while it still reads as
         * this value (a changed deadline drops words that no longer say it).
         */
        public Builder deadline(Period value) {
            deadline = Optional.ofNullable(value);
            if (deadlineAsWritten.isPresent()
                    && !deadline.equals(deadlineAsWritten.get().period())) {
                deadlineAsWritten = Optional.empty();
            }
            return this;
        }

        /** The deadline as written, and the canonical deadline its reading maps onto (empty when none fits). */
        public Builder deadlineAsWritten(Deadline value) {
            deadlineAsWritten = Optional.ofNullable(value);
            deadline = deadlineAsWritten.flatMap(Deadline::period);
            return this;
        }

        public Builder indicators(List<IndicatorCode> value) {
            indicators = new ArrayList<>(value);
            return this;
        }

        public Builder indicator(IndicatorCode value) {
            indicators.add(value);
            return this;
        }

        public Builder prerequisites(List<ItemId> value) {
            prerequisites = new ArrayList<>(value);
            return this;
        }

        public Builder prerequisite(ItemId value) {
            prerequisites.add(value);
            return this;
        }

        public Builder publicInvestment(PublicInvestment value) {
            publicInvestment = Optional.ofNullable(value);
            return this;
        }

        public Builder scope(ItemScope value) {
            scope = value;
            return this;
        }

        public Builder assignment(Assignment value) {
            assignment = value;
            return this;
        }

        public Builder status(ItemStatus value) {
            status = value;
            return this;
        }

        public Builder completedOn(LocalDate value) {
            completedOn = Optional.ofNullable(value);
            return this;
        }

        public Builder revision(int value) {
            revision = value;
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        public Item build() {
            return new Item(
                    id,
                    plan,
                    number,
                    kind,
                    section,
                    title,
                    content,
                    product,
                    approvalLevel,
                    start,
                    deadline,
                    deadlineAsWritten,
                    indicators,
                    prerequisites,
                    publicInvestment,
                    scope,
                    assignment,
                    status,
                    completedOn,
                    revision,
                    version);
        }
    }
}
