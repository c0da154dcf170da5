/**
 * Vietnamese text as civicplan stores and compares it: Unicode NFC, a Vietnamese collator, a folded
 * form for matching with or without diacritics, and Roman numerals for section numbers.
 *
 * <p>May use: the JDK only. A leaf: the model, the parsers of periods, amounts and document numbers
 * depend on it, it on none of them.
 */
package org.civicplan.core.text;
