package org.civicplan.validation;

import java.util.Optional;
import org.civicplan.core.Labelled;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.docref.DocumentType;
import org.civicplan.core.model.Plan;

/**
 * What kind of document a plan's items come from, which decides what an official expects of a row
 * (issue 17). The check picks it from the document type in the plan's number and symbol ({@link
 * #of(Plan)}) unless the caller sets it ({@link ClarityCheck#check(org.civicplan.core.model.Portfolio,
 * org.civicplan.core.model.PlanId, Profile)}); the report says which profile ran for each plan.
 *
 * <ul>
 *   <li>{@link #PROGRAM_PLAN}: a plan implementing a program (kế hoạch thực hiện chương trình): every
 *       rule. Resources, approval level and indicators are required of every item when the plan's
 *       appendix has those columns (some item states them), else only of schemes, projects,
 *       investments and regulations.
 *   <li>{@link #CASCADED_PLAN}: a unit's plan implementing a higher plan: as a program plan, and a
 *       row that only repeats "implement the plan" is boilerplate.
 *   <li>{@link #INSTRUCTION}: a one-off instruction, decision or official letter (quyết định, công
 *       văn, thông báo): a lead addressed to many bodies ("các sở, ban, ngành; UBND các huyện") is
 *       normal, a standing duty needs no deadline or product (a one-off act does), and resources,
 *       indicators and approval level are required only where the task itself is a scheme, project,
 *       investment or regulation.
 *   <li>{@link #DIRECTIVE}: a directive or dispatch (chỉ thị, công điện): as an instruction, but its
 *       rows are standing duties for many bodies, so none needs a deadline or a product of its own.
 * </ul>
 */
public enum Profile implements Labelled {
    PROGRAM_PLAN("program-plan", "Kế hoạch thực hiện chương trình", "Plan implementing a program"),
    CASCADED_PLAN(
            "cascaded-plan",
            "Kế hoạch của đơn vị triển khai kế hoạch cấp trên",
            "Unit plan cascaded from a higher plan"),
    INSTRUCTION(
            "instruction",
            "Văn bản chỉ đạo, điều hành (quyết định, công văn, thông báo)",
            "Instruction (decision, official letter, notice)"),
    DIRECTIVE("directive", "Chỉ thị, công điện", "Directive or dispatch");

    private final String code;
    private final String vi;
    private final String en;

    Profile(String code, String vi, String en) {
        this.code = code;
        this.vi = vi;
        this.en = en;
    }

    /**
     * The profile of a plan from its number and symbol: {@code KH} is a plan (cascaded when the plan
     * has a parent plan); {@code CT} and {@code CĐ} are directives; {@code QĐ}, {@code TB}, {@code CV}
     * and a state official letter (a symbol with no type, "3013/VP-KGVX") are instructions. A plan with no
     * document yet, or of another type, is judged by its place: cascaded when it has a parent plan,
     * else a program plan.
     */
    public static Profile of(Plan plan) {
        Optional<DocumentRef> document = plan.document();
        Profile byPlace = plan.parentPlan().isPresent() ? CASCADED_PLAN : PROGRAM_PLAN;
        if (document.isEmpty()) {
            return byPlace;
        }
        if (document.get().typeCode().isEmpty()) {
            return INSTRUCTION;
        }
        Optional<DocumentType> type = document.get().type();
        if (type.isEmpty()) {
            return byPlace;
        }
        return switch (type.get()) {
            case CT, CD -> DIRECTIVE;
            case QD, TB, CV -> INSTRUCTION;
            default -> byPlace;
        };
    }

    /** True for the plan profiles, where each row should stand on its own (one lead, a date, an output). */
    public boolean plan() {
        return this == PROGRAM_PLAN || this == CASCADED_PLAN;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String vi() {
        return vi;
    }

    @Override
    public String en() {
        return en;
    }

    public static Profile fromCode(String code) {
        return Labelled.fromCode(Profile.class, code);
    }
}
