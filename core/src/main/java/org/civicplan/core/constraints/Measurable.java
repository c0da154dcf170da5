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
 * Measurable (cân đong đo đếm được): linked to at least one indicator, or carrying a quantified product.
 *
 * <p>Applies to {@code org.civicplan.core.model.Item}. Each gap is reported as its own violation, on the property that holds
 * it, with a message key naming the rule (see the validation module's rule catalogue).
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Measurable {
    String message() default "{org.civicplan.core.constraints.Measurable.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
