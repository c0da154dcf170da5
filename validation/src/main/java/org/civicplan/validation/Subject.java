package org.civicplan.validation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.civicplan.core.Labelled;
import org.civicplan.core.model.PlanId;

/**
 * What a finding is about: an item (with its plan and appendix number), an indicator, a unit, a
 * plan or a program.
 *
 * @param kind what sort of thing
 * @param id its id or code
 * @param plan the plan an item belongs to
 * @param number an item's running number in its plan's appendix
 */
public record Subject(Kind kind, String id, Optional<PlanId> plan, Optional<Integer> number) {
    public Subject {
        requireNonNull(kind, "kind is null");
        requireNonNull(id, "id is null");
        requireNonNull(plan, "plan is null");
        requireNonNull(number, "number is null");
    }

    public static Subject item(String id, PlanId plan, int number) {
        return new Subject(Kind.ITEM, id, Optional.of(plan), Optional.of(number));
    }

    public static Subject of(Kind kind, String id) {
        return new Subject(kind, id, Optional.empty(), Optional.empty());
    }

    /** The kinds of subject. */
    public enum Kind implements Labelled {
        ITEM("item", "Nhiệm vụ", "Item"),
        INDICATOR("indicator", "Chỉ tiêu", "Indicator"),
        UNIT("unit", "Đơn vị", "Unit"),
        PLAN("plan", "Kế hoạch", "Plan"),
        PROGRAM("program", "Chương trình", "Program");

        private final String code;
        private final String vi;
        private final String en;

        Kind(String code, String vi, String en) {
            this.code = code;
            this.vi = vi;
            this.en = en;
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
    }
}
