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
 * Clear resources (rõ nguồn lực): funding lines in VND by source and year, or an explicit regular-operating-budget declaration; amounts and staff that can be meant.
 *
 * <p>Applies to {@code org.civicplan.core.model.Item}. Each gap is reported as its own violation, on the property that holds
 * it, with a message key naming the rule (see the validation module's rule catalogue).
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ClearResources {
    String message() default "{org.civicplan.core.constraints.ClearResources.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
