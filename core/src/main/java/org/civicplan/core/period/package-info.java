/**
 * Reporting and planning periods ({@link org.civicplan.core.period.Period}: a year, a half, a
 * quarter, a month, a term of years) and how they are written and read in Vietnamese and English.
 *
 * <p>May use: the root package (exceptions, messages) and {@code text}. The model and the extension
 * points build on it, so it must not use them.
 */
package org.civicplan.core.period;
