package org.civicplan.validation;

import static org.civicplan.core.constraints.Stage.DRAFT;
import static org.civicplan.core.constraints.Stage.ISSUE;
import static org.civicplan.core.constraints.Stage.SUBMISSION;
import static org.civicplan.validation.Dimension.AUTHORITY;
import static org.civicplan.validation.Dimension.MEASURABLE;
import static org.civicplan.validation.Dimension.PERSON;
import static org.civicplan.validation.Dimension.PRODUCT;
import static org.civicplan.validation.Dimension.RESOURCES;
import static org.civicplan.validation.Dimension.RESPONSIBILITY;
import static org.civicplan.validation.Dimension.STRUCTURE;
import static org.civicplan.validation.Dimension.TASK;
import static org.civicplan.validation.Dimension.TIME;
import static org.civicplan.validation.Severity.ERROR;
import static org.civicplan.validation.Severity.WARNING;

import org.civicplan.core.constraints.Stage;

/**
 * The rules of the clarity check. Each has a stable {@link #code()} (stored, filtered on, never
 * renamed once released), a dimension, a severity and the stage from which it is required; its
 * message lives in {@code ContributorValidationMessages} (+ {@code _vi}) under {@link #messageKey()}.
 *
 * <p>The stage is authoritative for {@link ClarityReport#readyFor(Stage)}: a rule whose stage is
 * {@code DRAFT} (a value that cannot be meant, a dependency cycle) blocks every stage; one whose
 * stage is {@code ISSUE} blocks only issuing.
 */
public enum Rule {
    PERSON_LEAD_MISSING("person.lead.missing", PERSON, ERROR, SUBMISSION),
    PERSON_LEAD_MULTIPLE("person.lead.multiple", PERSON, ERROR, SUBMISSION),
    PERSON_LEAD_UNKNOWN("person.lead.unknown", PERSON, ERROR, SUBMISSION),
    PERSON_RESPONSIBLE_MISSING("person.responsible.missing", PERSON, ERROR, SUBMISSION),
    PERSON_COORDINATING_LEAD("person.coordinating.lead", PERSON, ERROR, SUBMISSION),
    PERSON_COORDINATING_DUPLICATE("person.coordinating.duplicate", PERSON, WARNING, SUBMISSION),
    PERSON_COORDINATING_UNKNOWN("person.coordinating.unknown", PERSON, ERROR, SUBMISSION),
    /** The sole lead is a collective or a formula ("các sở, ngành liên quan"): no one is named. */
    PERSON_LEAD_COLLECTIVE("person.lead.collective", PERSON, ERROR, SUBMISSION),
    /**
     * Several named bodies share one duty of oversight or coordination, or one proposal to submit, with no
     * split ("các Bộ: X, Y theo dõi").
     */
    PERSON_LEAD_SHARED("person.lead.shared", PERSON, ERROR, SUBMISSION),

    TASK_TITLE_MISSING("task.title.missing", TASK, ERROR, DRAFT),
    TASK_CONTENT_MISSING("task.content.missing", TASK, ERROR, SUBMISSION),
    TASK_CONTENT_GENERIC("task.content.generic", TASK, WARNING, SUBMISSION),
    /**
     * The same task, word for word, given to several leads of one plan and divided between them only by
     * "theo chức năng, nhiệm vụ được giao": no lead's own share is stated.
     */
    TASK_CONTENT_SHARED("task.content.shared", TASK, WARNING, SUBMISSION),

    TIME_DEADLINE_MISSING("time.deadline.missing", TIME, ERROR, SUBMISSION),
    TIME_DEADLINE_OPEN("time.deadline.open", TIME, WARNING, SUBMISSION),
    TIME_DEADLINE_OUTSIDE_PROGRAM("time.deadline.outsideProgram", TIME, ERROR, SUBMISSION),
    TIME_START_AFTER_DEADLINE("time.start.afterDeadline", TIME, ERROR, DRAFT),
    TIME_START_OUTSIDE_PROGRAM("time.start.outsideProgram", TIME, WARNING, SUBMISSION),
    TIME_DATE_ABSURD("time.date.absurd", TIME, ERROR, DRAFT),
    TIME_PREREQUISITE_LATER("time.prerequisite.later", TIME, ERROR, SUBMISSION),
    TIME_PREREQUISITE_UNKNOWN("time.prerequisite.unknown", TIME, ERROR, DRAFT),
    /** Due before the date of the document that sets it: impossible as written. */
    TIME_DEADLINE_BEFORE_DOCUMENT("time.deadline.beforeDocument", TIME, ERROR, DRAFT),

    RESPONSIBILITY_REPORTING_MISSING("responsibility.reporting.missing", RESPONSIBILITY, ERROR, ISSUE),
    RESPONSIBILITY_REPORTING_UNKNOWN("responsibility.reporting.unknown", RESPONSIBILITY, ERROR, ISSUE),
    RESPONSIBILITY_LEAD_SCOPE("responsibility.lead.scope", RESPONSIBILITY, ERROR, ISSUE),
    RESPONSIBILITY_LEAD_ROLE("responsibility.lead.role", RESPONSIBILITY, WARNING, ISSUE),
    /** A body the issuer cannot task (a legislature, a company) leads one of its tasks. */
    RESPONSIBILITY_LEAD_OUTSIDE("responsibility.lead.outsideIssuer", RESPONSIBILITY, WARNING, ISSUE),

    PRODUCT_KIND_MISSING("product.kind.missing", PRODUCT, ERROR, SUBMISSION),
    PRODUCT_DESCRIPTION_MISSING("product.description.missing", PRODUCT, ERROR, SUBMISSION),
    PRODUCT_QUANTITY_MISSING("product.quantity.missing", PRODUCT, ERROR, SUBMISSION),
    PRODUCT_QUANTITY_INVALID("product.quantity.invalid", PRODUCT, ERROR, DRAFT),
    /** A product that names nothing but a generic report ("Báo cáo kết quả"). */
    PRODUCT_DESCRIPTION_GENERIC("product.description.generic", PRODUCT, WARNING, SUBMISSION),

    AUTHORITY_LEVEL_MISSING("authority.level.missing", AUTHORITY, ERROR, ISSUE),
    AUTHORITY_LEVEL_MISMATCH("authority.level.mismatch", AUTHORITY, ERROR, ISSUE),

    RESOURCES_MISSING("resources.missing", RESOURCES, ERROR, SUBMISSION),
    RESOURCES_AMOUNT_ZERO("resources.amount.zero", RESOURCES, WARNING, SUBMISSION),
    RESOURCES_AMOUNT_ABSURD("resources.amount.absurd", RESOURCES, ERROR, DRAFT),
    RESOURCES_YEAR_OUTSIDE_PROGRAM("resources.year.outsideProgram", RESOURCES, ERROR, SUBMISSION),
    RESOURCES_STAFF_INVALID("resources.staff.invalid", RESOURCES, ERROR, DRAFT),
    RESOURCES_INVESTMENT_ZERO("resources.investment.zero", RESOURCES, WARNING, SUBMISSION),

    MEASURABLE_MISSING("measurable.missing", MEASURABLE, ERROR, ISSUE),
    MEASURABLE_INDICATOR_UNKNOWN("measurable.indicator.unknown", MEASURABLE, ERROR, ISSUE),
    MEASURABLE_INDICATOR_UNIT_MISSING("measurable.indicator.unit.missing", MEASURABLE, ERROR, ISSUE),
    MEASURABLE_INDICATOR_BASELINE_MISSING("measurable.indicator.baseline.missing", MEASURABLE, ERROR, ISSUE),
    MEASURABLE_INDICATOR_TARGET_MISSING("measurable.indicator.target.missing", MEASURABLE, ERROR, ISSUE),
    MEASURABLE_INDICATOR_TARGET_BEFORE_BASELINE("measurable.indicator.target.beforeBaseline", MEASURABLE, ERROR, ISSUE),
    MEASURABLE_INDICATOR_FREQUENCY_MISSING("measurable.indicator.frequency.missing", MEASURABLE, ERROR, ISSUE),
    MEASURABLE_INDICATOR_SOURCE_MISSING("measurable.indicator.dataSource.missing", MEASURABLE, ERROR, ISSUE),

    STRUCTURE_CYCLE("structure.dependency.cycle", STRUCTURE, ERROR, DRAFT),
    STRUCTURE_DUPLICATE_NUMBER("structure.item.duplicateNumber", STRUCTURE, ERROR, DRAFT),
    STRUCTURE_DUPLICATE_ID("structure.item.duplicateId", STRUCTURE, ERROR, DRAFT),
    STRUCTURE_DUPLICATE_UNIT("structure.unit.duplicate", STRUCTURE, ERROR, DRAFT),
    STRUCTURE_DUPLICATE_INDICATOR("structure.indicator.duplicate", STRUCTURE, ERROR, DRAFT),
    STRUCTURE_ITEM_PLAN_UNKNOWN("structure.item.planUnknown", STRUCTURE, ERROR, DRAFT),
    STRUCTURE_INDICATOR_UNCOVERED("structure.indicator.uncovered", STRUCTURE, ERROR, ISSUE),
    STRUCTURE_INDICATOR_UNDEFINED("structure.indicator.undefined", STRUCTURE, ERROR, ISSUE),
    STRUCTURE_CASCADE_MISSING("structure.cascade.missing", STRUCTURE, ERROR, ISSUE),
    STRUCTURE_TEMPLATE_MISMATCH("structure.template.mismatch", STRUCTURE, ERROR, ISSUE),
    /** The same or nearly the same task twice: in one plan, across a program's plans or across programs. */
    STRUCTURE_TASK_REPEATED("structure.task.repeated", STRUCTURE, WARNING, SUBMISSION),

    /**
     * A constraint the embedding system added (its own annotation or a Hibernate Validator
     * constraint mapping on a core type): reported with the message its validator interpolated.
     */
    CUSTOM("custom", STRUCTURE, ERROR, SUBMISSION);

    /** Prefix of every message key in the bundles. */
    public static final String KEY_PREFIX = "org.civicplan.validation.";

    private final String code;
    private final Dimension dimension;
    private final Severity severity;
    private final Stage stage;

    Rule(String code, Dimension dimension, Severity severity, Stage stage) {
        this.code = code;
        this.dimension = dimension;
        this.severity = severity;
        this.stage = stage;
    }

    /** Stable code, e.g. {@code person.lead.missing}. */
    public String code() {
        return code;
    }

    public Dimension dimension() {
        return dimension;
    }

    public Severity severity() {
        return severity;
    }

    /** The stage from which the rule is required. */
    public Stage stage() {
        return stage;
    }

    /** The key of the message in the bundles: {@link #KEY_PREFIX} + code. */
    public String messageKey() {
        return KEY_PREFIX + code;
    }

    /** The rule with this code; throws {@link IllegalArgumentException} naming the code when unknown. */
    public static Rule fromCode(String code) {
        for (Rule rule : values()) {
            if (rule.code.equals(code)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown rule code: " + code);
    }
}
