/**
 * The architecture rules every civicplan module checks ({@link
 * org.civicplan.testing.arch.CivicPlanArchRules}) and the test that checks them for one module
 * ({@link org.civicplan.testing.arch.ModuleArchitectureTest}). The rules name packages by pattern
 * ({@code ..internal..}, {@code org.civicplan.export..}), never classes.
 */
package org.civicplan.testing.arch;
