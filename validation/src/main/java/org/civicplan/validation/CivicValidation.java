package org.civicplan.validation;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.civicplan.core.Lang;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bootstraps Hibernate Validator for civicplan: the clarity validators (found through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}), messages from {@code
 * ContributorValidationMessages} in Vietnamese (the default) and English, and interpolation without
 * expression language ({@link ParameterMessageInterpolator}), so nothing in a message is ever
 * evaluated.
 */
public final class CivicValidation {
    private CivicValidation() {}

    /**
     * A new factory; Vietnamese by default. Close it when done (the {@link ClarityCheck} built by
     * {@link ClarityCheck#create()} keeps its own for the life of the application).
     */
    public static ValidatorFactory validatorFactory() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(interpolator())
                .defaultLocale(Lang.VI.locale())
                .locales(Lang.VI.locale(), Locale.ENGLISH)
                .buildValidatorFactory();
    }

    /** A validator of {@code factory} whose messages are in {@code lang}. */
    public static Validator validator(ValidatorFactory factory, Lang lang) {
        MessageInterpolator base = factory.getMessageInterpolator();
        MessageInterpolator fixed = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, lang.locale());
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return base.interpolate(template, context, locale);
            }
        };
        return factory.usingContext().messageInterpolator(fixed).getValidator();
    }

    private static MessageInterpolator interpolator() {
        return new ParameterMessageInterpolator(Set.of(Lang.VI.locale(), Locale.ENGLISH), Lang.VI.locale(), false);
    }
}
