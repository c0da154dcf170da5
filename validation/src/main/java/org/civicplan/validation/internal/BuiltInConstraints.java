package org.civicplan.validation.internal;

import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicplan.core.constraints.ClearAuthority;
import org.civicplan.core.constraints.ClearPerson;
import org.civicplan.core.constraints.ClearProduct;
import org.civicplan.core.constraints.ClearResources;
import org.civicplan.core.constraints.ClearResponsibility;
import org.civicplan.core.constraints.ClearTask;
import org.civicplan.core.constraints.ClearTime;
import org.civicplan.core.constraints.Measurable;
import org.civicplan.core.constraints.MeasurableIndicator;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.Item;

/**
 * Tells, from a validator's metadata, whether validating an {@link Item} or an {@link Indicator}
 * would do exactly what the civicplan constraints do and nothing more. Then the clarity check may run
 * {@link ItemRules} and {@link IndicatorRules} directly, which yields the same hits without the cost
 * of the Bean Validation engine (tens of times the rules themselves over a portfolio).
 *
 * <p>The answer is yes only when the type's constraints are exactly the civicplan class-level
 * constraints, each once, each validated by the civicplan validator alone, in one of the groups the
 * check asks for, with nothing on its properties (no field or getter constraint, no cascade). A
 * constraint an embedding system adds (its own annotation through a mapping, a standard constraint
 * on a field, a replacement validator for one of ours) makes the answer no, and the check then goes
 * through the validator as before. Metadata that cannot be read also means no.
 */
public final class BuiltInConstraints {
    private static final Set<Class<?>> CHECKED_GROUPS =
            Set.of(Stage.Draft.class, Stage.Submission.class, Stage.Issue.class, Default.class);

    private static final Map<Class<? extends Annotation>, Class<?>> ITEM = Map.of(
            ClearPerson.class, ClarityValidators.Person.class,
            ClearTask.class, ClarityValidators.Task.class,
            ClearTime.class, ClarityValidators.Time.class,
            ClearResponsibility.class, ClarityValidators.Responsibility.class,
            ClearProduct.class, ClarityValidators.Product.class,
            ClearAuthority.class, ClarityValidators.Authority.class,
            ClearResources.class, ClarityValidators.Resources.class,
            Measurable.class, ClarityValidators.ItemMeasurable.class);

    private static final Map<Class<? extends Annotation>, Class<?>> INDICATOR =
            Map.of(MeasurableIndicator.class, ClarityValidators.IndicatorMeasurable.class);

    private BuiltInConstraints() {}

    /** True when {@code validator} validates items with the civicplan constraints only. */
    public static boolean onlyOnItems(Validator validator) {
        return only(validator, Item.class, ITEM);
    }

    /** True when {@code validator} validates indicators with the civicplan constraint only. */
    public static boolean onlyOnIndicators(Validator validator) {
        return only(validator, Indicator.class, INDICATOR);
    }

    private static boolean only(
            Validator validator, Class<?> type, Map<Class<? extends Annotation>, Class<?>> expected) {
        BeanDescriptor bean;
        try {
            bean = validator.getConstraintsForClass(type);
        } catch (RuntimeException e) {
            return false;
        }
        if (bean == null || !bean.getConstrainedProperties().isEmpty()) {
            return false;
        }
        Set<ConstraintDescriptor<?>> constraints = bean.getConstraintDescriptors();
        if (constraints.size() != expected.size()) {
            return false;
        }
        Map<Class<? extends Annotation>, Integer> seen = new HashMap<>();
        for (ConstraintDescriptor<?> constraint : constraints) {
            Class<? extends Annotation> annotation = constraint.getAnnotation().annotationType();
            Class<?> ours = expected.get(annotation);
            List<? extends Class<?>> validators = constraint.getConstraintValidatorClasses();
            if (ours == null
                    || seen.merge(annotation, 1, Integer::sum) > 1
                    || validators.size() != 1
                    || validators.get(0) != ours
                    || !constraint.getComposingConstraints().isEmpty()
                    || constraint.getGroups().isEmpty()
                    || !CHECKED_GROUPS.containsAll(constraint.getGroups())) {
                return false;
            }
        }
        return true;
    }
}
