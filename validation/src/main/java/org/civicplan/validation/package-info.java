/**
 * The clarity check: "rõ người, rõ việc, rõ nguồn lực" and the six clears, as data that can be
 * checked.
 *
 * <p>{@link org.civicplan.validation.ClarityCheck} checks a {@link org.civicplan.core.model.Portfolio}
 * (or one plan of it, also straight from a store without reading the whole portfolio) and
 * returns a {@link org.civicplan.validation.ClarityReport}: one {@link
 * org.civicplan.validation.Finding} per gap, each with a stable {@link org.civicplan.validation.Rule}
 * code, a {@link org.civicplan.validation.Dimension}, a {@link org.civicplan.validation.Severity},
 * the {@link org.civicplan.core.constraints.Stage} from which it is required, the subject and the
 * path of the offending field, and its message in Vietnamese and English.
 *
 * <p>Per-object rules are Bean Validation constraints declared on the core model ({@code
 * org.civicplan.core.constraints}) and validated by a real Hibernate Validator bootstrapped by
 * {@link org.civicplan.validation.CivicValidation}; the validators are registered through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}. Rules that need context (directory,
 * program period, other items) and whole-portfolio rules run next to it. Messages come from {@code
 * ContributorValidationMessages} and {@code ContributorValidationMessages_vi}; parameters carry
 * user data as plain text, never as part of a template, and no expression language is evaluated.
 *
 * <pre>{@code
 * ClarityCheck check = ClarityCheck.create();          // or inject it (guice.ValidationModule)
 * ClarityReport report = check.check(portfolio, planId); // or check.check(store, planId)
 * boolean ready = report.readyFor(Stage.SUBMISSION);   // yes/no …
 * List<Finding> why = report.blocking(Stage.SUBMISSION); // … plus the list
 * String forOfficials = report.toText(Lang.VI);
 * String forMachines = report.toJson();
 * }</pre>
 */
package org.civicplan.validation;
