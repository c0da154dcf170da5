/**
 * What every package of civicplan may use: the one unchecked exception root ({@link
 * org.civicplan.core.CivicPlanException}) and its kinds ({@code NoSuchEntityException}, {@code
 * VersionConflictException}, …), bilingual messages ({@link org.civicplan.core.Message}, {@link
 * org.civicplan.core.Lang}, {@link org.civicplan.core.Labelled}) and the clock in Vietnam's zone
 * ({@link org.civicplan.core.CivicTime}).
 *
 * <p>May use: the JDK only. Nothing here depends on another civicplan package, so every package,
 * the extension points included, can depend on this one without a cycle.
 */
package org.civicplan.core;
