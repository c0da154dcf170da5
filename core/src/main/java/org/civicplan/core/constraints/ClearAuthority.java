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
 * Clear authority (rõ thẩm quyền): an approval level that fits the item's kind (a scheme is approved by the city People's Committee or above; a public-investment project per the Public Investment Law).
 *
 * <p>Applies to {@code org.civicplan.core.model.Item}. Each gap is reported as its own violation, on the property that holds
 * it, with a message key naming the rule (see the validation module's rule catalogue).
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ClearAuthority {
    String message() default "{org.civicplan.core.constraints.ClearAuthority.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
