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
 * <p>Each annotation checks one dimension of one object on its own. Rules that need context (the
 * unit directory, the program period, other items) are applied by the validation module's {@code
 * ClarityCheck}, which runs these constraints and the context rules together.
 */
package org.civicplan.core.constraints;
