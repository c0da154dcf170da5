package org.civicplan.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;

/**
 * Turns the hits of a rule function into constraint violations: one violation per hit, on the
 * property the hit names, with the rule's message key as template and the hit's parameters as
 * escaped message parameters (so a unit code such as <code>${x}</code> stays text). The hit itself
 * rides along as the violation's dynamic payload, so the clarity check can render the message in
 * both languages without parsing anything.
 *
 * <p>Validators return true for null, leaving that to {@code @NotNull}.
 */
public abstract class RuleValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {
    protected abstract List<Hit> hits(T value);

    @Override
    public final boolean isValid(T value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<Hit> hits = hits(value);
        if (hits.isEmpty()) {
            return true;
        }
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        hv.disableDefaultConstraintViolation();
        for (Hit hit : hits) {
            for (Map.Entry<String, String> param : hit.params().entrySet()) {
                hv.addMessageParameter(param.getKey(), param.getValue(), MessageParameterEscaping.ESCAPE);
            }
            hv.withDynamicPayload(hit);
            addPath(hv.buildConstraintViolationWithTemplate("{" + hit.rule().messageKey() + "}"), hit.path());
        }
        return false;
    }

    /**
     * Adds {@code a.b[2].c} as property nodes, the index marking {@code c} as element 2 of {@code b};
     * an index on the last segment becomes a bean node inside the iterable.
     */
    static void addPath(ConstraintViolationBuilder builder, String path) {
        Object node = builder;
        Integer pendingIndex = null;
        for (String segment : path.split("\\.")) {
            String name = segment;
            Integer index = null;
            int bracket = segment.indexOf('[');
            if (bracket > 0 && segment.endsWith("]")) {
                name = segment.substring(0, bracket);
                index = Integer.valueOf(segment.substring(bracket + 1, segment.length() - 1));
            }
            NodeBuilderCustomizableContext next = property(node, name);
            node = pendingIndex == null ? next : next.inIterable().atIndex(pendingIndex);
            pendingIndex = index;
        }
        if (pendingIndex != null) {
            node = bean(node).inIterable().atIndex(pendingIndex);
        }
        if (node instanceof NodeBuilderCustomizableContext c) {
            c.addConstraintViolation();
        } else if (node instanceof NodeBuilderDefinedContext d) {
            d.addConstraintViolation();
        } else {
            ((ConstraintViolationBuilder) node).addConstraintViolation();
        }
    }

    private static NodeBuilderCustomizableContext property(Object node, String name) {
        if (node instanceof NodeBuilderCustomizableContext c) {
            return c.addPropertyNode(name);
        }
        if (node instanceof NodeBuilderDefinedContext d) {
            return d.addPropertyNode(name);
        }
        return ((ConstraintViolationBuilder) node).addPropertyNode(name);
    }

    private static ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext bean(Object node) {
        if (node instanceof NodeBuilderCustomizableContext c) {
            return c.addBeanNode();
        }
        if (node instanceof NodeBuilderDefinedContext d) {
            return d.addBeanNode();
        }
        return ((ConstraintViolationBuilder) node).addBeanNode();
    }
}
