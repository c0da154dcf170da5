package org.civicplan.validation;

import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The validator of {@link ClarityCheck#create()}, bootstrapped ({@link
 * CivicValidation#validatorFactory()}) on first use and then kept. Hibernate Validator's start-up
 * is a large part of a short run such as {@code civicplan validate}, and the check does not need the
 * validator when that factory can hold nothing but the civicplan constraints: then it runs their
 * rules directly and only {@link ClarityCheck#validator()} builds it. Thread-safe.
 */
final class DefaultValidator implements Supplier<Validator> {
    /** Where Bean Validation providers find constraint validators registered as services. */
    static final String SERVICES = "META-INF/services/jakarta.validation.ConstraintValidator";
    /** The Bean Validation configuration file, which may map constraints onto any type. */
    static final String XML = "META-INF/validation.xml";

    private static final String OURS = "org.civicplan.validation.internal.ClarityValidators$";

    private volatile Validator validator;

    @Override
    public Validator get() {
        Validator v = validator;
        if (v == null) {
            synchronized (this) {
                v = validator;
                if (v == null) {
                    v = CivicValidation.validatorFactory().getValidator();
                    validator = v;
                }
            }
        }
        return v;
    }

    /** Whether {@link #get()} has bootstrapped the validator. */
    boolean built() {
        return validator != null;
    }

    /**
     * True when the factory of {@link CivicValidation#validatorFactory()} can hold only the civicplan
     * constraints on items and indicators: no {@code META-INF/validation.xml} (whose mappings may add
     * constraints to any type) and no constraint validator registered as a service but civicplan's
     * own (another could replace one of ours), as seen by the context class loader and by this
     * module's. The constraints on {@code Item} and {@code Indicator} themselves are the core model's
     * annotations ({@code DefaultValidatorTest} pins that such a factory's validator has exactly
     * those). When false, {@link ClarityCheck#create()} reads the validator's metadata as a check
     * built on any validator does.
     */
    static boolean onlyCivicplanConstraints() {
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        loaders.add(DefaultValidator.class.getClassLoader());
        try {
            for (ClassLoader loader : loaders) {
                if (loader.getResource(XML) != null) {
                    return false;
                }
                Enumeration<URL> files = loader.getResources(SERVICES);
                while (files.hasMoreElements()) {
                    if (!onlyOurs(files.nextElement())) {
                        return false;
                    }
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return false;
        }
        return true;
    }

    private static boolean onlyOurs(URL services) throws IOException {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(services.openStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                int comment = line.indexOf('#');
                String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!name.isEmpty() && !name.startsWith(OURS)) {
                    return false;
                }
            }
        }
        return true;
    }
}
