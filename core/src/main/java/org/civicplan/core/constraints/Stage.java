package org.civicplan.core.constraints;

import jakarta.validation.GroupSequence;
import org.civicplan.core.Labelled;

/**
 * How far a plan has come, and so how strict the clarity check is: a draft may be incomplete, a
 * plan submitted for approval needs person, task, time, product and resources, and an issued plan
 * needs all eight dimensions.
 *
 * <p>The nested interfaces are the matching Bean Validation groups; each constraint of the model
 * names the stage from which it is required. {@link Sequence} validates the stages in order and
 * stops at the first that fails, for callers who want the earliest blocking stage only.
 */
public enum Stage implements Labelled {
    DRAFT("du-thao", "Dự thảo", "Draft", Draft.class),
    SUBMISSION("trinh", "Trình phê duyệt", "Submission", Submission.class),
    ISSUE("ban-hanh", "Ban hành", "Issue", Issue.class);

    private final String code;
    private final String vi;
    private final String en;
    private final Class<?> group;

    Stage(String code, String vi, String en, Class<?> group) {
        this.code = code;
        this.vi = vi;
        this.en = en;
        this.group = group;
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

    /** The Bean Validation group of this stage. */
    public Class<?> group() {
        return group;
    }

    /** True when a rule required from {@code this} stage applies at {@code stage}. */
    public boolean requiredAt(Stage stage) {
        return compareTo(stage) <= 0;
    }

    public static Stage fromCode(String code) {
        return Labelled.fromCode(Stage.class, code);
    }

    /** Group: checked even on a draft (values that cannot be meant: absurd dates and amounts). */
    public interface Draft {}

    /** Group: required before a plan is submitted for approval. */
    public interface Submission {}

    /** Group: required before a plan is issued. */
    public interface Issue {}

    /** The stages in order; validation stops at the first stage with a violation. */
    @GroupSequence({Draft.class, Submission.class, Issue.class})
    public interface Sequence {}
}
