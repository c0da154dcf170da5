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
 * Measurable indicator (cân đong đo đếm được): a unit of measure, a baseline with its period, a numeric target with comparator and period, a frequency and a data source.
 *
 * <p>Applies to {@code org.civicplan.core.model.Indicator}. Each gap is reported as its own violation, on the property that holds
 * it, with a message key naming the rule (see the validation module's rule catalogue).
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface MeasurableIndicator {
    String message() default "{org.civicplan.core.constraints.MeasurableIndicator.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
