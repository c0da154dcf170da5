/**
 * Unit names as documents write them, resolved against a {@link
 * org.civicplan.core.model.UnitDirectory}: by code, full or short name and registered aliases,
 * ignoring case, diacritics and common abbreviations ("UBND", "Sở KH&amp;ĐT"), with compressed lists
 * split and collective references ("các sở, ban, ngành") recognised. The answer ({@link
 * org.civicplan.core.unit.UnitResolution}) says what a name reads as; an ambiguous name keeps its
 * candidates and none is picked.
 *
 * <p>May use: the root package (exceptions, messages), {@code model} and {@code text}.
 */
package org.civicplan.core.unit;
