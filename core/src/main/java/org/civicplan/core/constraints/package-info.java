/**
 * Bean Validation constraints of the clarity check ("rõ người, rõ việc, rõ nguồn lực" and the six
 * clears) and the stages at which they become required.
 *
 * <p>Core declares the annotations only; it depends on the validation API and nothing else. The
 * validators, the Hibernate Validator bootstrap and the messages (Vietnamese and English) live in
 * the {@code civicplan-validation} module, which registers the validators through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}. Without that module on the class path,
 * validating an annotated model fails with "no validator found" rather than passing silently.
 *
 * <p>The groups on the model say from which stage a dimension is required as a whole. A few rules
 * inside a dimension apply earlier (an absurd date or amount is wrong even in a draft): the
 * validation module's rule catalogue gives each rule its own stage, and its clarity check
 * validates all groups at once and judges readiness by that catalogue.
 *
 * <p>Each annotation checks one dimension of one object on its own. Rules that need context (the
 * unit directory, the program period, other items) are applied by the validation module's {@code
 * ClarityCheck}, which runs these constraints and the context rules together.
 *
 * <p>May use: the root package ({@code Labelled}, {@code Lang}) and the validation API; the model
 * uses these annotations, so they must not use the model.
 */
package org.civicplan.core.constraints;
