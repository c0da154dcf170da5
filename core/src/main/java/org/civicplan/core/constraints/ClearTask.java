package org.civicplan.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Clear task (rõ việc): a title and a concrete content; content that is only a generic phrase ("triển khai thực hiện", "tăng cường", "đẩy mạnh" …) with nothing measurable after it is flagged.
 *
 * <p>Applies to {@code org.civicplan.core.model.Item}. Each gap is reported as its own violation, on the property that holds
 * it, with a message key naming the rule (see the validation module's rule catalogue).
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ClearTask {
    String message() default "{org.civicplan.core.constraints.ClearTask.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
